#include "reportdate.h"

#include <QList>

ReportDate ReportDate::fromParts(int year, int month, int day)
{
    ReportDate date;
    if (year < 1 || year > 9999 || month < 0 || month > 12 || day < 0 || (day > 0 && month == 0))
        return date;
    if (day > 0 && !QDate::isValid(year, month, day))
        return date;
    date.m_year = year;
    date.m_month = month;
    date.m_day = day;
    date.m_precision = day > 0 ? Precision::Day : month > 0 ? Precision::Month : Precision::Year;
    return date;
}

ReportDate ReportDate::fromIso(QStringView iso)
{
    const QList<QStringView> parts = iso.split(u'-');
    if (parts.isEmpty() || parts.size() > 3)
        return {};
    static constexpr int expectedLengths[] = {4, 2, 2};
    int numbers[3] = {0, 0, 0};
    for (qsizetype i = 0; i < parts.size(); ++i) {
        bool ok = false;
        if (parts[i].size() != expectedLengths[i])
            return {};
        numbers[i] = parts[i].toInt(&ok);
        if (!ok || numbers[i] <= 0)
            return {};
    }
    return fromParts(numbers[0], numbers[1], numbers[2]);
}

QString ReportDate::toIso() const
{
    switch (m_precision) {
    case Precision::None:
        return {};
    case Precision::Year:
        return QStringLiteral("%1").arg(m_year, 4, 10, QLatin1Char('0'));
    case Precision::Month:
        return QStringLiteral("%1-%2").arg(m_year, 4, 10, QLatin1Char('0')).arg(m_month, 2, 10, QLatin1Char('0'));
    case Precision::Day:
        return QStringLiteral("%1-%2-%3")
            .arg(m_year, 4, 10, QLatin1Char('0'))
            .arg(m_month, 2, 10, QLatin1Char('0'))
            .arg(m_day, 2, 10, QLatin1Char('0'));
    }
    return {};
}

QDate ReportDate::earliest() const
{
    switch (m_precision) {
    case Precision::None:
        return {};
    case Precision::Year:
        return QDate(m_year, 1, 1);
    case Precision::Month:
        return QDate(m_year, m_month, 1);
    case Precision::Day:
        return QDate(m_year, m_month, m_day);
    }
    return {};
}

QDate ReportDate::latest() const
{
    switch (m_precision) {
    case Precision::None:
        return {};
    case Precision::Year:
        return QDate(m_year, 12, 31);
    case Precision::Month: {
        const QDate first(m_year, m_month, 1);
        return first.addDays(first.daysInMonth() - 1);
    }
    case Precision::Day:
        return QDate(m_year, m_month, m_day);
    }
    return {};
}

qint64 ReportDate::sortKey() const
{
    if (isNull())
        return 0;
    return earliest().toJulianDay() * 4 + static_cast<int>(m_precision);
}

QString ReportDate::toDisplayString(const QLocale &locale) const
{
    if (isNull())
        return {};
    if (locale.language() == QLocale::Chinese) {
        switch (m_precision) {
        case Precision::Year:
            return QStringLiteral("%1年").arg(m_year);
        case Precision::Month:
            return QStringLiteral("%1年%2月").arg(m_year).arg(m_month);
        case Precision::Day:
            return QStringLiteral("%1年%2月%3日").arg(m_year).arg(m_month).arg(m_day);
        case Precision::None:
            break;
        }
        return {};
    }
    switch (m_precision) {
    case Precision::Year:
        return QString::number(m_year);
    case Precision::Month:
        return locale.toString(earliest(), QStringLiteral("MMMM yyyy"));
    case Precision::Day:
        return locale.toString(earliest(), QStringLiteral("d MMMM yyyy"));
    case Precision::None:
        break;
    }
    return {};
}

QStringList ReportDate::longestDisplayStrings(const QLocale &locale)
{
    QStringList longest;
    for (int month = 1; month <= 12; ++month)
        longest.append(fromParts(2000, month, 28).toDisplayString(locale));
    return longest;
}

QString ReportDate::precisionName(Precision precision)
{
    switch (precision) {
    case Precision::None:
        return QStringLiteral("none");
    case Precision::Year:
        return QStringLiteral("year");
    case Precision::Month:
        return QStringLiteral("month");
    case Precision::Day:
        return QStringLiteral("day");
    }
    return {};
}

ReportDate::Precision ReportDate::precisionFromName(QStringView name, bool *ok)
{
    static const Precision all[] = {Precision::None, Precision::Year, Precision::Month, Precision::Day};
    for (Precision precision : all) {
        if (name == precisionName(precision)) {
            if (ok)
                *ok = true;
            return precision;
        }
    }
    if (ok)
        *ok = false;
    return Precision::None;
}
