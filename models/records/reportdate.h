#pragma once

#include <QDate>
#include <QLocale>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QStringView>

// A date as the report states it: to the day, the month, the year, or not at all.
// Never widened to an invented full date; earliest()/latest() give the span it covers.
class ReportDate
{
public:
    enum class Precision { None, Year, Month, Day };

    ReportDate() = default;

    // Returns an invalid (None) date when the parts do not form a real calendar date.
    static ReportDate fromParts(int year, int month = 0, int day = 0);
    // Parses "2004-07-22", "2000-03" or "2016"; an empty or malformed string gives None.
    static ReportDate fromIso(QStringView iso);

    Precision precision() const { return m_precision; }
    bool isNull() const { return m_precision == Precision::None; }
    int year() const { return m_year; }
    int month() const { return m_month; }
    int day() const { return m_day; }

    QString toIso() const;
    QDate earliest() const;
    QDate latest() const;

    // Orders by the earliest possible day, coarser precision first on ties. Undated dates
    // have no key: callers place them explicitly (they go last in both directions).
    qint64 sortKey() const;

    // Chinese: 2004年7月22日 / 2000年3月 / 2016年; other languages use the locale's month names.
    QString toDisplayString(const QLocale &locale) const;
    // A date to the day in each month, the longest of each form: a column of dates shown in
    // locale needs the width of the widest of these.
    static QStringList longestDisplayStrings(const QLocale &locale);

    static QString precisionName(Precision precision);
    static Precision precisionFromName(QStringView name, bool *ok = nullptr);

    friend bool operator==(const ReportDate &a, const ReportDate &b)
    {
        return a.m_precision == b.m_precision && a.m_year == b.m_year && a.m_month == b.m_month && a.m_day == b.m_day;
    }
    friend bool operator!=(const ReportDate &a, const ReportDate &b) { return !(a == b); }

private:
    Precision m_precision = Precision::None;
    int m_year = 0;
    int m_month = 0;
    int m_day = 0;
};
Q_DECLARE_METATYPE(ReportDate)
