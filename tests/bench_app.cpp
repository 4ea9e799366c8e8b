// bench_app: builds a database with 200 units × 10 years of sick leave, budget and indicator
// values, then measures (offscreen) the time to the first rendered overview, the time to switch
// unit and the resident memory. Targets: < 1 s, < 100 ms, < 200 MB.
#include "appsettings.h"
#include "database.h"
#include "editor.h"
#include "figurecache.h"
#include "followup.h"
#include "hlc.h"
#include "ids.h"
#include "navigation.h"
#include "notes.h"
#include "selection.h"
#include "store.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <cstdio>

Q_IMPORT_QML_PLUGIN(EnhetspulsPlugin)

namespace {
double rssMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}

bool w(Store &s, HlcClock &c, const QString &table, const QString &id, const QVariantMap &f)
{
    QString error;
    if (!s.write(table, id, f, c.now(), &error)) {
        fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    return true;
}

// 1 förvaltning, 11 områden, 188 enheter; 2017–2026 monthly sick leave and budget; yearly values.
bool build(Database &db, QStringList *units)
{
    Store store(db, Store::Role::Server);
    HlcClock clock(QStringLiteral("bench"));
    QString error;
    if (!store.begin(&error))
        return false;
    auto *rng = QRandomGenerator::global();
    const QString root = Ids::unit(QStringLiteral("SOC"));
    w(store, clock, QStringLiteral("units"), root, {{QStringLiteral("code"), QStringLiteral("SOC")}, {QStringLiteral("name"), QStringLiteral("Socialförvaltningen")}, {QStringLiteral("kind"), QStringLiteral("forvaltning")}});
    QStringList leaves;
    for (int a = 0; a < 11; ++a) {
        const QString ac = QStringLiteral("O%1").arg(a);
        w(store, clock, QStringLiteral("units"), Ids::unit(ac), {{QStringLiteral("code"), ac}, {QStringLiteral("name"), QStringLiteral("Område %1").arg(a)}, {QStringLiteral("parent_id"), root}, {QStringLiteral("kind"), QStringLiteral("omrade")}});
        const int n = a < 1 ? 18 : 17;
        for (int e = 0; e < n; ++e) {
            const QString ec = QStringLiteral("E%1-%2").arg(a).arg(e);
            leaves << Ids::unit(ec);
            w(store, clock, QStringLiteral("units"), Ids::unit(ec), {{QStringLiteral("code"), ec}, {QStringLiteral("name"), QStringLiteral("Enhet %1-%2").arg(a).arg(e)}, {QStringLiteral("parent_id"), Ids::unit(ac)}, {QStringLiteral("kind"), QStringLiteral("enhet")}});
        }
    }
    const QStringList indicators = {QStringLiteral("SJUK"), QStringLiteral("HME"), QStringLiteral("OMS"), QStringLiteral("TIMV")};
    for (const QString &i : indicators) {
        w(store, clock, QStringLiteral("indicators"), Ids::indicator(i), {{QStringLiteral("code"), i}, {QStringLiteral("name"), i}, {QStringLiteral("measure_unit"), i == QStringLiteral("HME") ? QStringLiteral("index") : QStringLiteral("%")}, {QStringLiteral("better"), i == QStringLiteral("HME") ? QStringLiteral("higher") : QStringLiteral("lower")}, {QStringLiteral("source"), i == QStringLiteral("SJUK") ? QStringLiteral("sjukfranvaro") : QStringLiteral("import")}});
        for (int y = 2017; y <= 2026; ++y)
            w(store, clock, QStringLiteral("targets"), Ids::target(Ids::indicator(i), root, y), {{QStringLiteral("indicator_id"), Ids::indicator(i)}, {QStringLiteral("unit_id"), root}, {QStringLiteral("year"), y}, {QStringLiteral("kind"), i == QStringLiteral("HME") ? QStringLiteral("min") : QStringLiteral("max")}, {QStringLiteral("value"), i == QStringLiteral("HME") ? 75.0 : 10.0}, {QStringLiteral("tolerance"), 2.0}});
    }
    const QStringList cats = {QStringLiteral("intakter"), QStringLiteral("personalkostnader"), QStringLiteral("ovriga_kostnader"), QStringLiteral("kapitalkostnader")};
    for (const QString &u : std::as_const(leaves)) {
        for (int y = 2017; y <= 2026; ++y) {
            for (const QString &i : {QStringLiteral("HME"), QStringLiteral("OMS"), QStringLiteral("TIMV")})
                w(store, clock, QStringLiteral("indicator_values"), Ids::indicatorValue(Ids::indicator(i), u, QString::number(y)), {{QStringLiteral("indicator_id"), Ids::indicator(i)}, {QStringLiteral("unit_id"), u}, {QStringLiteral("period"), QString::number(y)}, {QStringLiteral("value"), 5.0 + rng->bounded(70)}});
            for (int m = 1; m <= 12 && !(y == 2026 && m > 10); ++m) {
                const QString month = QStringLiteral("%1-%2").arg(y).arg(m, 2, 10, QLatin1Char('0'));
                const double sched = 3000 + rng->bounded(2000), sick = sched * (0.04 + rng->bounded(0.1));
                w(store, clock, QStringLiteral("sick_leave"), Ids::sickLeave(u, month), {{QStringLiteral("unit_id"), u}, {QStringLiteral("month"), month}, {QStringLiteral("scheduled_hours"), sched}, {QStringLiteral("sick_hours"), sick}, {QStringLiteral("short_hours"), sick * 0.5}, {QStringLiteral("long_hours"), sick * 0.3}, {QStringLiteral("sick_pay_cost"), sick * 200}});
                for (const QString &c : cats) {
                    const double b = c == cats[1] ? 2000 : 250;
                    w(store, clock, QStringLiteral("budget"), Ids::budget(u, month, c), {{QStringLiteral("unit_id"), u}, {QStringLiteral("month"), month}, {QStringLiteral("category"), c}, {QStringLiteral("budget"), b}, {QStringLiteral("actual"), b * (0.9 + rng->bounded(0.2))}});
                }
            }
        }
    }
    *units = leaves;
    return store.commit(&error);
}
} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication::setApplicationName(QStringLiteral("enhetspuls-bench"));
    QApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = argc > 1 ? QString::fromLocal8Bit(argv[1]) : dir.filePath(QStringLiteral("bench.sqlite"));
    QStringList units;
    QString error;
    {
        QElapsedTimer t;
        t.start();
        auto db = Database::open(path, &error);
        if (!db || !build(*db, &units)) {
            fprintf(stderr, "bench_app: cannot build the database: %s\n", qPrintable(error));
            return 1;
        }
        printf("built %lld units × 10 years in %.1f s (%s)\n", qlonglong(units.size() + 12), t.elapsed() / 1000.0, qPrintable(path));
    }
    const double rssBefore = rssMb();

    QElapsedTimer open;
    open.start();
    auto db = Database::open(path, &error);
    Store store(*db, Store::Role::Client);
    HlcClock clock(QStringLiteral("bench"));
    FollowUp followUp(*db);
    followUp.reload();
    Notes notes(store, clock);
    AppSettings::Options options;
    options.today = QStringLiteral("2026-11-22");
    AppSettings settings(options);
    Navigation navigation(nullptr);
    FigureCache figureCache(*db, followUp);
    Selection selection(followUp, settings);
    Editor editor(notes, followUp, selection, settings, figureCache);
    selection.selectUnit(units.first());
    selection.setPeriod(2026, 10);
    QQuickStyle::setStyle(QStringLiteral("Material"));
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Enhetspuls/Main.qml")));
    auto *win = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!win)
        return 1;
    win->grabWindow(); // the first complete frame
    const qint64 firstMs = open.elapsed();

    QList<qint64> switches;
    for (int i = 1; i <= 20; ++i) {
        QElapsedTimer t;
        t.start();
        selection.selectUnit(i % 5 == 0 ? Ids::unit(QStringLiteral("O%1").arg(i % 11)) : units.at(i * 7 % units.size()));
        QCoreApplication::processEvents();
        win->grabWindow();
        switches << t.elapsed();
    }
    std::sort(switches.begin(), switches.end());
    const qint64 median = switches.at(switches.size() / 2), worst = switches.last();
    QElapsedTimer rootT;
    rootT.start();
    selection.selectUnit(Ids::unit(QStringLiteral("SOC")));
    QCoreApplication::processEvents();
    win->grabWindow();
    const qint64 rootMs = rootT.elapsed();
    const double rss = rssMb();
    printf("first interactive overview: %lld ms (target < 1000 ms) %s\n", firstMs, firstMs < 1000 ? "OK" : "SLOW");
    printf("unit switch incl. render: median %lld ms, worst %lld ms (target < 100 ms) %s\n", median, worst, worst < 100 ? "OK" : "SLOW");
    printf("switch to the whole förvaltning (200 units rolled up): %lld ms\n", rootMs);
    printf("resident memory: %.0f MB (%.0f MB before the app) (target < 200 MB) %s\n", rss, rssBefore, rss < 200 ? "OK" : "HIGH");
    return 0;
}
