#include "commands.h"

#include "database.h"
#include "hlc.h"
#include "importer.h"
#include "store.h"

#include <QLoggingCategory>
#include <QTextStream>

namespace {
int usage()
{
    QTextStream(stderr) << "Usage: enhetspuls-server import --db DB [--verbose] KIND FILE\n"
                           "  KIND: " << Importer::kinds().join(QStringLiteral(", ")) << "\n"
                           "  DB is sqlite:PATH or postgres://user@host:port/db\n"
                           "  --verbose also logs the schema migrations and the import on stderr\n";
    return 2;
}
} // namespace

int Commands::import(const QStringList &args)
{
    QString dbSpec;
    QStringList positional;
    bool verbose = false;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--db") && i + 1 < args.size())
            dbSpec = args.at(++i);
        else if (a.startsWith(QLatin1String("--db=")))
            dbSpec = a.mid(5);
        else if (a == QLatin1String("--verbose"))
            verbose = true;
        else if (a.startsWith(QLatin1String("--")))
            return usage();
        else
            positional << a;
    }
    if (dbSpec.isEmpty() || positional.size() != 2 || !Importer::kinds().contains(positional.at(0)))
        return usage();
    const QString kind = positional.at(0);
    const QString file = positional.at(1);

    // Informational logging (migrations, per-kind lines) only when asked for; warnings always.
    if (!verbose)
        QLoggingCategory::setFilterRules(QStringLiteral("enhetspuls.*.debug=false\nenhetspuls.*.info=false"));
    QString error;
    auto db = Database::open(dbSpec, &error);
    if (!db) {
        QTextStream(stderr) << "enhetspuls-server import: " << error << "\n";
        return 1;
    }
    Store store(*db, Store::Role::Server);
    HlcClock clock(QStringLiteral("import"));
    const ImportResult r = Importer::importFile(store, clock, kind, file);
    for (const QString &note : r.notes)
        QTextStream(stderr) << note << "\n";
    if (!r.ok) {
        QTextStream(stderr) << r.error << "\n";
        return 1;
    }
    QTextStream(stdout) << "imported " << kind << " from " << file << ": " << r.created << " new, "
                        << r.updated << " updated\n";
    return 0;
}
