// --compare's CSV and the Compare view's model hold the same rows in the same order.
#include "commandline.h"
#include "editioncomparer.h"
#include "editioncomparisonmodel.h"
#include "headlessexport.h"
#include "reportroles.h"
#include "threeeditions.h"

#include "../models/reporttesthelpers.h"

#include <QFile>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// RFC 4180 as CsvWriter writes it: quoted fields may hold commas, quotes and line breaks.
QList<QStringList> parseCsv(const QString &csv)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < csv.size(); ++i) {
        const QChar c = csv.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < csv.size() && csv.at(i + 1) == u'"')
                field += csv.at(++i);
            else if (c == u'"')
                quoted = false;
            else
                field += c;
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(std::exchange(field, QString()));
        } else if (c == u'\r' && i + 1 < csv.size() && csv.at(i + 1) == u'\n') {
            ++i;
            row.append(std::exchange(field, QString()));
            rows.append(std::exchange(row, QStringList()));
        } else {
            field += c;
        }
    }
    return rows;
}

} // namespace

class TestCompareCsv : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void csvAndModelAgreeRowForRow();
    void comparesAnEditionImportedBesideTheBuiltInOnes();
    void badYearsWriteNothing_data();
    void badYearsWriteNothing();

private:
    QSharedPointer<const ReportContent> m_embedded;
};

void TestCompareCsv::initTestCase()
{
    QString error;
    m_embedded = ReportTest::embeddedEditions(&error);
    QVERIFY2(m_embedded, qPrintable(error));
}

void TestCompareCsv::csvAndModelAgreeRowForRow()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"compare.csv"_s);
    const CommandLine options
        = CommandLine::parse({u"report-explorer"_s, u"--compare"_s, u"2015"_s, u"2016"_s, u"--export-csv"_s, path});
    QCOMPARE(options.compareYears, QList<int>({2015, 2016}));
    QCOMPARE(HeadlessExport::exportComparison(options, *m_embedded), 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QStringList> csv = parseCsv(QString::fromUtf8(file.readAll()));

    // The model as the Compare view gets it: built on a worker by the comparer.
    EditionComparer comparer;
    comparer.setReport(m_embedded);
    QCOMPARE(comparer.fromYear(), 2015);
    QCOMPARE(comparer.toYear(), 2016);
    comparer.compare();
    QTRY_VERIFY_WITH_TIMEOUT(comparer.model()->comparison().to, 30000);
    const EditionComparisonModel &model = *comparer.model();

    QCOMPARE(csv.size(), model.rowCount() + 1);
    QCOMPARE(model.rowCount(), 34); // 8 alliances and 26 events of 2016, none removed from 2015
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(csv.at(row + 1).size(), int(EditionComparisonModel::ColumnCount));
        for (int column = 0; column < EditionComparisonModel::ColumnCount; ++column)
            QCOMPARE(csv.at(row + 1).at(column), model.index(row, column).data(ReportRoles::ExportRole).toString());
        QCOMPARE(csv.at(row + 1).at(EditionComparisonModel::IdentityColumn),
                 model.index(row, 0).data(ReportRoles::IdentityRole).toString());
    }
    int changed = 0;
    for (const QStringList &row : csv)
        changed += row.at(EditionComparisonModel::ChangeColumn) == u"changed"_s ? 1 : 0;
    QCOMPARE(changed, 2);
}

void TestCompareCsv::comparesAnEditionImportedBesideTheBuiltInOnes()
{
    // 2016 to the draft 2017 removes what 2015 to 2016 added.
    QString error;
    const QSharedPointer<const ReportContent> three = ReportTest::threeEditions(&error);
    QVERIFY2(three, qPrintable(error));
    QTemporaryDir dir;
    const QString path = dir.filePath(u"compare.csv"_s);
    const CommandLine options
        = CommandLine::parse({u"report-explorer"_s, u"--import"_s, u"draft.md"_s, u"--as-edition"_s, u"2017"_s,
                              u"--compare"_s, u"2016"_s, u"2017"_s, u"--export-csv"_s, path});
    QCOMPARE(HeadlessExport::exportComparison(options, *three), 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QStringList> csv = parseCsv(QString::fromUtf8(file.readAll()));
    QCOMPARE(csv.size(), 34 + 1);
    QMap<QString, int> changes;
    for (qsizetype row = 1; row < csv.size(); ++row)
        ++changes[csv.at(row).at(EditionComparisonModel::ChangeColumn)];
    QCOMPARE(changes, (QMap<QString, int>{{u"removed"_s, 14}, {u"changed"_s, 2}, {u"unchanged"_s, 18}}));
}

void TestCompareCsv::badYearsWriteNothing_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::newRow("unknown year") << u"2014"_s << u"2016"_s;
    QTest::newRow("an edition with itself") << u"2016"_s << u"2016"_s;
}

void TestCompareCsv::badYearsWriteNothing()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"compare.csv"_s);
    const CommandLine options
        = CommandLine::parse({u"report-explorer"_s, u"--compare"_s, from, to, u"--export-csv"_s, path});
    QCOMPARE(HeadlessExport::exportComparison(options, *m_embedded), 1);
    QVERIFY(!QFile::exists(path));
}

QTEST_MAIN(TestCompareCsv)
#include "tst_comparecsv.moc"
