#include "textdiff.h"

#include <vector>

namespace {

bool isWordCharacter(QChar c)
{
    return c.unicode() < 0x3000 && c.isLetterOrNumber();
}

QList<QStringView> words(QStringView text)
{
    QList<QStringView> result;
    qsizetype i = 0;
    while (i < text.size()) {
        qsizetype end = i + 1;
        if (isWordCharacter(text[i])) {
            while (end < text.size() && isWordCharacter(text[end]))
                ++end;
        } else if (text[i].isHighSurrogate() && end < text.size() && text[end].isLowSurrogate()) {
            ++end;
        }
        result.append(text.mid(i, end - i));
        i = end;
    }
    return result;
}

void append(QList<TextDiff::Segment> *segments, TextDiff::Operation operation, QStringView text)
{
    if (!segments->isEmpty() && segments->last().operation == operation)
        segments->last().text += text;
    else
        segments->append({operation, text.toString()});
}

} // namespace

QList<TextDiff::Segment> TextDiff::compare(QStringView from, QStringView to)
{
    const QList<QStringView> a = words(from);
    const QList<QStringView> b = words(to);
    QList<Segment> segments;
    if ((a.size() + 1) * (b.size() + 1) > maxCells) {
        if (!from.isEmpty())
            segments.append({Operation::Removed, from.toString()});
        if (!to.isEmpty())
            segments.append({Operation::Added, to.toString()});
        return segments;
    }
    // common[i][j]: length of a longest common subsequence of a[i…] and b[j…].
    const qsizetype columns = b.size() + 1;
    std::vector<int> common(size_t((a.size() + 1) * columns), 0);
    const auto at = [&](qsizetype i, qsizetype j) -> int & { return common[size_t(i * columns + j)]; };
    for (qsizetype i = a.size() - 1; i >= 0; --i) {
        for (qsizetype j = b.size() - 1; j >= 0; --j)
            at(i, j) = a[i] == b[j] ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
    }
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() || j < b.size()) {
        if (i < a.size() && j < b.size() && a[i] == b[j]) {
            append(&segments, Operation::Equal, a[i++]);
            ++j;
        } else if (i < a.size() && (j == b.size() || at(i + 1, j) >= at(i, j + 1))) {
            append(&segments, Operation::Removed, a[i++]); // what went before what came instead
        } else {
            append(&segments, Operation::Added, b[j++]);
        }
    }
    return segments;
}

double TextDiff::similarity(QStringView from, QStringView to)
{
    if (from.isEmpty() && to.isEmpty())
        return 1.0;
    qsizetype equal = 0;
    for (const Segment &segment : compare(from, to)) {
        if (segment.operation == Operation::Equal)
            equal += segment.text.size();
    }
    return 2.0 * double(equal) / double(from.size() + to.size());
}
