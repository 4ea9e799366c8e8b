#include "runner.h"

#include "appsettings.h"
#include "editor.h"
#include "figurecache.h"
#include "layoutcheck.h"
#include "navigation.h"
#include "selection.h"
#include "services.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QKeyEvent>
#include <QQmlApplicationEngine>
#include <QQmlExpression>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSet>
#include <QSettings>
#include <QTimer>
#include <QTextStream>
#include <cstdio>
#include <algorithm>
#include <functional>
#include <cstdlib>

namespace {
int g_warnings = 0;
QtMessageHandler g_previous = nullptr;

bool isQmlMessage(const QMessageLogContext &ctx, const QString &msg)
{
    const QByteArray category = ctx.category ? QByteArray(ctx.category) : QByteArray();
    const QByteArray file = ctx.file ? QByteArray(ctx.file) : QByteArray();
    return category == "qml" || category == "js" || category.startsWith("qt.qml")
        || category.startsWith("qt.quick") || file.endsWith(".qml") || msg.contains(QStringLiteral(".qml:"))
        || msg.contains(QStringLiteral("qrc:/"));
}

void handler(QtMsgType type, const QMessageLogContext &ctx, const QString &msg)
{
    if (type != QtDebugMsg && type != QtInfoMsg && isQmlMessage(ctx, msg))
        ++g_warnings;
    if (g_previous)
        g_previous(type, ctx, msg);
    // A QML module missing on this machine: Qt goes on with a half-built object and may crash
    // later (FileDialog without Qt.labs.folderlistmodel did); end here, saying which one.
    if (type != QtDebugMsg && type != QtInfoMsg && msg.contains(QStringLiteral("is not installed"))) {
        fprintf(stderr, "self-test: a QML module the app imports is not installed (scripts/deps.sh installs them):\n  %s\n",
                qPrintable(msg));
        fflush(stderr);
        std::_Exit(4);
    }
}

// Runs the event loop for `ms`. These runs come before app.exec(), where Qt never deletes what
// deleteLater() was asked to: a Loader's page and an open Popup in it (the APT presentation)
// stayed alive and on screen behind the next page. Deleted here as a real event loop would.
void pump(int ms)
{
    QElapsedTimer t;
    t.start();
    do {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    } while (t.elapsed() < ms);
}

// Runs the event loop until `win` is still: every popup fully open or fully closed (not in its
// enter or exit transition), no frame rendered for two ticks in a row (an animation renders
// every frame) and at least `minMs` gone; at most `maxMs`. Returns the milliseconds waited.
// The layout check reads geometry and colours, which are only final once the window is still.
qint64 settle(QQuickWindow *win, int minMs = 30, int maxMs = 3000)
{
    QElapsedTimer t;
    t.start();
    int frames = 0;
    const QMetaObject::Connection c = QObject::connect(win, &QQuickWindow::frameSwapped, [&frames] { ++frames; });
    int quietTicks = 0;
    while (t.elapsed() < maxMs) {
        frames = 0;
        QEventLoop loop;
        QTimer::singleShot(15, &loop, &QEventLoop::quit);
        loop.exec();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        bool moving = frames > 0;
        if (!moving) {
            const QList<QObject *> all = win->findChildren<QObject *>();
            for (QObject *o : all) {
                if (o->inherits("QQuickPopup") && o->property("visible").toBool() != o->property("opened").toBool()) {
                    moving = true;
                    break;
                }
            }
        }
        quietTicks = moving ? 0 : quietTicks + 1;
        if (quietTicks >= 2 && t.elapsed() >= minMs)
            break;
    }
    QObject::disconnect(c);
    return t.elapsed();
}

// The item named `name` under `root`, in the visual tree or among the QObject children.
QQuickItem *findItem(QObject *root, const QString &name)
{
    if (!root)
        return nullptr;
    auto *item = qobject_cast<QQuickItem *>(root);
    if (item && root->objectName() == name)
        return item;
    QObjectList children = root->children();
    if (item) {
        const QList<QQuickItem *> visual = item->childItems();
        for (QQuickItem *c : visual) {
            if (!children.contains(c))
                children << c;
        }
    }
    for (QObject *c : std::as_const(children)) {
        if (QQuickItem *found = findItem(c, name))
            return found;
    }
    return nullptr;
}

// The overlay's visible child items (open popups and their dimmers).
QList<QQuickItem *> overlayItems(QQuickWindow *win)
{
    QList<QQuickItem *> out;
    for (QQuickItem *c : win->contentItem()->childItems()) {
        if (!c->inherits("QQuickOverlay"))
            continue;
        for (QQuickItem *p : c->childItems()) {
            if (p->isVisible())
                out << p;
        }
    }
    return out;
}

// Opens and closes every Qt Quick dialog on the page (objectName ending in "Dialog"): Qt loads
// a dialog's implementation, and the modules it imports, only when it is first opened, so a
// module missing from the machine (Qt.labs.folderlistmodel for FileDialog) would otherwise
// pass the self-test and crash the app at the user's first click.
// `whileOpen` (the layout check) gets the overlay items the dialog added, once it is still.
// `kinds`: the objectName endings opened (the layout check adds the pickers and the calendar).
// `scope`: where to look for them (the window; the layout check also opens a dialog's calendars
// while that dialog is open).
// `wanted`: which of them to open (all when not given).
void openDialogs(QQuickWindow *win, const QString &page,
                 const std::function<void(QObject *, const QList<QQuickItem *> &)> &whileOpen = {},
                 const QStringList &kinds = {QStringLiteral("Dialog")}, QObject *scope = nullptr,
                 const std::function<bool(QObject *)> &wanted = {})
{
    const QList<QObject *> all = (scope ? scope : win)->findChildren<QObject *>();
    for (QObject *o : all) {
        if (std::none_of(kinds.begin(), kinds.end(), [o](const QString &k) { return o->objectName().endsWith(k); }))
            continue;
        if (wanted && !wanted(o))
            continue;
        if (o->metaObject()->indexOfMethod("open()") < 0 || o->metaObject()->indexOfMethod("close()") < 0)
            continue;
        const int before = g_warnings;
        const QList<QQuickItem *> shown = overlayItems(win);
        QMetaObject::invokeMethod(o, "open");
        if (whileOpen) {
            settle(win);
            QList<QQuickItem *> added = overlayItems(win);
            added.removeIf([&](QQuickItem *i) { return shown.contains(i); });
            whileOpen(o, added);
        } else {
            pump(150);
        }
        QMetaObject::invokeMethod(o, "close");
        if (whileOpen)
            settle(win); // past the closing transition
        else
            pump(50);
        fprintf(stderr, "self-test: page %s, dialog %s opened (%d QML warnings)\n", qPrintable(page),
                qPrintable(o->objectName()), g_warnings - before);
    }
}

// The checks' walk of the dialogs: opens each dialog on the page (and the unit and period
// pickers with `pickers`) in turn, and inside each the calendars of its date fields, and calls
// `check` with the dialog, where it is ("dialog actionDialog", "dialog actionDialog >
// dueCalendar") and the overlay items it added, once the window is still. `wanted` (the
// dialog, where it is) leaves out those not to open.
void forEachOpenDialog(QQuickWindow *win, const QString &page, bool pickers,
                       const std::function<void(QObject *, const QString &, const QList<QQuickItem *> &)> &check,
                       const std::function<bool(QObject *, const QString &)> &wanted = {})
{
    std::function<void(QObject *, const QList<QQuickItem *> &)> opened;
    QString under; // the dialog a calendar opens from
    const auto where = [&under](QObject *dialog) { return QStringLiteral("dialog ") + under + dialog->objectName(); };
    const auto open = [&](QObject *dialog) { return !wanted || wanted(dialog, where(dialog)); };
    opened = [&](QObject *dialog, const QList<QQuickItem *> &added) {
        check(dialog, where(dialog), added);
        if (under.isEmpty()) {
            under = dialog->objectName() + QStringLiteral(" > ");
            openDialogs(win, page, opened, {QStringLiteral("Calendar")}, dialog, open);
            under.clear();
        }
    };
    openDialogs(win, page, opened, pickers ? QStringList{QStringLiteral("Dialog"), QStringLiteral("Picker")}
                                           : QStringList{QStringLiteral("Dialog")}, nullptr, open);
}

QQuickWindow *window(QQmlApplicationEngine &engine)
{
    return engine.rootObjects().isEmpty() ? nullptr
                                          : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
}
} // namespace

