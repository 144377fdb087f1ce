// Nothing is lost: both sections regenerated from the database match the report's source
// text, ignoring only whitespace, punctuation and markdown markers, and the field labels.
#include "reportdatabase.h"
#include "reportimporter.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

class TestRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void embeddedDatabaseReproducesTheReport();
    void importedEditionsSurviveTheDatabase_data();
    void importedEditionsSurviveTheDatabase();

private:
    static QString normalized(const QString &text);
    static QString regenerate(const ReportContent &content);
};

QString TestRoundTrip::normalized(const QString &text)
{
    static const QStringList labels
        = {QStringLiteral("创立时间"), QStringLiteral("介绍"),     QStringLiteral("成员"),
           QStringLiteral("组织结构"), QStringLiteral("指导单位"), QStringLiteral("近期主要活动"),
           QStringLiteral("主要活动"), QStringLiteral("联盟服务"), QStringLiteral("简称")};
    QString result = text;
    for (const QString &label : labels)
        result.remove(label);
    QString stripped;
    for (QChar c : std::as_const(result)) {
        if (c.isSpace() || c.isPunct() || c == u'#' || c == u'*')
            continue;
        stripped.append(c);
    }
    return stripped;
}

QString TestRoundTrip::regenerate(const ReportContent &content)
{
    QStringList out;
    out << content.alliancesTitle.zh;
    for (const AllianceRecord &a : content.alliances) {
        QStringList parens;
        if (!a.givenEnglishName.isEmpty())
            parens << a.givenEnglishName;
        if (!a.abbreviation.isEmpty())
            parens << a.abbreviation;
        out << a.name.zh + (parens.isEmpty() ? QString() : u'（' + parens.join(u'，') + u'）');
        out << a.founded.toDisplayString(QLocale(QLocale::Chinese));
        out << a.intro.zh << a.members.zh;
        QStringList structure;
        if (a.memberCountSource == AllianceRecord::MemberCountSource::Structure)
            structure << QString::number(a.memberCountMin) + (a.memberCountExact ? QString() : QStringLiteral("+"));
        for (const BilingualText &role : a.structure)
            structure << role.zh;
        out << structure.join(u'，');
        for (const QList<BilingualText> *list : {&a.guides, &a.activities, &a.services, &a.otherFields}) {
            for (const BilingualText &item : *list)
                out << item.zh;
        }
    }
    out << content.policyTitle.zh << content.policyIntro.zh;
    QString region;
    for (const PolicyEventRecord &e : content.events) {
        if (e.region.zh != region) {
            region = e.region.zh;
            out << region;
        }
        out << e.text.zh;
    }
    out << QStringLiteral("本%1基于%2分享").arg(content.title, content.licence);
    return out.join(u'\n');
}

void TestRoundTrip::embeddedDatabaseReproducesTheReport()
{
    QFile source(QStringLiteral(":/report/orgnization-2016.md"));
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QString expected = normalized(QString::fromUtf8(source.readAll()));

    QString error;
    const std::optional<ReportContent> editions = ReportDatabase::loadEmbedded(&error);
    QVERIFY2(editions, qPrintable(error));
    const std::optional<ReportContent> content = editions->forEdition(2016);
    QCOMPARE(content->alliances.size(), 8);
    QCOMPARE(content->events.size(), 26);
    QCOMPARE(normalized(regenerate(*content)), expected);
}

void TestRoundTrip::importedEditionsSurviveTheDatabase_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("2016 edition") << QStringLiteral(REPORT_SOURCE_DIR "/orgnization-2016.md");
}

void TestRoundTrip::importedEditionsSurviveTheDatabase()
{
    QFETCH(QString, file);
    QFile source(file);
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QByteArray bytes = source.readAll();
    ReportImporter::Error importError;
    const std::optional<ReportContent> imported = ReportImporter::parse(bytes, QStringLiteral("x.md"), &importError);
    QVERIFY2(imported, qPrintable(importError.toString()));
    QString error;
    const std::optional<QByteArray> database = ReportDatabase::sqlScript(*imported, &error);
    QVERIFY2(database, qPrintable(error));
    const std::optional<ReportContent> reloaded = ReportDatabase::loadSqlScript(*database, &error);
    QVERIFY2(reloaded, qPrintable(error));
    QCOMPARE(normalized(regenerate(*reloaded)), normalized(QString::fromUtf8(bytes)));
}

QTEST_GUILESS_MAIN(TestRoundTrip)
#include "tst_roundtrip.moc"
