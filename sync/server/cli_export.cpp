#include "commands.h"

#include "database.h"
#include "i18n.h"
#include "reportexport.h"

#include <QTextStream>

namespace {
int usage()
{
    QTextStream(stderr) << "Usage: enhetspuls-server export --db DB --unit KOD --year YYYY [--month M] "
                           "--format pdf|odt|xlsx --out FILE\n";
    return 2;
}
} // namespace

int Commands::exportReport(const QStringList &arguments)
{
    QStringList args = arguments;
    const QString spec = takeOption(args, QStringLiteral("--db"));
    const QString unit = takeOption(args, QStringLiteral("--unit"));
    const QString yearText = takeOption(args, QStringLiteral("--year"));
    const QString monthText = takeOption(args, QStringLiteral("--month"));
    const QString formatName = takeOption(args, QStringLiteral("--format"));
    const QString out = takeOption(args, QStringLiteral("--out"));
    bool okYear = false, okMonth = true;
    const int year = yearText.toInt(&okYear);
    const int month = monthText.isNull() ? 0 : monthText.toInt(&okMonth);
    const auto format = ReportExport::formatFromName(formatName);
    QTextStream err(stderr);
    if (!args.isEmpty() || spec.isEmpty() || unit.isEmpty() || out.isEmpty() || !okYear || year < 1900
        || year > 2999 || !okMonth || month < 0 || month > 12)
        return usage();
    if (!format) {
        err << "enhetspuls-server export: --format must be pdf, odt or xlsx, not \"" << formatName << "\"\n";
        return 2;
    }
    I18n::install(QStringLiteral("sv")); // the report is in Swedish, as the app shows it
    QString error;
    auto db = Database::open(spec, &error);
    if (!db) {
        err << "enhetspuls-server export: " << error << "\n";
        return 1;
    }
    const auto content = ReportExport::gather(*db, unit, year, month, &error);
    if (!content || !ReportExport::write(*content, *format, out, &error)) {
        err << "enhetspuls-server export: " << error << "\n";
        return 1;
    }
    err << "wrote " << out << "\n";
    return 0;
}
