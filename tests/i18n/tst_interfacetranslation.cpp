// The interface catalogues are complete: no unfinished, obsolete or vanished entry, and no
// source string that lupdate finds in the code but the catalogues lack. (That no two entries of
// one menu share a mnemonic is checked on the running window, in tst_accessibility.)
#include <QDir>
#include <QFile>
#include <QMultiHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

class TestInterfaceTranslation : public QObject
{
    Q_OBJECT

private slots:
    void cataloguesAreFinished_data();
    void cataloguesAreFinished();
    void everySourceStringIsInTheCatalogues_data();
    void everySourceStringIsInTheCatalogues();
    void chineseTermsAreConsistent_data();
    void chineseTermsAreConsistent();

private:
    struct Counts
    {
        int messages = 0;
        QStringList problems; // source texts of unfinished, obsolete or vanished entries
    };
    static Counts inspect(const QString &path);
    static void addCatalogues();
    static QMultiHash<QString, QString> translations(const QString &path, QStringView context = {});
};

TestInterfaceTranslation::Counts TestInterfaceTranslation::inspect(const QString &path)
{
    Counts counts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return counts;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("message")) {
            ++counts.messages;
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QStringView type = xml.attributes().value(QLatin1String("type"));
            if (!type.isEmpty())
                counts.problems << QStringLiteral("%1 (%2)").arg(source, type);
        }
    }
    if (xml.hasError())
        counts.problems << QStringLiteral("XML error: %1").arg(xml.errorString());
    return counts;
}

void TestInterfaceTranslation::addCatalogues()
{
    QTest::addColumn<QString>("catalogue");
    QTest::addColumn<QString>("options");
    QTest::newRow("Chinese") << QStringLiteral(PROJECT_ROOT "/i18n/report-explorer_zh_CN.ts") << QString();
    QTest::newRow("English plurals") << QStringLiteral(PROJECT_ROOT "/i18n/report-explorer_en.ts")
                                     << QStringLiteral("-pluralonly");
}

void TestInterfaceTranslation::cataloguesAreFinished_data()
{
    addCatalogues();
}

void TestInterfaceTranslation::cataloguesAreFinished()
{
    QFETCH(QString, catalogue);
    const Counts counts = inspect(catalogue);
    QVERIFY(counts.messages > 0);
    QVERIFY2(counts.problems.isEmpty(), qPrintable(counts.problems.join(QStringLiteral("\n"))));
}

void TestInterfaceTranslation::everySourceStringIsInTheCatalogues_data()
{
    addCatalogues();
}

void TestInterfaceTranslation::everySourceStringIsInTheCatalogues()
{
    QFETCH(QString, catalogue);
    QFETCH(QString, options);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QFileInfo(catalogue).fileName());
    QVERIFY(QFile::copy(catalogue, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    QStringList arguments = {QStringLiteral(PROJECT_ROOT "/app"),
                             QStringLiteral(PROJECT_ROOT "/models"),
                             QStringLiteral(PROJECT_ROOT "/views"),
                             QStringLiteral("-extensions"),
                             QStringLiteral("cpp,h"),
                             QStringLiteral("-no-obsolete"),
                             QStringLiteral("-locations"),
                             QStringLiteral("none"),
                             QStringLiteral("-ts"),
                             copy};
    if (!options.isEmpty())
        arguments.prepend(options);
    QProcess lupdate;
    lupdate.start(QStringLiteral(LUPDATE_PATH), arguments);
    QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             lupdate.readAllStandardError().constData());

    const Counts fresh = inspect(copy);
    QVERIFY2(fresh.problems.isEmpty(),
             qPrintable(QStringLiteral("strings in the code but not translated in %1 (run the update_translations "
                                       "target and translate them):\n")
                            .arg(catalogue)
                        + fresh.problems.join(QStringLiteral("\n"))));
    QCOMPARE(fresh.messages, inspect(catalogue).messages);
}

// The translations of one context, or of all with no context given, by source text (a numerus
// message's forms run together); none when the catalogue cannot be read.
QMultiHash<QString, QString> TestInterfaceTranslation::translations(const QString &path, QStringView context)
{
    QMultiHash<QString, QString> translated;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return translated;
    QXmlStreamReader xml(&file);
    QString currentContext;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            currentContext = xml.readElementText();
        else if (xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation") && (context.isEmpty() || currentContext == context))
            translated.insert(source, xml.readElementText(QXmlStreamReader::IncludeChildElements)); // numerus forms too
    }
    return xml.hasError() ? QMultiHash<QString, QString>() : translated;
}

void TestInterfaceTranslation::chineseTermsAreConsistent_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("avoided");
    // The report's own field label is 创立时间: founding is 创立 throughout, never 成立.
    QTest::newRow("founding") << QString() << QStringLiteral("成立");
    // A record's provenance is its 出处; a chart's source is its 来源.
    QTest::newRow("provenance of a record") << QStringLiteral("DetailPane") << QStringLiteral("来源");
    QTest::newRow("source of a chart") << QStringLiteral("ReportCharts") << QStringLiteral("出处");
}

void TestInterfaceTranslation::chineseTermsAreConsistent()
{
    QFETCH(QString, context);
    QFETCH(QString, avoided);
    const QMultiHash<QString, QString> translated
        = translations(QStringLiteral(PROJECT_ROOT "/i18n/report-explorer_zh_CN.ts"), context);
    QVERIFY(!translated.isEmpty());
    for (auto it = translated.cbegin(); it != translated.cend(); ++it)
        QVERIFY2(!it.value().contains(avoided), qPrintable(QStringLiteral("“%1” → “%2”").arg(it.key(), it.value())));
}

QTEST_GUILESS_MAIN(TestInterfaceTranslation)
#include "tst_interfacetranslation.moc"