void Runner::installWarningCounter()
{
    g_previous = qInstallMessageHandler(handler);
}

int Runner::warningCount()
{
    return g_warnings;
}

int Runner::selfTest(QQmlApplicationEngine &engine)
{
    QQuickWindow *win = window(engine);
    Navigation *nav = Navigation::instance();
    Selection *selection = Selection::instance();
    if (!win || !nav || !selection) {
        fprintf(stderr, "self-test: Main.qml did not load\n");
        return 2;
    }
    QStringList pages = win->property("screenshotPages").toStringList();
    if (pages.isEmpty())
        pages = win->property("pageNames").toStringList();
    if (pages.isEmpty()) {
        fprintf(stderr, "self-test: Main.qml has no pageNames\n");
        return 2;
    }
    pump(200);
    if (win->property("firstRun").toBool())
        fprintf(stderr, "self-test: no units here: the first-run screen is shown\n");
    for (const QString &page : pages) {
        nav->setPage(page);
        pump(150);
        const QImage img = win->grabWindow();
        if (img.isNull()) {
            fprintf(stderr, "self-test: page %s did not render\n", qPrintable(page));
            return 3;
        }
        fprintf(stderr, "self-test: page %s ok (%d QML warnings so far)\n", qPrintable(page), g_warnings);
        openDialogs(win, page);
    }
    // Switch unit and period once and show every page again.
    selection->stepMonth(-1);
    if (!selection->selectUnitByCode(QStringLiteral("SOC")))
        selection->stepMonth(-1);
    for (const QString &page : pages) {
        nav->setPage(page);
        pump(80);
        win->grabWindow();
    }
    fprintf(stderr, "self-test: %lld pages, %d QML warnings\n", qlonglong(pages.size()), g_warnings);
    return g_warnings == 0 ? 0 : 1;
}

