// libFuzzer target: ReportImporter::parse on arbitrary bytes. Besides crashes, hangs and
// sanitizer reports it checks what the importer promises: an import that holds well-formed
// records, or an error that says why and names a line of the input (or 0 for the whole file).
#include "fuzzpromise.h"
#include "reportimporter.h"

#include <QSet>

#include <algorithm>
#include <cstdint>

namespace {

bool isWellFormed(const ReportDate &date)
{
    return date.isNull() || ReportDate::fromIso(date.toIso()) == date;
}

bool hasNoEmptyItem(const QList<BilingualText> &items)
{
    return std::none_of(items.cbegin(), items.cend(), [](const BilingualText &item) { return item.zh.isEmpty(); });
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray markdown = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const int lines = int(markdown.count('\n')) + 1;
    ReportImporter::Error error;
    const std::optional<ReportContent> content = ReportImporter::parse(markdown, QStringLiteral("fuzz.md"), &error);
    if (!content) {
        requirePromise(!error.message.isEmpty(), "a refused import says why");
        requirePromise(error.line >= 0 && error.line <= lines, "an error names a line of the input");
        return 0;
    }
    requirePromise(!content->alliances.isEmpty() || !content->events.isEmpty(), "an import holds records");
    QSet<QString> slugs;
    for (const AllianceRecord &alliance : content->alliances) {
        requirePromise(!alliance.slug.isEmpty() && !slugs.contains(alliance.slug), "slugs are unique");
        slugs.insert(alliance.slug);
        requirePromise(!alliance.name.zh.trimmed().isEmpty(), "alliances have a name");
        requirePromise(alliance.sourceLine >= 1 && alliance.sourceLine <= lines, "alliances name their line");
        requirePromise(isWellFormed(alliance.founded), "founding dates are calendar dates");
        requirePromise(alliance.memberCountMin >= -1, "member counts are -1 or a count");
        requirePromise((alliance.memberCountMin >= 0)
                           == (alliance.memberCountSource != AllianceRecord::MemberCountSource::None),
                       "a member count has a source");
        requirePromise(hasNoEmptyItem(alliance.structure) && hasNoEmptyItem(alliance.guides)
                           && hasNoEmptyItem(alliance.activities) && hasNoEmptyItem(alliance.services),
                       "list fields hold no empty items");
    }
    for (qsizetype i = 0; i < content->events.size(); ++i) {
        const PolicyEventRecord &event = content->events.at(i);
        requirePromise(event.id == i + 1, "events are numbered from 1 in order");
        requirePromise(!event.text.zh.isEmpty() && !event.region.zh.isEmpty(), "events have text and a region");
        requirePromise(event.sourceLine >= 1 && event.sourceLine <= lines, "events name their line");
        requirePromise(isWellFormed(event.date), "event dates are calendar dates");
    }
    return 0;
}
