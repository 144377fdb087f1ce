#pragma once

#include "reportcontent.h"

#include <QList>
#include <QSharedPointer>

#include <atomic>
#include <memory>
#include <vector>

// Which events concern which alliance, derived from the text: an event that names the alliance
// (its Chinese name, its abbreviation of two or more characters standing alone, or the English
// name the report gives it, in any case), and every event of the region an alliance is named
// after (湖北省开源软件推进联盟 and the 湖北省 events).
//
// Built once per report, in one pass over the texts, so that a click only looks its answer up.
// Region relations are kept per region (its events, and the alliances named after it) and
// combined on lookup: as pairs they would be thousands of events times dozens of alliances for
// every region of a large report.
class ReportRelations
{
public:
    // Reads every event's text, on whichever thread calls it; content must not change meanwhile.
    // Null when cancelled before it finished.
    static std::shared_ptr<const ReportRelations> build(QSharedPointer<const ReportContent> content,
                                                        const std::atomic_bool &cancelled);

    // Rows of the events related to an alliance, ascending; empty when out of range.
    QList<int> eventsOfAlliance(int allianceIndex) const;
    // Indexes of the alliances related to an event, ascending; empty when out of range.
    QList<int> alliancesOfEvent(int eventRow) const;

private:
    // Lists of ints in one array, each ascending: list i is items[starts[i] … starts[i + 1]).
    struct PackedLists
    {
        std::vector<qsizetype> starts{0};
        std::vector<int> items;

        qsizetype count() const { return qsizetype(starts.size()) - 1; }
        const int *begin(qsizetype list) const { return items.data() + starts[list]; }
        const int *end(qsizetype list) const { return items.data() + starts[list + 1]; }
        void endList() { starts.push_back(qsizetype(items.size())); }
        // Lists by item: list j of the result holds every i whose list held j, ascending.
        PackedLists inverted(qsizetype listCount) const;
    };

    ReportRelations() = default;
    // The two halves of build(); the first returns false when cancelled.
    bool relateThroughText(const ReportContent &content, const std::atomic_bool &cancelled);
    void relateThroughRegions(const ReportContent &content);

    int m_eventCount = 0;
    // Relations through the text, both ways round: the alliances each event names, and the
    // events naming each alliance.
    PackedLists m_alliancesNamedByEvent;
    PackedLists m_eventsNamingAlliance;
    // Relations through the region, by region stem (湖北 for 湖北省): each event's stem (-1 for
    // none), the events of each stem, the alliances whose name starts with each stem, and the
    // stems each alliance's name starts with.
    std::vector<int> m_stemOfEvent;
    PackedLists m_eventsOfStem;
    PackedLists m_alliancesOfStem;
    PackedLists m_stemsOfAlliance;
    // Alliances without a Chinese name: "" occurs in every text, so they relate to every event.
    std::vector<int> m_everyEventAlliances;
};
