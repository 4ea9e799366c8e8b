#include "commands.h"

#include "auth.h"
#include "database.h"
#include "ids.h"
#include "syncservice.h"

#include <QSqlQuery>
#include <QTextStream>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace {
// Reads a password from the terminal without echo, or one line from stdin when piped.
QString readPassword(const QString &prompt)
{
    QTextStream in(stdin);
    const bool tty = isatty(STDIN_FILENO);
    termios old{};
    if (tty) {
        QTextStream(stderr) << prompt << Qt::flush;
        tcgetattr(STDIN_FILENO, &old);
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    const QString line = in.readLine();
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &old);
        QTextStream(stderr) << "\n";
    }
    return line;
}

int usage()
{
    QTextStream(stderr) << "usage: enhetspuls-server user add NAME --role enhetschef|verksamhetschef|controller|admin --db DB\n"
                           "       enhetspuls-server user passwd NAME --db DB\n"
                           "       enhetspuls-server user grant|revoke NAME UNITCODE --db DB\n"
                           "       enhetspuls-server user list --db DB\n"
                           "The password is read from stdin (or a prompt), never from the command line.\n";
    return 2;
}
} // namespace

int Commands::user(const QStringList &arguments)
{
    QStringList args = arguments;
    QTextStream err(stderr);
    const QString spec = Commands::takeOption(args, QStringLiteral("--db"));
    const QString role = Commands::takeOption(args, QStringLiteral("--role"));
    if (spec.isEmpty() || args.isEmpty())
        return usage();
    const QString action = args.takeFirst();
    QString error;
    auto db = Database::open(spec, &error);
    if (!db) {
        err << "enhetspuls-server: " << error << "\n";
        return 1;
    }
    Auth auth(*db);
    if (action == QLatin1String("list") && args.isEmpty()) {
        QTextStream out(stdout);
        for (const QString &line : auth.listUsers())
            out << line.trimmed() << "\n";
        return 0;
    }
    if ((action == QLatin1String("add") || action == QLatin1String("passwd")) && args.size() == 1) {
        if (action == QLatin1String("add") && role.isEmpty())
            return usage();
        const QString password = readPassword(QStringLiteral("Password for %1: ").arg(args.first()));
        const bool ok = action == QLatin1String("add") ? auth.addUser(args.first(), role, password, &error)
                                                       : auth.setPassword(args.first(), password, &error);
        if (!ok) {
            err << "enhetspuls-server: " << error << "\n";
            return 1;
        }
        return 0;
    }
    if ((action == QLatin1String("grant") || action == QLatin1String("revoke")) && args.size() == 2) {
        QSqlQuery q(db->db());
        q.prepare(QStringLiteral("SELECT id FROM units WHERE code = ? AND _deleted = 0"));
        q.addBindValue(args.at(1));
        const QString unitId = q.exec() && q.next() ? q.value(0).toString() : Ids::unit(args.at(1));
        if (action == QLatin1String("grant") && !q.isValid())
            err << "note: no unit " << args.at(1) << " yet; the grant applies once it is imported\n";
        if (!auth.grant(args.first(), unitId, action == QLatin1String("grant"), &error)) {
            err << "enhetspuls-server: " << error << "\n";
            return 1;
        }
        return 0;
    }
    return usage();
}

int Commands::epoch(const QStringList &arguments)
{
    QStringList args = arguments;
    const QString spec = Commands::takeOption(args, QStringLiteral("--db"));
    if (spec.isEmpty() || args != QStringList{QStringLiteral("reset")}) {
        QTextStream(stderr) << "usage: enhetspuls-server epoch reset --db DB   (every client starts over)\n";
        return 2;
    }
    QString error;
    auto db = Database::open(spec, &error);
    if (!db || !SyncService::resetEpoch(*db, &error)) {
        QTextStream(stderr) << "enhetspuls-server: " << error << "\n";
        return 1;
    }
    return 0;
}
