#include "aboutbox.h"

#include <QApplication>

AboutBox::AboutBox(const ReportContent &content, QWidget *parent)
    : QMessageBox(QMessageBox::Information, tr("About China Open Source Report Explorer"), QString(), QMessageBox::Ok,
                  parent)
{
    setText(
        tr("<h3>China Open Source Report Explorer %1</h3>"
           "<p>Browse, search, chart and cite the chapter on industry associations and important policy events "
           "of the <i>2016 China Open Source Ecosystem Report</i> (%2), in Chinese and English.</p>"
           "<p><b>Source:</b> Kaiyuanshe (开源社), "
           "<a href='https://github.com/kaiyuanshe/2016-China-Open-Source-Report'>2016-China-Open-Source-Report</a>, "
           "file %3 (SHA-256 %4).</p>"
           "<p><b>Licence of the report:</b> %5 — "
           "<a href='https://creativecommons.org/publicdomain/zero/1.0/'>CC0 1.0</a>. The English translations "
           "of names marked as descriptive are the explorer's own.</p>")
            .arg(QApplication::applicationVersion(), content.title.toHtmlEscaped(),
                 content.sourceFileName.toHtmlEscaped(), content.sourceSha256.left(16) + QStringLiteral("…"),
                 content.licence.toHtmlEscaped()));
    setIconPixmap(QApplication::windowIcon().pixmap(64));
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::TextBrowserInteraction);
    setAttribute(Qt::WA_DeleteOnClose);
}
