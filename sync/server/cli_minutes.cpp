#include "commands.h"

#include "database.h"
#include "i18n.h"
#include "minutes.h"

#include <QDate>
#include <QTextStream>

namespace {
int usage()
{
    QTextStream(stderr) << "Usage: enhetspuls-server minutes --db DB --unit KOD --date YYYY-MM-DD --out FILE.pdf\n";
    return 2;
}
} // namespace

int Commands::minutes(const QStringList &arguments)
{
    QStringList args = arguments;
    const QString spec = takeOption(args, QStringLiteral("--db"));
    const QString unit = takeOption(args, QStringLiteral("--unit"));
    const QString date = takeOption(args, QStringLiteral("--date"));
    const QString out = takeOption(args, QStringLiteral("--out"));
    QTextStream err(stderr);
    if (!args.isEmpty() || spec.isEmpty() || unit.isEmpty() || date.isEmpty() || out.isEmpty())
        return usage();
    if (!QDate::fromString(date, Qt::ISODate).isValid() || date.size() != 10) {
        err << "enhetspuls-server minutes: --date must be YYYY-MM-DD, not \"" << date << "\"\n";
        return 2;
    }
    I18n::install(QStringLiteral("sv")); // the minutes are in Swedish, as the app writes them
    QString error;
    auto db = Database::open(spec, &error);
    if (!db) {
        err << "enhetspuls-server minutes: " << error << "\n";
        return 1;
    }
    const auto content = Minutes::gather(*db, unit, date, &error);
    if (!content || !Minutes::write(*content, out, &error)) {
        err << "enhetspuls-server minutes: " << error << "\n";
        return 1;
    }
    err << "wrote " << out << "\n";
    return 0;
}
