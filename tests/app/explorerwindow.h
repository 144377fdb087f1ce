#pragma once

#include "interfacelanguage.h"
#include "mainwindow.h"
#include "reportcoordinator.h"
#include "reportdatabase.h"
#include "reportsession.h"

#include <QApplication>
#include <QSettings>
#include <QSharedPointer>
#include <QTest>

// The real window on the embedded report, in Chinese at 1280×800, shown and active, with fresh
// settings: what the widget suites that are not about start-up begin with.
class ExplorerWindow
{
public:
    static QSharedPointer<const ReportContent> embeddedReport(QString *error)
    {
        std::optional<ReportContent> content = ReportDatabase::loadEmbedded(error);
        return content ? QSharedPointer<const ReportContent>::create(std::move(*content))
                       : QSharedPointer<const ReportContent>();
    }

    explicit ExplorerWindow(const QSharedPointer<const ReportContent> &content)
    {
        QSettings().clear();
        window.setLanguage(ContentLanguage::Chinese);
        coordinator.setReport(content);
        window.resize(1280, 800);
        window.show();
        QApplication::setActiveWindow(&window);
    }

    ReportSession session;
    InterfaceLanguage language;
    ReportCoordinator coordinator{&session};
    MainWindow window{&coordinator, &language};
};
