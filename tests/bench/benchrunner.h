#pragma once

#include "syntheticreport.h"

#include <QJsonObject>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>

// The whole benchmark of issue 5: generates (or reuses) a database per size, measures each size
// in a child process of its own under a time limit per phase, measures start-up and the
// importer, and prints one JSON object per size or a readable table.
class BenchRunner
{
public:
    struct Options
    {
        QList<qint64> sizes;
        int runs = 5;
        quint64 seed = SyntheticReport::defaultSeed;
        bool json = false;
        QString cacheDir; // generated databases, kept between runs
        QString explorer; // the report-explorer whose start-up is measured
    };

    BenchRunner(const SyntheticReport &synthetic, const Options &options);

    int run();

private:
    // Where a database of this size and seed is cached.
    QString cachedDatabase(qint64 events) const;
    QJsonObject measureSize(qint64 events, const QString &database);
    QJsonObject measureStartup(const QStringList &arguments, const QString &program, int timeoutMs) const;
    QJsonObject measureImporter() const;
    QJsonObject targetsFor(const QJsonObject &size) const;
    QJsonObject commonTargets() const;
    QProcessEnvironment childEnvironment() const;

    void printHeader() const;
    void printSize(const QJsonObject &size) const;

    const SyntheticReport &m_synthetic;
    Options m_options;
    QTemporaryDir m_workDir;
    QString m_platform;
    QJsonObject m_importer;
    QJsonObject m_startupEmbedded;
    QJsonObject m_startupBare;
    QJsonObject m_startupBareText;
};
