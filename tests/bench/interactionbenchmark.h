#pragma once

#include "reportcontent.h"

#include <QBitArray>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QSharedPointer>
#include <QString>

#include <functional>
#include <optional>

class MainWindow;
class PolicyFilterProxyModel;
class QHeaderView;
class QTableView;
class QTextEdit;
class QTreeView;
class TimelineChartView;

// Uses the real main window as a person would, one interaction after another: opens a
// database, searches, sorts by every column both ways, clicks an alliance, an event and a
// timeline marker, narrows by every facet, clears everything, regroups the tree, changes the
// timeline's lanes and switches the language. Controls are found by object name and driven
// with QTest's mouse and key events or their own public API.
//
// Each interaction is timed from its input to the end of the first paint of the window that
// shows its result: a condition on the widgets and models, computed beforehand and without
// the window where it can be (the rows a search must leave, the events an alliance must
// mark). The longest GUI-thread stall is measured from the input until settleMs after that
// paint, so work an interaction leaves queued (the chart refresh) counts too. A result that
// never shows is reported as a failure after limitMs, and the run goes on.
//
// Opening shows a preview of the report (its first records) and then the whole of it: both
// are timed from the same input, as "open" and "open_whole". The second completes a result
// already on screen while the window stays usable, so it says so ("completes") and the
// targets on results leave it out; its stalls count like any others.
class InteractionBenchmark : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        QString name;
        int order = 0;
        double maxStallMs = 0;
        std::optional<double> resultMs; // none when the result never showed
        QString failure;
        QString completes; // the result this one completes, shown before it

        QJsonObject toJson() const;
    };

    // How long the benchmark keeps measuring after a result has shown (a user's pause).
    static constexpr int settleMs = 500;
    // The search typed right after opening; the facets then narrow its results.
    static QString searchText();

    // window: shown and empty; it opens databasePath itself. expectedMatches: the event rows
    // that match searchText(), from ReportSearch::matchingEvents.
    InteractionBenchmark(MainWindow *window, const QString &databasePath, qsizetype eventCount,
                         const QBitArray &expectedMatches, int limitMs);

    // Runs every interaction in order; report is called as each one ends.
    void run(const std::function<void(const Result &)> &report);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Gives input, then runs the event loop until shown() has held at a paint and settleMs
    // have passed, or limitMs have passed.
    // With first, a result shown on the way to the one measured is timed too, and reported
    // first under its own name.
    struct Milestone
    {
        QString name;
        std::function<bool()> shown;
    };
    void measure(const QString &name, const std::function<void()> &input, const std::function<bool()> &shown,
                 const std::optional<Milestone> &first = std::nullopt);
    // An interaction that could not be set up.
    void fail(const QString &name, const QString &reason);

    void open();
    void firstSearch();
    void sortByEveryColumn();
    void clickAlliance();
    void clickEvent();
    void narrowByEveryFacet();
    void clickMarker();
    void clearEverything();
    void changeGrouping();
    void changeLanes();
    void switchLanguage();

    QSharedPointer<const ReportContent> content() const;
    TimelineChartView *timeline() const;
    QStringList timelineLanes() const;
    QString detailText() const;
    bool rowsSortedBy(int column, Qt::SortOrder order) const;
    // Event rows the facets count: matching the search, then the filters chosen so far.
    int countEvents(const std::function<bool(const PolicyEventRecord &)> &accepted) const;

    MainWindow *m_window;
    QString m_databasePath;
    qsizetype m_eventCount;
    QBitArray m_expectedMatches;
    int m_limitMs;

    QTableView *m_table = nullptr;
    QTreeView *m_tree = nullptr;
    QTextEdit *m_detail = nullptr;
    QHeaderView *m_header = nullptr;
    const PolicyFilterProxyModel *m_events = nullptr; // the table's model

    std::function<void(const Result &)> m_report;
    int m_order = 0;
    QElapsedTimer m_clock;
    std::function<bool()> m_shown; // set while an interaction waits for its result
    qint64 m_shownAtNs = -1;
    std::function<bool()> m_firstShown; // a milestone's, while it has not shown
    qint64 m_firstShownAtNs = -1;
    QString m_abortReason; // why the current interaction cannot succeed any more
    bool m_painting = false;
};
