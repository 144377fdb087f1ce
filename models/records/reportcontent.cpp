#include "reportcontent.h"

#include "eventtextstore.h"

BilingualText ReportContent::eventText(qsizetype row) const
{
    const PolicyEventRecord &event = events.at(row);
    return eventTextStore ? eventTextStore->text(event.id) : event.text;
}
