#include "mainwindowsettings.h"
#include "ui_mainwindow.h"

#include "charttabs.h"
#include "interfacelanguage.h"
#include "policytablemodel.h"
#include "policytableview.h"

#include <QComboBox>
#include <QHeaderView>
#include <QMainWindow>
#include <QScreen>
#include <QSettings>
#include <QSplitter>

void MainWindowSettings::restore(QMainWindow *window, const Ui::MainWindow &ui)
{
    QSettings settings;
    if (!window->restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        const QSize available = window->screen() ? window->screen()->availableSize() : QSize(1440, 900);
        window->resize(QSize(1380, 820).boundedTo(available));
    }
    window->restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (!ui.mainSplitter->restoreState(settings.value(QStringLiteral("window/mainSplitter")).toByteArray())) {
        // The side panes keep their size when the window shrinks: share a narrow window out.
        const int width = window->size().width();
        ui.mainSplitter->setSizes({width * 22 / 100, width * 53 / 100, width * 25 / 100});
    }
    ui.centreSplitter->restoreState(settings.value(QStringLiteral("window/centreSplitter")).toByteArray());
    ui.chartTabs->setCurrentIndex(settings.value(QStringLiteral("view/chartTab"), 0).toInt());
    // The boxes list the groupings and lane modes in the order of their enums (mainwindow.ui).
    const auto choose = [&settings](QComboBox *box, const QString &key) {
        const int index = settings.value(key, 0).toInt();
        box->setCurrentIndex(index >= 0 && index < box->count() ? index : 0);
    };
    choose(ui.groupingBox, QStringLiteral("tree/grouping"));
    choose(ui.laneModeBox, QStringLiteral("timeline/lanes"));
    const int sortColumn = std::clamp(settings.value(QStringLiteral("table/sortColumn"), 0).toInt(), 0,
                                      int(PolicyTableModel::ColumnCount) - 1);
    const auto sortOrder
        = Qt::SortOrder(settings.value(QStringLiteral("table/sortOrder"), int(Qt::AscendingOrder)).toInt());
    ui.policyTable->sortByColumn(sortColumn,
                                 sortOrder == Qt::DescendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder);
}

void MainWindowSettings::save(const QMainWindow *window, const Ui::MainWindow &ui, ContentLanguage language)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), window->saveGeometry());
    settings.setValue(QStringLiteral("window/state"), window->saveState());
    settings.setValue(QStringLiteral("window/mainSplitter"), ui.mainSplitter->saveState());
    settings.setValue(QStringLiteral("window/centreSplitter"), ui.centreSplitter->saveState());
    settings.setValue(QStringLiteral("view/chartTab"), ui.chartTabs->currentIndex());
    settings.setValue(QStringLiteral("tree/grouping"), ui.groupingBox->currentIndex());
    settings.setValue(QStringLiteral("timeline/lanes"), ui.laneModeBox->currentIndex());
    settings.setValue(QStringLiteral("table/sortColumn"), ui.policyTable->horizontalHeader()->sortIndicatorSection());
    settings.setValue(QStringLiteral("table/sortOrder"), int(ui.policyTable->horizontalHeader()->sortIndicatorOrder()));
    settings.setValue(QStringLiteral("language"), InterfaceLanguage::code(language));
}
