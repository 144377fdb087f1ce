// libFuzzer target: EventDateFinder::find and ::parseWhole on arbitrary text. A date found is a
// real calendar date that survives ISO form; a date refused is quoted from the text itself.
#include "eventdatefinder.h"
#include "fuzzpromise.h"

#include <cstdint>

namespace {

void checkResult(const QString &text, const EventDateFinder::Result &result)
{
    requirePromise(result.date.isNull() || result.invalidText.isEmpty(), "a date is found or refused, not both");
    requirePromise(result.invalidText.isEmpty() || text.contains(result.invalidText),
                   "a refused date is quoted from the text");
    if (result.date.isNull())
        return;
    requirePromise(ReportDate::fromIso(result.date.toIso()) == result.date, "found dates survive ISO form");
    requirePromise(result.date.earliest().isValid() && result.date.earliest() <= result.date.latest(),
                   "a date covers a span of real days");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    checkResult(text, EventDateFinder::find(text));
    checkResult(text, EventDateFinder::parseWhole(text));
    return 0;
}
