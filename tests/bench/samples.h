#pragma once

#include <QJsonObject>
#include <QList>

#include <algorithm>
#include <cmath>

// Timings of one measurement in milliseconds. The median of an even count is the mean of the
// two middle values; the 95th percentile is by nearest rank (the smallest sample that at least
// 95 % of the samples do not exceed), so with fewer than 20 samples it is the maximum.
class Samples
{
public:
    void add(double ms) { m_values.append(ms); }
    void add(const Samples &other) { m_values += other.m_values; }
    qsizetype count() const { return m_values.size(); }

    double median() const
    {
        const QList<double> v = sorted();
        if (v.isEmpty())
            return 0;
        const qsizetype middle = v.size() / 2;
        return v.size() % 2 == 1 ? v.at(middle) : (v.at(middle - 1) + v.at(middle)) / 2;
    }

    double p95() const
    {
        const QList<double> v = sorted();
        if (v.isEmpty())
            return 0;
        const qsizetype rank = qsizetype(std::ceil(0.95 * double(v.size())));
        return v.at(std::clamp<qsizetype>(rank - 1, 0, v.size() - 1));
    }

    QJsonObject toJson() const
    {
        return {{QStringLiteral("median_ms"), rounded(median())},
                {QStringLiteral("p95_ms"), rounded(p95())},
                {QStringLiteral("samples"), int(count())}};
    }

    // Hundredths of a millisecond are below what this machine can measure reliably.
    static double rounded(double ms) { return std::round(ms * 100) / 100; }

private:
    QList<double> sorted() const
    {
        QList<double> v = m_values;
        std::sort(v.begin(), v.end());
        return v;
    }

    QList<double> m_values;
};
