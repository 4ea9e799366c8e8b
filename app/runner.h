#pragma once
// The non-interactive runs: --self-test (visit every page, fail on any QML warning) and
// --screenshot (render a page offscreen at a size and save a PNG).
#include <QList>
#include <QSize>
#include <QString>
#include <memory>

class AppSettings;
class Editor;
class FigureCache;
class Navigation;
class QQmlApplicationEngine;
class Selection;
struct Services;

namespace Runner {
// Installs a message handler that counts QML/JS warnings and errors (and still prints them).
void installWarningCounter();
int warningCount();
// Visits every page of the loaded Main.qml, switches unit and period once, renders each page;
// returns the process exit code (non-zero on any QML warning).
int selfTest(QQmlApplicationEngine &engine);
// The layout and accessibility check (LayoutCheck) over every page and its dialogs for the demo
// units (one period with no data, VO-HTN, the parent SOC) at 1280x800, 800x1280 and 1920x1080,
// light and dark, and with text at `textSizes` times its size; prints one line per problem and
// returns non-zero when there is any.
// An empty `onlySize` / `onlyUnit` means all of them.
int layoutCheck(QQmlApplicationEngine &engine, const QList<double> &textSizes, QSize onlySize = {},
                const QString &onlyUnit = {});
// The visible-focus check (LayoutCheck::checkFocus) of every page for the demo units VO-HTN and
// SOC at `size`, light and dark, and the Tab order check (LayoutCheck::checkTabOrder, light);
// prints one line per control that shows no focus or step against the reading order and
// returns non-zero when there is any.
int focusCheck(QQmlApplicationEngine &engine, QSize size, const QString &onlyUnit = {});
// Sets Theme.fontScale (the large-text setting) in the loaded Main.qml.
void setTextSize(QQmlApplicationEngine &engine, double factor);
// Renders `page` at `size` and saves it to `file`; returns the exit code.
int screenshot(QQmlApplicationEngine &engine, const QString &file, QSize size, const QString &page);
// Renders every page at `size` into dir/<page>-<W>x<H>.png; returns the exit code.
int screenshotAll(QQmlApplicationEngine &engine, const QString &dir, QSize size);
// Types `text` into the visible item named `objectName` of the loaded window as key presses
// (the item focused, no focus change afterwards); false if no such item shows within 5 s.
bool typeInto(QQmlApplicationEngine &engine, const QString &objectName, const QString &text);
// The state objects of an `enhetspuls --demo` start over `services` (opened with demo = true),
// built as main() builds them: the demo's richest unit (VO-HTN) and its latest month. Used by
// the Qt Quick Tests; destroyed in reverse order of construction.
struct DemoState
{
    DemoState(Services &services, const QString &language);
    ~DemoState();
    std::unique_ptr<AppSettings> settings;
    std::unique_ptr<Navigation> navigation;
    std::unique_ptr<FigureCache> figureCache;
    std::unique_ptr<Selection> selection;
    std::unique_ptr<Editor> editor;
};
// The unit the demo opens on: the one with the richest demo data.
inline QString demoUnitCode() { return QStringLiteral("VO-HTN"); }
} // namespace Runner
