// `enhetspuls-server round create|list`: report rounds (rapporttillfällen), opened on the server
// and synced to every device. A bad option is an error naming it; nothing is written.
#include "commands.h"

#include "database.h"
#include "httprounds.h"
#include "rounds.h"

#include <QTextStream>

namespace {
int usage()
{
    QTextStream(stderr) << "usage: enhetspuls-server round create --db DB --name NAME --year YYYY --from M --to M\n"
                           "                                  --deadline YYYY-MM-DD [--sections a,b,...] [--by NAME]\n"
                           "       enhetspuls-server round list --db DB\n"
                           "sections: " << Rounds::standardSections().join(QLatin1Char(',')) << " (default: all)\n";
    return 2;
}

int fail(const QString &message)
{
    QTextStream(stderr) << "enhetspuls-server round: " << message << "\n";
    return 1;
}

// An integer option; *ok false with *error naming the option when it is missing or not a number.
int intOption(QStringList &args, const QString &name, bool *ok, QString *error)
{
    const QString text = Commands::takeOption(args, name);
    bool isInt = false;
    const int v = text.toInt(&isInt);
    if (!isInt && *ok) {
        *ok = false;
        *error = text.isNull() ? QStringLiteral("%1 is missing").arg(name)
                               : QStringLiteral("%1: \"%2\" is not a number").arg(name, text);
    }
    return v;
}

int create(QStringList args, Database &db)
{
    Rounds::Round r;
    QString error;
    bool ok = true;
    r.name = Commands::takeOption(args, QStringLiteral("--name")).trimmed();
    r.year = intOption(args, QStringLiteral("--year"), &ok, &error);
    r.monthFrom = intOption(args, QStringLiteral("--from"), &ok, &error);
    r.monthTo = intOption(args, QStringLiteral("--to"), &ok, &error);
    const QString deadline = Commands::takeOption(args, QStringLiteral("--deadline"));
    const QString sections = Commands::takeOption(args, QStringLiteral("--sections"));
    QString by = Commands::takeOption(args, QStringLiteral("--by"));
    if (by.isEmpty())
        by = qEnvironmentVariable("USER", QStringLiteral("admin"));
    if (!args.isEmpty())
        return fail(QStringLiteral("unknown argument %1").arg(args.first()));
    if (!ok)
        return fail(error);
    r.deadline = QDate::fromString(deadline, Qt::ISODate);
    if (deadline.isNull())
        return fail(QStringLiteral("--deadline is missing"));
    if (!r.deadline.isValid())
        return fail(QStringLiteral("--deadline: \"%1\" is not a date (YYYY-MM-DD)").arg(deadline));
    const std::optional<QStringList> keys = Rounds::parseSections(sections, &error);
    if (!keys)
        return fail(QStringLiteral("--sections: ") + error);
    r.sections = *keys;
    QString field;
    const ServerRounds::Outcome outcome = ServerRounds::create(db, r, by, QStringLiteral("cli"), &error, &field);
    if (outcome == ServerRounds::Outcome::Invalid || outcome == ServerRounds::Outcome::Duplicate)
        return fail(QStringLiteral("--") + error);
    if (outcome != ServerRounds::Outcome::Created)
        return fail(error);
    QTextStream(stdout) << "created round " << r.id << ": " << r.name << " " << r.year << "-"
                        << QString::number(r.monthFrom).rightJustified(2, QLatin1Char('0')) << ".." << r.year << "-"
                        << QString::number(r.monthTo).rightJustified(2, QLatin1Char('0')) << ", deadline "
                        << r.deadline.toString(Qt::ISODate) << ", sections " << r.sections.join(QLatin1Char(',')) << "\n";
    return 0;
}

int list(Database &db)
{
    QTextStream out(stdout);
    for (const Rounds::Round &r : Rounds::all(db))
        out << r.id << "\t" << r.name << "\t" << r.year << "\t" << r.monthFrom << ".." << r.monthTo << "\t"
            << r.deadline.toString(Qt::ISODate) << "\t" << r.sections.join(QLatin1Char(',')) << "\n";
    return 0;
}
} // namespace

int Commands::round(const QStringList &arguments)
{
    QStringList args = arguments;
    const QString spec = Commands::takeOption(args, QStringLiteral("--db"));
    if (spec.isEmpty() || args.isEmpty())
        return usage();
    const QString action = args.takeFirst();
    if (action != QLatin1String("create") && !(action == QLatin1String("list") && args.isEmpty()))
        return usage();
    QString error;
    auto db = Database::open(spec, &error);
    if (!db)
        return fail(error);
    return action == QLatin1String("create") ? create(args, *db) : list(*db);
}
