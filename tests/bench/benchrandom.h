#pragma once

#include <QList>
#include <QtGlobal>

#include <random>

// The generator's only source of randomness. std::mt19937_64 is specified bit for bit by the C++
// standard, but std::uniform_int_distribution and friends are not (libstdc++, libc++ and MSVC
// give different numbers for the same engine), so the distributions are written out here: the
// same seed yields the same report with every compiler and standard library.
class BenchRandom
{
public:
    explicit BenchRandom(quint64 seed)
        : m_engine(seed)
    {
    }

    // Uniform in [0, bound), bound > 0. Rejection keeps it unbiased: raw values from the
    // incomplete last block of `bound` values are drawn again.
    quint64 below(quint64 bound)
    {
        const quint64 threshold = (0 - bound) % bound; // 2^64 mod bound
        for (;;) {
            const quint64 value = m_engine();
            if (value >= threshold)
                return value % bound;
        }
    }

    // Uniform in [low, high].
    int between(int low, int high) { return low + int(below(quint64(high - low) + 1)); }

    // Uniform in [0, 1) with 53 random bits, the precision of a double.
    double unit() { return double(m_engine() >> 11) * 0x1.0p-53; }

    bool chance(double probability) { return unit() < probability; }

    template<typename T>
    const T &pick(const QList<T> &list)
    {
        return list.at(qsizetype(below(quint64(list.size()))));
    }

    // An index drawn with the given weights (not necessarily normalised).
    int weighted(std::initializer_list<double> weights)
    {
        double total = 0;
        for (double w : weights)
            total += w;
        double point = unit() * total;
        int index = 0;
        for (double w : weights) {
            if (point < w)
                return index;
            point -= w;
            ++index;
        }
        return index - 1; // rounding at the very top of the range
    }

private:
    std::mt19937_64 m_engine;
};