int Runner::screenshot(QQmlApplicationEngine &engine, const QString &file, QSize size, const QString &page)
{
    QQuickWindow *win = window(engine);
    if (!win || !Navigation::instance())
        return 2;
    if (!page.isEmpty())
        Navigation::instance()->setPage(page);
    win->resize(size);
    pump(600);
    const QImage img = win->grabWindow();
    if (img.isNull() || !img.save(file)) {
        fprintf(stderr, "screenshot: cannot save %s\n", qPrintable(file));
        return 3;
    }
    fprintf(stderr, "screenshot: %s (%dx%d, page %s, %d QML warnings)\n", qPrintable(file), img.width(),
            img.height(), qPrintable(Navigation::instance()->page()), g_warnings);
    return g_warnings == 0 ? 0 : 1;
}

int Runner::screenshotAll(QQmlApplicationEngine &engine, const QString &dir, QSize size)
{
    QQuickWindow *win = window(engine);
    if (!win || !Navigation::instance())
        return 2;
    QDir().mkpath(dir);
    win->resize(size);
    pump(300);
    int failed = 0;
    QStringList pages = win->property("screenshotPages").toStringList();
    if (pages.isEmpty())
        pages = win->property("pageNames").toStringList();
    for (const QString &page : std::as_const(pages)) {
        const int before = g_warnings;
        Navigation::instance()->setPage(page);
        pump(500);
        const QString file = QStringLiteral("%1/%2-%3x%4.png").arg(dir, page).arg(size.width()).arg(size.height());
        const QImage img = win->grabWindow();
        if (img.isNull() || !img.save(file))
            ++failed;
        fprintf(stderr, "screenshot: %s (%d QML warnings)\n", qPrintable(file), g_warnings - before);
    }
    return failed > 0 ? 3 : g_warnings == 0 ? 0 : 1;
}

bool Runner::typeInto(QQmlApplicationEngine &engine, const QString &objectName, const QString &text)
{
    QQuickWindow *win = window(engine);
    if (!win)
        return false;
    QElapsedTimer t;
    t.start();
    QQuickItem *item = nullptr;
    while (t.elapsed() < 5000) {
        item = findItem(win, objectName);
        if (item && item->isVisible() && win->isExposed())
            break;
        item = nullptr;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    if (!item) {
        QQuickItem *found = findItem(win, objectName);
        fprintf(stderr, "typeInto: %s %s, window %s\n", qPrintable(objectName),
                !found ? "not found" : found->isVisible() ? "visible" : "not visible",
                win->isExposed() ? "exposed" : "not exposed");
        return false;
    }
    win->requestActivate();
    item->forceActiveFocus();
    pump(50);
    if (!item->hasActiveFocus()) {
        fprintf(stderr, "typeInto: %s does not take focus\n", qPrintable(objectName));
        return false;
    }
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
        QCoreApplication::sendEvent(win, &press);
        QCoreApplication::sendEvent(win, &release);
    }
    return true;
}

