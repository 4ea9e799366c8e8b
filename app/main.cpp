// enhetspuls: the tablet/desktop app. Builds the services, publishes them to QML as the
// AppState singleton and loads Main.qml; --self-test and --screenshot run without a user.
#include "appstate.h"
#include "format.h"
#include "runner.h"
#include "services.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLocale>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSettings>
#include <QStandardPaths>
#include <QTranslator>
#include <QtQml/qqmlextensionplugin.h>
#include <cstdio>

Q_IMPORT_QML_PLUGIN(EnhetspulsPlugin)

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
    const QCommandLineOption serverOpt(QStringLiteral("server"), QStringLiteral("Sync server URL."), QStringLiteral("url"));
    const QCommandLineOption shotOpt(QStringLiteral("screenshot"), QStringLiteral("Render offscreen, save a PNG and quit."), QStringLiteral("file"));
    const QCommandLineOption shotAllOpt(QStringLiteral("screenshot-all"), QStringLiteral("Render every page into DIR/<page>-WxH.png and quit."), QStringLiteral("dir"));
    const QCommandLineOption sizeOpt(QStringLiteral("size"), QStringLiteral("Window size for --screenshot."), QStringLiteral("WxH"), QStringLiteral("1280x800"));
    const QCommandLineOption pageOpt(QStringLiteral("page"), QStringLiteral("Page to show: overview, goals, sickleave, budget, actions, apt, sync, compare."), QStringLiteral("name"));
    const QCommandLineOption unitOpt(QStringLiteral("unit"), QStringLiteral("Initial unit code."), QStringLiteral("code"));
    const QCommandLineOption langOpt(QStringLiteral("lang"), QStringLiteral("Language: sv (default) or en."), QStringLiteral("lang"), QStringLiteral("sv"));
    const QCommandLineOption darkOpt(QStringLiteral("dark"), QStringLiteral("Dark mode."));
    const QCommandLineOption periodOpt(QStringLiteral("period"), QStringLiteral("Initial period YYYY-MM."), QStringLiteral("period"));
    parser.addOptions({dbOpt, demoOpt, dataOpt, selfTestOpt, serverOpt, shotOpt, shotAllOpt, sizeOpt, pageOpt, unitOpt,
                       langOpt, darkOpt, periodOpt});
    parser.process(app);

    const bool demo = parser.isSet(demoOpt);
    const bool unattended = parser.isSet(selfTestOpt) || parser.isSet(shotOpt) || parser.isSet(shotAllOpt);
    if (demo)
        QApplication::setApplicationName(QStringLiteral("enhetspuls-demo")); // keep demo settings apart
    if (unattended)
        Runner::installWarningCounter();

    const QString lang = parser.value(langOpt) == QStringLiteral("en") ? QStringLiteral("en") : QStringLiteral("sv");
    QLocale::setDefault(lang == QStringLiteral("en") ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                                     : QLocale(QLocale::Swedish, QLocale::Sweden));
    QTranslator translator;
    if (lang == QStringLiteral("sv") && translator.load(QStringLiteral(":/i18n/enhetspuls_sv.qm")))
        QApplication::installTranslator(&translator);

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

    AppState::Options options;
    options.serverUrl = parser.value(serverOpt);
    options.databasePath = demo ? QStringLiteral("demo") : dbPath;
    options.demo = demo;
    options.language = lang;
    if (demo || unattended)
        QSettings().remove(QStringLiteral("unit")); // reproducible: start from the default unit
    AppState state(*services.db, *services.followUp, *services.notes, options);
    QString unitCode = parser.value(unitOpt);
    if (unitCode.isEmpty() && demo)
        unitCode = QStringLiteral("VO-HTN"); // the demo's richest unit
    if (!unitCode.isEmpty() && !state.selectUnitByCode(unitCode))
        fprintf(stderr, "enhetspuls: no unit with code %s\n", qPrintable(unitCode));
    if (parser.isSet(periodOpt)) {
        const QString p = parser.value(periodOpt);
        state.setPeriod(p.left(4).toInt(), p.mid(5, 2).toInt());
    } else if (!unitCode.isEmpty()) {
        state.setPeriod(state.year(), 0);
    }
    state.setDarkMode(parser.isSet(darkOpt));
    if (parser.isSet(pageOpt))
        state.setPage(parser.value(pageOpt));

    QQuickStyle::setStyle(QStringLiteral("Material"));
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Enhetspuls/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;

    if (parser.isSet(selfTestOpt))
        return Runner::selfTest(engine);
    if (parser.isSet(shotOpt) || parser.isSet(shotAllOpt)) {
        const QStringList wh = parser.value(sizeOpt).split(QLatin1Char('x'));
        const QSize size(wh.value(0).toInt(), wh.value(1).toInt());
        if (!size.isValid() || size.isEmpty()) {
            fprintf(stderr, "enhetspuls: bad --size %s (use WxH)\n", qPrintable(parser.value(sizeOpt)));
            return 1;
        }
        if (parser.isSet(shotAllOpt))
            return Runner::screenshotAll(engine, parser.value(shotAllOpt), size);
        return Runner::screenshot(engine, parser.value(shotOpt), size, parser.value(pageOpt));
    }
    return app.exec();
}
