#pragma once

#include "commandline.h"

#include <QCoreApplication>

class InterfaceLanguage;
class ReportSession;
struct ReportContent;

// The exports the command line runs without a window: database, CSV and charts.
class HeadlessExport
{
    Q_DECLARE_TR_FUNCTIONS(HeadlessExport)

public:
    // --compare: the comparison of two editions of report as CSV, one row per alliance or event.
    static int exportComparison(const CommandLine &options, const ReportContent &report);
    // Returns the process exit status; failures print one line on stderr (an edition the
    // report does not hold is a usage error, status 2). A view link's edition is shown, and its
    // language, unless --lang overrides it, becomes the interface's too (headers, captions).
    static int run(const CommandLine &options, ReportSession *session, InterfaceLanguage *language);
};
