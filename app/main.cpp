// enhetspuls: the tablet/desktop app. Builds the services and the AppSettings, Navigation,
// Selection, Editor and SyncManager singletons, publishes them to QML and loads Main.qml;
// --self-test and --screenshot run without a user (with --server and --password-stdin they
// sync first). What is typed and not yet saved is written on quit and on SIGTERM/SIGINT
// (which quit the event loop).
#include "appsettings.h"
#include "dataimport.h"
#include "editor.h"
#include "figurecache.h"
#include "format.h"
#include "i18n.h"
#include "navigation.h"
#include "runner.h"
#include "selection.h"
#include "services.h"
#include "syncmanager.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QLocale>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QAccessible>
#include <QQuickWindow>
#include <QSettings>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>
#include <csignal>
#include <cstdio>
#include <iostream>
#include <string>
#include <sys/socket.h>
#include <unistd.h>

Q_IMPORT_QML_PLUGIN(EnhetspulsPlugin)

namespace {
// Runs the event loop until `signal` of `sender` fires or `ms` pass.
template<typename Sender, typename Signal>
void waitFor(const Sender *sender, Signal signal, int ms)
{
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, &QEventLoop::quit);
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

int s_signalPipe[2] = {-1, -1};

void onQuitSignal(int)
{
    const char c = 1;
    if (::write(s_signalPipe[0], &c, 1) < 0) {
        // nothing to do in a signal handler
    }
}

// SIGTERM and SIGINT quit the event loop, so aboutToQuit writes what is typed but not saved.
void quitOnSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, s_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(s_signalPipe[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [] {
        char c = 0;
        if (::read(s_signalPipe[1], &c, 1) == 1)
            QCoreApplication::quit();
    });
    struct sigaction sa = {};
    sa.sa_handler = onQuitSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &sa, nullptr);
    sigaction(SIGINT, &sa, nullptr);
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication::setOrganizationName(QStringLiteral("Enhetspuls"));
    QApplication::setApplicationName(QStringLiteral("enhetspuls"));
    QApplication::setApplicationVersion(QStringLiteral("0.1"));
    QApplication app(argc, argv); // Qt Charts in QML needs a QApplication

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Enhetspuls: goals, sick leave and budget for unit managers"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOpt(QStringLiteral("db"), QStringLiteral("Local SQLite database."), QStringLiteral("path"));
    const QCommandLineOption demoOpt(QStringLiteral("demo"), QStringLiteral("Open a throwaway copy of the demo data."));
    const QCommandLineOption dataOpt(QStringLiteral("data-dir"), QStringLiteral("Directory with the demo CSV files."), QStringLiteral("dir"));
    const QCommandLineOption selfTestOpt(QStringLiteral("self-test"), QStringLiteral("Load every page and exit; non-zero on any QML warning."));
    const QCommandLineOption focusOpt(QStringLiteral("focus-check"), QStringLiteral("Check that every control on every page shows where the keyboard focus is and that Tab follows the reading order (demo units, --size or 1280x800, light and dark); non-zero on any problem."));
    const QCommandLineOption layoutOpt(QStringLiteral("layout-check"), QStringLiteral("Check every page's layout and accessibility for the demo units at three sizes, light and dark, and large text; non-zero on any problem."));
    const QCommandLineOption textSizeOpt(QStringLiteral("text-size"), QStringLiteral("Text size factor (large text), e.g. 1.5 or 2.0."), QStringLiteral("factor"));
    const QCommandLineOption serverOpt(QStringLiteral("server"), QStringLiteral("Sync server URL (remembered)."), QStringLiteral("url"));
    const QCommandLineOption userOpt(QStringLiteral("user"), QStringLiteral("User name for the sync server (remembered)."), QStringLiteral("name"));
    const QCommandLineOption passwordStdinOpt(QStringLiteral("password-stdin"), QStringLiteral("Read the password from the first line of stdin, sign in and sync."));
    const QCommandLineOption shotOpt(QStringLiteral("screenshot"), QStringLiteral("Render offscreen, save a PNG and quit."), QStringLiteral("file"));
    const QCommandLineOption shotAllOpt(QStringLiteral("screenshot-all"), QStringLiteral("Render every page into DIR/<page>-WxH.png and quit."), QStringLiteral("dir"));
    const QCommandLineOption sizeOpt(QStringLiteral("size"), QStringLiteral("Window size for --screenshot."), QStringLiteral("WxH"), QStringLiteral("1280x800"));
    const QCommandLineOption pageOpt(QStringLiteral("page"), QStringLiteral("Page to show: overview, goals, sickleave, budget, actions, apt, sync, compare."), QStringLiteral("name"));
    const QCommandLineOption unitOpt(QStringLiteral("unit"), QStringLiteral("Initial unit code."), QStringLiteral("code"));
    const QCommandLineOption langOpt(QStringLiteral("lang"), QStringLiteral("Language: sv (default) or en."), QStringLiteral("lang"), QStringLiteral("sv"));
    const QCommandLineOption darkOpt(QStringLiteral("dark"), QStringLiteral("Dark mode."));
    const QCommandLineOption periodOpt(QStringLiteral("period"), QStringLiteral("Initial period YYYY-MM."), QStringLiteral("period"));
    // For tests: type into a field, then stay (until SIGTERM) or, with --test-quit, quit at once.
    QCommandLineOption typeOpt(QStringLiteral("test-type"), QStringLiteral("Type TEXT into the field named NAME once shown."), QStringLiteral("NAME=TEXT"));
    typeOpt.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption typeQuitOpt(QStringLiteral("test-quit"), QStringLiteral("Quit right after --test-type."));
    typeQuitOpt.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({dbOpt, demoOpt, dataOpt, selfTestOpt, layoutOpt, focusOpt, textSizeOpt, serverOpt, userOpt, passwordStdinOpt, shotOpt, shotAllOpt, sizeOpt, pageOpt, unitOpt,
                       langOpt, darkOpt, periodOpt, typeOpt, typeQuitOpt});
    parser.process(app);

