#pragma once
// The layout and accessibility check: walks the visible item tree of a window and reports
// overlapping texts, texts outside their card, window or clipping parent, elided headline
// figures, small touch targets, controls without an accessible name and low text contrast.
#include <QString>
#include <functional>
#include <QList>
#include <QStringList>

class QQuickItem;
class QQuickWindow;

namespace LayoutCheck {
struct Options
{
    QString where;        // "page overview, unit VO-HTN, 1280x800 light x1.0": starts every line
    bool touch = true;    // a touch size: controls must be at least minTouch x minTouch
    int minTouch = 40;
    // Only these items and what is under them (an open dialog's popup over a page already
    // checked); empty = the whole window. For the focus checks: the Tab chain of the popup
    // among them (Tab goes round inside an open popup) instead of the window's.
    QList<QQuickItem *> roots;
};
// One line per problem found in `window` (its content and any open popups); empty when good.
// Problems inside Qt Quick Dialogs' own FileDialog, which the app cannot change, are not among
// them: they go to `known` (when given), to be listed as such.
QStringList check(QQuickWindow *window, const Options &options, QStringList *known = nullptr);
// Visible focus (WCAG 2.4.7): gives each control of the window's Tab chain that is on screen
// keyboard focus in turn and compares the window with how it looked with the focus nowhere;
// one line per control whose look does not change where it is. `settle` runs the event loop
// until the window is still.
QStringList checkFocus(QQuickWindow *window, const Options &options, const std::function<void()> &settle);
// Focus order (WCAG 2.4.3): walks the window's Tab chain once round and reports each step that
// goes back against the reading order inside one part of the window (the header, the footer,
// a popup, the rest): to a control wholly above the one before and not to the right of it.
// Going from one part to the next (the header to the page, the navigation rail to the page
// beside it) is not such a step.
QStringList checkTabOrder(QQuickWindow *window, const Options &options);
// Reading order (WCAG 1.3.2): walks the accessibility tree as a screen reader reads it (the items
// shown that have a name, depth first) and reports each step back against the reading order
// inside one part of the window, by the same rule as checkTabOrder. With a popup among
// `options.roots`, that popup's tree. Steps inside Qt's own FileDialog go to `known`, as in check().
// Texts are put in the tree first (with no screen reader running Qt leaves them out).
QStringList checkReadingOrder(QQuickWindow *window, const Options &options, QStringList *known = nullptr);
// WCAG 2.1 contrast ratio of two opaque colours given as 0xRRGGBB (1..21).
double contrast(unsigned rgb1, unsigned rgb2);
} // namespace LayoutCheck