Runner::DemoState::DemoState(Services &services, const QString &language)
{
    AppSettings::Options options;
    options.databasePath = QStringLiteral("demo");
    options.demo = true;
    options.language = language;
    QSettings().remove(QStringLiteral("unit")); // reproducible: start from the default unit
    settings = std::make_unique<AppSettings>(options);
    navigation = std::make_unique<Navigation>(nullptr);
    figureCache = std::make_unique<FigureCache>(*services.db, *services.followUp);
    selection = std::make_unique<Selection>(*services.followUp, *settings);
    editor = std::make_unique<Editor>(*services.notes, *services.followUp, *selection, *settings, *figureCache);
    selection->selectUnitByCode(demoUnitCode());
    selection->setPeriod(selection->year(), 0);
}

Runner::DemoState::~DemoState() = default;

void Runner::setTextSize(QQmlApplicationEngine &engine, double factor)
{
    QQuickWindow *win = window(engine);
    if (!win)
        return;
    QQmlExpression expr(qmlContext(win), win, QStringLiteral("Theme.fontScale = %1").arg(factor));
    expr.evaluate();
    if (expr.hasError())
        fprintf(stderr, "text size: %s\n", qPrintable(expr.error().toString()));
}

int Runner::focusCheck(QQmlApplicationEngine &engine, QSize size, const QString &onlyUnit)
{
    QQuickWindow *win = window(engine);
    Navigation *nav = Navigation::instance();
    Selection *selection = Selection::instance();
    AppSettings *settings = AppSettings::instance();
    if (!win || !nav || !selection || !settings)
        return 2;
    QStringList pages = win->property("screenshotPages").toStringList();
    if (pages.isEmpty())
        pages = win->property("pageNames").toStringList();
    if (!size.isValid())
        size = QSize(1280, 800);
    win->resize(size);
    QElapsedTimer timer;
    timer.start();
    int problems = 0, views = 0;
    for (const QString &unit : {QStringLiteral("VO-HTN"), QStringLiteral("SOC")}) {
        if (!onlyUnit.isEmpty() && unit != onlyUnit)
            continue;
        selection->selectUnitByCode(unit);
        selection->setPeriod(selection->year(), 0);
        for (const bool dark : {false, true}) {
            settings->setDarkMode(dark);
            QSet<QString> dialogsDone; // a dialog is the same whichever page opened it
            for (const QString &page : std::as_const(pages)) {
                nav->setPage(page);
                settle(win);
                LayoutCheck::Options o;
                o.where = QStringLiteral("page %1, unit %2, %3x%4 %5").arg(page, unit).arg(size.width()).arg(size.height())
                              .arg(dark ? QStringLiteral("dark") : QStringLiteral("light"));
                const auto judge = [&](const LayoutCheck::Options &view) {
                    QStringList lines = LayoutCheck::checkFocus(win, view, [win] { settle(win, 10); });
                    if (!dark)
                        lines << LayoutCheck::checkTabOrder(win, view); // the same in dark
                    for (const QString &l : lines)
                        fprintf(stderr, "focus-check: %s\n", qPrintable(l));
                    problems += int(lines.size());
                    ++views;
                };
                judge(o);
                // The app's dialogs, pickers and date pickers (Qt's own FileDialog is not the app's).
                forEachOpenDialog(win, page, page == pages.constFirst(),
                                  [&](QObject *, const QString &where, const QList<QQuickItem *> &added) {
                    dialogsDone.insert(where);
                    LayoutCheck::Options d = o;
                    d.where = o.where + QStringLiteral(", ") + where;
                    d.roots = added;
                    judge(d);
                }, [&](QObject *dialog, const QString &where) {
                    return !dialog->inherits("QQuickAbstractDialog") && !dialogsDone.contains(where);
                });
            }
        }
    }
    settings->setDarkMode(false);
    fprintf(stderr, "focus-check: %d views checked in %.1f s, %d problems\n", views, timer.elapsed() / 1000.0, problems);
    return problems == 0 ? 0 : 1;
}

