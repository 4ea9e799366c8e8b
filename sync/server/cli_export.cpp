#include "commands.h"

#include "database.h"
#include "i18n.h"
#include "reportexport.h"

#include <QDate>
#include <QTextStream>

namespace {
int usage()
{
    QTextStream(stderr) << "Usage: enhetspuls-server export --db DB --unit KOD (--round ID | --year YYYY [--month M]) "
                           "--format pdf|odt|xlsx|json --out FILE\n"
                           "  --round ID   the compiled report of a report round over the unit's subtree: every unit's\n"
                           "               status, sections, goal assessments and the figures it reported\n"
                           "  --year/--month  the report as it stands, with the texts of that month (default: the latest)\n";
    return 2;
}
} // namespace

int Commands::exportReport(const QStringList &arguments)
{
    QStringList args = arguments;
    const QString spec = takeOption(args, QStringLiteral("--db"));
    const QString unit = takeOption(args, QStringLiteral("--unit"));
    const QString round = takeOption(args, QStringLiteral("--round"));
    const QString yearText = takeOption(args, QStringLiteral("--year"));
    const QString monthText = takeOption(args, QStringLiteral("--month"));
    const QString formatName = takeOption(args, QStringLiteral("--format"));
    const QString out = takeOption(args, QStringLiteral("--out"));
    bool okYear = !round.isNull() && yearText.isNull() && monthText.isNull(), okMonth = true;
    const int year = round.isNull() ? yearText.toInt(&okYear) : 2000;
    const int month = monthText.isNull() ? 0 : monthText.toInt(&okMonth);
    const auto format = ReportExport::formatFromName(formatName);
    QTextStream err(stderr);
    if (!args.isEmpty() || spec.isEmpty() || unit.isEmpty() || out.isEmpty() || !okYear || year < 1900
        || year > 2999 || !okMonth || month < 0 || month > 12)
        return usage();
    if (!format) {
        err << "enhetspuls-server export: --format must be pdf, odt, xlsx or json, not \"" << formatName << "\"\n";
        return 2;
    }
    I18n::install(QStringLiteral("sv")); // the report is in Swedish, as the app shows it
    QString error;
    auto db = Database::open(spec, &error);
    if (!db) {
        err << "enhetspuls-server export: " << error << "\n";
        return 1;
    }
    const auto content = round.isNull() ? ReportExport::gather(*db, unit, year, month, &error)
                                        : ReportExport::gatherRound(*db, unit, round, QDate::currentDate(), &error);
    if (!content || !ReportExport::write(*content, *format, out, &error)) {
        err << "enhetspuls-server export: " << error << "\n";
        return 1;
    }
    err << "wrote " << out << "\n";
    return 0;
}
