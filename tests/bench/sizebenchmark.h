#pragma once

#include "reportcontent.h"

#include <QDir>
#include <QJsonObject>
#include <QSharedPointer>
#include <QStringList>

#include <memory>

class InterfaceLanguage;
class ReportSession;

// The measurements on one synthetic database, run in a child process of its own so that its
// peak resident memory belongs to this size alone. Phases run in the order given; each prints
// "phase NAME" when it starts and "figures {JSON}" with what it measured, so the parent can
// stop a phase that overruns its time limit and still keep everything measured before it.
class SizeBenchmark
{
public:
    // "load" and "session" are what every other phase works on: they always run first.
    static const QStringList &phases();
    // The search box inputs measured, in order; the last one clears the box.
    static const QStringList &queries();
    // Milliseconds between two simulated keystrokes while typing.
    static constexpr int keystrokeIntervalMs = 120;

    SizeBenchmark(const QString &databasePath, int runs, const QDir &workDir);
    ~SizeBenchmark();

    bool run(const QStringList &phases);

private:
    bool load();
    void startSession();
    void search();
    void sort();
    void relations();
    void timeline();
    void exportPng();
    void typing();
    void window();
    void interactions();
    void usualApproach();
    void verify();

    void emitFigures(const QJsonObject &figures) const;
    void emitPeakMemory(const QString &phase) const;
    // Repeats body up to m_runs times; none starts once budgetMs have passed, but one always runs.
    template<typename Body>
    void repeat(double budgetMs, Body body) const;

    QString m_databasePath;
    int m_runs;
    QDir m_workDir;
    QSharedPointer<const ReportContent> m_content;
    std::unique_ptr<InterfaceLanguage> m_language;
    std::unique_ptr<ReportSession> m_session;
};
