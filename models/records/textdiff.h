#pragma once

#include <QList>
#include <QString>
#include <QStringView>

// The differences between two texts, as the runs a reader sees: a run of Latin letters or
// digits is one word, every other character (each Chinese character, each punctuation mark)
// counts alone, so that Chinese, which has no spaces, is compared character by character and
// English word by word.
class TextDiff
{
public:
    enum class Operation { Equal, Removed, Added };
    struct Segment
    {
        Operation operation = Operation::Equal;
        QString text;
        friend bool operator==(const Segment &a, const Segment &b)
        {
            return a.operation == b.operation && a.text == b.text;
        }
    };

    // A longest common subsequence of the two texts' words, as runs in reading order. Texts
    // whose word counts multiply beyond maxCells are not aligned: the whole of from is removed
    // and the whole of to added, which keeps a hostile file from costing quadratic memory.
    static QList<Segment> compare(QStringView from, QStringView to);
    // Characters in Equal runs, twice, over the characters of both: 1 for equal texts, 0 for
    // texts with no word in common.
    static double similarity(QStringView from, QStringView to);

    static constexpr qsizetype maxCells = 4 * 1024 * 1024;
};
