#include "commands.h"
#include "i18n.h"

#include <QGuiApplication>
#include <QTextStream>
#include <cstring>
#include <memory>

namespace {
int usage(int code)
{
    QTextStream(code == 0 ? stdout : stderr)
        << "Usage: enhetspuls-server COMMAND [options]\n"
           "  serve  --db DB --listen HOST:PORT [--tls-cert F --tls-key F]\n"
           "  import --db DB KIND FILE   (KIND: units, indicators, goals, targets, values,\n"
           "                              sickleave, budget, actions, comments)\n"
           "  report --db DB --unit KOD --year YYYY [--month M] [--format json|csv]\n"
           "  export --db DB --unit KOD (--round ID | --year YYYY [--month M]) --format pdf|odt|xlsx|json --out FILE\n"
           "  minutes --db DB --unit KOD --date YYYY-MM-DD --out FILE.pdf   (APT minnesanteckningar)\n"
           "  round  create --db DB --name N --year Y --from M --to M --deadline YYYY-MM-DD [--sections a,b]\n"
           "  round  list --db DB       (report rounds, rapporttillfällen)\n"
           "  user   add|passwd|grant|revoke|list ... --db DB\n"
           "  epoch  reset --db DB      (every client starts over, e.g. after a restore)\n"
           "DB is sqlite:PATH or postgres://user@host:port/db\n";
    return code;
}
} // namespace

int main(int argc, char *argv[])
{
    // Documents are laid out with QtGui's fonts: a GUI application for `export` and `minutes`, and
    // for `serve` (GET /api/v1/export), on no display (the offscreen platform unless
    // QT_QPA_PLATFORM says otherwise).
    const bool gui = argc > 1
        && (std::strcmp(argv[1], "export") == 0 || std::strcmp(argv[1], "minutes") == 0
            || std::strcmp(argv[1], "serve") == 0);
    if (gui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app(gui ? new QGuiApplication(argc, argv) : new QCoreApplication(argc, argv));
    QCoreApplication::setApplicationName(QStringLiteral("enhetspuls-server"));
    QStringList args = app->arguments().mid(1);
    if (args.isEmpty())
        return usage(2);
    const QString command = args.takeFirst();
    if (command == QLatin1String("serve")) {
        // GET /api/v1/export writes the report in Swedish, as `export` does; the API's own
        // messages are not translated.
        I18n::install(QStringLiteral("sv"));
        return Commands::serve(args);
    }
    if (command == QLatin1String("import"))
        return Commands::import(args);
    if (command == QLatin1String("report"))
        return Commands::report(args);
    if (command == QLatin1String("export"))
        return Commands::exportReport(args);
    if (command == QLatin1String("minutes"))
        return Commands::minutes(args);
    if (command == QLatin1String("round"))
        return Commands::round(args);
    if (command == QLatin1String("user"))
        return Commands::user(args);
    if (command == QLatin1String("epoch"))
        return Commands::epoch(args);
    if (command == QLatin1String("--help") || command == QLatin1String("help"))
        return usage(0);
    QTextStream(stderr) << "unknown command: " << command << "\n";
    return usage(2);
}