int Runner::layoutCheck(QQmlApplicationEngine &engine, const QList<double> &textSizes, QSize onlySize,
                        const QString &onlyUnit)
{
    QQuickWindow *win = window(engine);
    Navigation *nav = Navigation::instance();
    Selection *selection = Selection::instance();
    AppSettings *settings = AppSettings::instance();
    if (!win || !nav || !selection || !settings)
        return 2;
    QStringList pages = win->property("screenshotPages").toStringList();
    if (pages.isEmpty())
        pages = win->property("pageNames").toStringList();
    selection->selectUnitByCode(demoUnitCode());
    selection->setPeriod(selection->year(), 0);
    const int year = selection->year(), month = selection->month();
    struct Unit { QString label, code; int year, month; };
    const QList<Unit> units = {{QStringLiteral("VO-HTN"), QStringLiteral("VO-HTN"), year, month},
                               {QStringLiteral("SOC"), QStringLiteral("SOC"), year, month},
                               // the demo's APT meetings: items, notes, decisions, closed
                               {QStringLiteral("FS-TAL"), QStringLiteral("FS-TAL"), year, month},
                               {QStringLiteral("VO-HTN 2000-01 (no data)"), QStringLiteral("VO-HTN"), 2000, 1}};
    const QList<QSize> sizes = {QSize(1280, 800), QSize(800, 1280), QSize(1920, 1080)};
    QElapsedTimer timer;
    timer.start();
    int problems = 0, views = 0;
    qint64 waited = 0, checking = 0;
    QStringList known; // in Qt's own FileDialog: listed, not counted
    const auto report = [&](const QStringList &lines) {
        for (const QString &l : lines)
            fprintf(stderr, "layout-check: %s\n", qPrintable(l));
        problems += int(lines.size());
    };
    for (const Unit &u : units) {
        if (!onlyUnit.isEmpty() && u.code != onlyUnit)
            continue;
        selection->selectUnitByCode(u.code);
        selection->setPeriod(u.year, u.month);
        for (const QSize &size : sizes) {
            if (onlySize.isValid() && size != onlySize)
                continue;
            win->resize(size);
            for (const double textSize : textSizes) {
                for (const bool dark : {false, true}) {
                    if (dark && textSize != 1.0)
                        continue; // colours do not change with the text size
                    settings->setDarkMode(dark);
                    setTextSize(engine, textSize);
                    for (const QString &page : std::as_const(pages)) {
                        nav->setPage(page);
                        QElapsedTimer step;
                        step.start();
                        settle(win);
                        waited += step.restart();
                        LayoutCheck::Options o;
                        o.touch = size != QSize(1920, 1080);
                        o.where = QStringLiteral("page %1, unit %2, %3x%4 %5 text x%6")
                                      .arg(page, u.label).arg(size.width()).arg(size.height())
                                      .arg(dark ? QStringLiteral("dark") : QStringLiteral("light")).arg(textSize);
                        report(LayoutCheck::check(win, o, &known));
                        if (!dark)
                            report(LayoutCheck::checkReadingOrder(win, o, &known)); // the same in dark
                        checking += step.restart();
                        ++views;
                        // Dialogs: once per unit, size and text size, in light and dark; only
                        // the dialog itself (the page under it was checked just now).
                        if (u.year == year) {
                            forEachOpenDialog(win, page, page == pages.constFirst(),
                                              [&](QObject *, const QString &dialog, const QList<QQuickItem *> &added) {
                                waited += step.restart();
                                LayoutCheck::Options d = o;
                                d.where = o.where + QStringLiteral(", ") + dialog;
                                d.roots = added;
                                if (added.isEmpty())
                                    report({d.where + QStringLiteral(": the dialog did not open")});
                                else
                                    report(LayoutCheck::check(win, d, &known));
                                if (!added.isEmpty() && !dark)
                                    report(LayoutCheck::checkReadingOrder(win, d, &known));
                                checking += step.restart();
                                ++views;
                            });
                        }
                        waited += step.elapsed();
                    }
                }
            }
        }
    }
    // What Qt's own FileDialog gets wrong, once per kind (without page, unit and size).
    QStringList kinds;
    for (const QString &k : std::as_const(known))
        kinds << k.section(QStringLiteral(": "), 1);
    kinds.removeDuplicates();
    for (const QString &k : std::as_const(kinds))
        fprintf(stderr, "layout-check: known, in Qt's own FileDialog (not the app's to fix): %s\n", qPrintable(k));
    settings->setDarkMode(false);
    setTextSize(engine, 1.0);
    fprintf(stderr, "layout-check: %d views checked in %.1f s (%.1f s waiting for the window to be still, %.1f s checking), %d problems\n",
            views, timer.elapsed() / 1000.0, waited / 1000.0, checking / 1000.0, problems);
    return problems == 0 ? 0 : 1;
}
