#pragma once

#include "reportcontent.h"

#include <QMessageBox>

// Help ▸ About: the explorer's version, and the report shown with its source, checksum and
// licence. It deletes itself when closed.
class AboutBox : public QMessageBox
{
    Q_OBJECT

public:
    AboutBox(const ReportContent &content, QWidget *parent);
};
