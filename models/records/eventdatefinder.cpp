#include "eventdatefinder.h"

#include <QRegularExpression>

namespace {

const QRegularExpression &datePattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("([0-9０-９]{4})\\s*年(?:\\s*([0-9０-９]{1,2})\\s*月(?:\\s*([0-9０-９]{1,2})\\s*[日号])?)?"));
    return pattern;
}

int digitsToInt(QStringView digits)
{
    int value = 0;
    for (QChar c : digits)
        value = value * 10 + c.digitValue();
    return value;
}

bool isClauseBoundary(QChar c)
{
    static const QString separators = QStringLiteral("，,、；;：:。.（）()　“”\"'");
    return c.isSpace() || separators.contains(c);
}

EventDateFinder::Result toResult(const QRegularExpressionMatch &match)
{
    const int year = digitsToInt(match.capturedView(1));
    const int month = match.hasCaptured(2) ? digitsToInt(match.capturedView(2)) : 0;
    const int day = match.hasCaptured(3) ? digitsToInt(match.capturedView(3)) : 0;
    EventDateFinder::Result result;
    // A written 0月 or 0日 names no month or day; it must not pass for a coarser date.
    const bool zeroPart = (match.hasCaptured(2) && month == 0) || (match.hasCaptured(3) && day == 0);
    if (!zeroPart)
        result.date = ReportDate::fromParts(year, month, day);
    if (result.date.isNull())
        result.invalidText = match.captured(0);
    return result;
}

} // namespace

EventDateFinder::Result EventDateFinder::find(QStringView text)
{
    auto it = datePattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const qsizetype start = match.capturedStart(0);
        const qsizetype end = match.capturedEnd(0);
        const bool boundedBefore = start == 0 || isClauseBoundary(text.at(start - 1));
        const bool boundedAfter = end == text.size() || isClauseBoundary(text.at(end));
        if (boundedBefore && boundedAfter)
            return toResult(match);
    }
    return {};
}

EventDateFinder::Result EventDateFinder::parseWhole(QStringView value)
{
    QStringView trimmed = value.trimmed();
    while (!trimmed.isEmpty() && isClauseBoundary(trimmed.back()))
        trimmed.chop(1);
    if (trimmed.isEmpty())
        return {};
    const QRegularExpressionMatch match = datePattern().match(trimmed, 0, QRegularExpression::NormalMatch,
                                                              QRegularExpression::AnchorAtOffsetMatchOption);
    if (!match.hasMatch() || match.capturedLength(0) != trimmed.size()) {
        Result result;
        result.invalidText = value.trimmed().toString();
        return result;
    }
    return toResult(match);
}
