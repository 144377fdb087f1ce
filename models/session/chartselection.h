#pragma once

#include <QSet>

// What the charts mark besides their data: the selected event and alliance, and the events
// related to that alliance.
struct ChartSelection
{
    int eventId = 0; // 0: none
    int allianceIndex = -1; // -1: none
    QSet<int> relatedEventIds;
};