    const bool demo = parser.isSet(demoOpt);
    const bool unattended = parser.isSet(selfTestOpt) || parser.isSet(layoutOpt) || parser.isSet(focusOpt) || parser.isSet(shotOpt) || parser.isSet(shotAllOpt);
    if (demo)
        QApplication::setApplicationName(QStringLiteral("enhetspuls-demo")); // keep demo settings apart
    if (unattended)
        Runner::installWarningCounter();

    const QString lang = parser.value(langOpt) == QStringLiteral("en") ? QStringLiteral("en") : QStringLiteral("sv");
    QLocale::setDefault(lang == QStringLiteral("en") ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                                     : QLocale(QLocale::Swedish, QLocale::Sweden));
    I18n::install(lang);

    QString dbPath = parser.value(dbOpt);
    if (dbPath.isEmpty() && !demo) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(dir);
        dbPath = dir + QStringLiteral("/enhetspuls.sqlite");
    }
    Services services;
    QString error;
    if (!services.open(dbPath, demo, demo ? demoDataDir(parser.value(dataOpt)) : QString(), &error)) {
        fprintf(stderr, "enhetspuls: %s\n", qPrintable(error));
        return 1;
    }

    QString password;
    if (parser.isSet(passwordStdinOpt)) {
        std::string line;
        std::getline(std::cin, line);
        password = QString::fromStdString(line).trimmed();
    }

    AppSettings::Options options;
    options.serverUrl = parser.value(serverOpt);
    options.databasePath = demo ? QStringLiteral("demo") : dbPath;
    options.demo = demo;
    options.language = lang;
    if (demo || unattended)
        QSettings().remove(QStringLiteral("unit")); // reproducible: start from the default unit
    AppSettings settings(options);
    Navigation navigation(nullptr);
    FigureCache figureCache(*services.db, *services.followUp);
    Selection selection(*services.followUp, settings);
    Editor editor(*services.notes, *services.followUp, selection, settings, figureCache);
    // What is typed is written before the app ends (Main.qml flushes on a page change).
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &editor, &Editor::flush);
    QString unitCode = parser.value(unitOpt);
    if (unitCode.isEmpty() && demo)
        unitCode = Runner::demoUnitCode();
    if (!unitCode.isEmpty() && !selection.selectUnitByCode(unitCode))
        fprintf(stderr, "enhetspuls: no unit with code %s\n", qPrintable(unitCode));
    if (parser.isSet(periodOpt)) {
        const QString p = parser.value(periodOpt);
        selection.setPeriod(p.left(4).toInt(), p.mid(5, 2).toInt());
    } else if (!unitCode.isEmpty()) {
        selection.setPeriod(selection.year(), 0);
    }
    settings.setDarkMode(parser.isSet(darkOpt));
    if (parser.isSet(pageOpt))
        navigation.setPage(parser.value(pageOpt));

    SyncManager::Options syncOptions;
    syncOptions.serverUrl = parser.value(serverOpt);
    syncOptions.user = parser.value(userOpt);
    syncOptions.keychainService = QStringLiteral("Enhetspuls");
    SyncManager sync(services.sync.get(), &editor, &selection, syncOptions);
    if (parser.isSet(passwordStdinOpt)) {
        if (!sync.configured() || sync.userName().isEmpty()) {
            fprintf(stderr, "enhetspuls: --password-stdin needs --server URL and --user NAME\n");
            return 2;
        }
        sync.login(sync.serverUrl(), sync.userName(), password);
        password.clear();
        if (unattended) // the screenshot shows the synced data
            waitFor(&sync, &SyncManager::settledChanged, 120000);
    } else if (sync.configured()) {
        sync.start();
        waitFor(&sync, &SyncManager::ready, 3000);
        if (!sync.loggedIn() && !parser.isSet(pageOpt))
            navigation.setPage(QStringLiteral("sync")); // opens on the sign-in form
        else if (sync.loggedIn() && unattended)
            waitFor(&sync, &SyncManager::settledChanged, 120000);
    }
    // CSV import from the app: every kind on a device of its own, only what a manager
    // writes on a device that syncs (the rest is imported centrally on the server).
    DataImport dataImport(services.sync->engine().store(), services.sync->engine().clock(), &editor,
                          [&sync] { return sync.configured(); });
    int syncExit = 0;
    if (unattended && sync.configured() && (parser.isSet(passwordStdinOpt) || sync.settled())) {
        if (!sync.errorText().isEmpty() || !sync.loggedIn()) {
            fprintf(stderr, "enhetspuls: sync with %s failed: %s\n", qPrintable(sync.serverUrl()),
                    qPrintable(sync.errorText().isEmpty() ? QStringLiteral("timed out") : sync.errorText()));
            syncExit = 4;
        } else {
            fprintf(stderr, "enhetspuls: synced with %s as %s (%s)\n", qPrintable(sync.serverUrl()),
                    qPrintable(sync.userName()), qPrintable(sync.lastSyncedText()));
        }
    }

    QQuickStyle::setStyle(QStringLiteral("Material"));
    // The checks read the accessibility tree as a screen reader has it: accessibility on before
    // the first item is made, so that each takes its accessible properties as it is made.
    if (parser.isSet(layoutOpt) || parser.isSet(focusOpt))
        QAccessible::setActive(true);
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Enhetspuls/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;

    const double textSize = parser.value(textSizeOpt).toDouble();
    if (textSize > 0)
        Runner::setTextSize(engine, textSize);
    if (parser.isSet(selfTestOpt)) {
        const int rc = Runner::selfTest(engine);
        return rc != 0 ? rc : syncExit;
    }
    if (parser.isSet(focusOpt)) {
        const QStringList wh = parser.value(sizeOpt).split(QLatin1Char('x'));
        const QSize size = parser.isSet(sizeOpt) ? QSize(wh.value(0).toInt(), wh.value(1).toInt()) : QSize();
        const int rc = Runner::focusCheck(engine, size, parser.value(unitOpt));
        return rc != 0 ? rc : syncExit;
    }
    if (parser.isSet(layoutOpt)) {
        // --text-size, --size and --unit narrow the matrix to one factor, size or unit.
        const QList<double> factors = textSize > 0 ? QList<double>{textSize} : QList<double>{1.0, 2.0};
        const QStringList wh = parser.value(sizeOpt).split(QLatin1Char('x'));
        const QSize only = parser.isSet(sizeOpt) ? QSize(wh.value(0).toInt(), wh.value(1).toInt()) : QSize();
        const int rc = Runner::layoutCheck(engine, factors, only, parser.value(unitOpt));
        return rc != 0 ? rc : syncExit;
    }
    if (parser.isSet(shotOpt) || parser.isSet(shotAllOpt)) {
        const QStringList wh = parser.value(sizeOpt).split(QLatin1Char('x'));
        const QSize size(wh.value(0).toInt(), wh.value(1).toInt());
        if (!size.isValid() || size.isEmpty()) {
            fprintf(stderr, "enhetspuls: bad --size %s (use WxH)\n", qPrintable(parser.value(sizeOpt)));
            return 1;
        }
        const int rc = parser.isSet(shotAllOpt) ? Runner::screenshotAll(engine, parser.value(shotAllOpt), size)
                                                : Runner::screenshot(engine, parser.value(shotOpt), size, parser.value(pageOpt));
        return rc != 0 ? rc : syncExit;
    }
    if (parser.isSet(typeOpt)) {
        const QString spec = parser.value(typeOpt);
        const qsizetype eq = spec.indexOf(QLatin1Char('='));
        const bool quit = parser.isSet(typeQuitOpt);
        const QString page = parser.value(pageOpt);
        QTimer::singleShot(0, &app, [&engine, page, spec, eq, quit] {
            if (!page.isEmpty() && Navigation::instance()) // the Navigation QML shows (see Runner)
                Navigation::instance()->setPage(page);
            if (eq <= 0 || !Runner::typeInto(engine, spec.left(eq), spec.mid(eq + 1))) {
                fprintf(stderr, "enhetspuls: cannot type into %s\n", qPrintable(spec.left(eq)));
                QCoreApplication::exit(5);
                return;
            }
            fprintf(stderr, "enhetspuls: typed into %s\n", qPrintable(spec.left(eq)));
            if (quit)
                QCoreApplication::quit();
        });
    }
    quitOnSignals(app);
    return app.exec();
}
