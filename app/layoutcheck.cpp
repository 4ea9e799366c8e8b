#include "layoutcheck.h"

#include <QAccessible>
#include <QImage>
#include <QSet>
#include <QColor>
#include <QFont>
#include <QQmlContext>
#include <QQmlListReference>
#include <QQmlProperty>
#include <QQuickItem>
#include <QBrush>
#include <QQuickWindow>
#include <QtMath>
#include <algorithm>
#include <cmath>

namespace {
// The QML type name of `o` ("Card" for Card.qml, "Button" for QQuickButton) and whether it or a
// base type is named `name`.
QString typeName(const QMetaObject *mo)
{
    QString n = QString::fromLatin1(mo->className());
    const qsizetype q = n.indexOf(QLatin1String("_QML"));
    if (q > 0)
        n.truncate(q);
    if (n.startsWith(QLatin1String("QQuick")))
        n.remove(0, 6);
    if (n == QLatin1String("DeclarativeChart"))
        n = QStringLiteral("ChartView"); // Qt Charts' QML type
    return n;
}

bool isType(const QObject *o, const QString &name)
{
    for (const QMetaObject *mo = o->metaObject(); mo; mo = mo->superClass()) {
        if (typeName(mo) == name)
            return true;
    }
    return false;
}

bool isText(const QQuickItem *i)
{
    return i->inherits("QQuickText") || i->inherits("QQuickTextInput") || i->inherits("QQuickTextEdit");
}

QString describe(const QQuickItem *i)
{
    QString d = i->objectName().isEmpty() ? typeName(i->metaObject()) : i->objectName();
    QString text = i->property("text").toString();
    if (text.isEmpty() && i->inherits("QQuickTextInput") == false)
        text = i->property("placeholderText").toString();
    text = text.simplified();
    if (text.size() > 40)
        text = text.left(38) + QStringLiteral("…");
    if (!text.isEmpty())
        d += QStringLiteral(" \"%1\"").arg(text);
    return d;
}

struct Node
{
    QQuickItem *item;
    int paint; // paint order: later paints over earlier
};

struct Walk
{
    QList<Node> nodes;
    void visit(QQuickItem *item)
    {
        if (!item->isVisible() || item->opacity() <= 0.01)
            return;
        QList<QQuickItem *> kids = item->childItems();
        std::stable_sort(kids.begin(), kids.end(), [](QQuickItem *a, QQuickItem *b) { return a->z() < b->z(); });
        for (QQuickItem *k : std::as_const(kids)) {
            if (k->z() < 0)
                visit(k);
        }
        nodes.append({item, int(nodes.size())});
        for (QQuickItem *k : std::as_const(kids)) {
            if (k->z() >= 0)
                visit(k);
        }
    }
};

qreal effectiveOpacity(const QQuickItem *i)
{
    qreal o = 1;
    for (; i; i = i->parentItem())
        o *= i->opacity();
    return o;
}

// Where the text's glyphs are, in scene coordinates (a Text's box may be wider than its text).
QRectF paintedRect(const QQuickItem *t)
{
    const QRectF box(0, 0, t->width(), t->height());
    if (!t->inherits("QQuickText"))
        return t->mapRectToScene(box);
    const qreal cw = t->property("contentWidth").toReal();
    const qreal ch = t->property("contentHeight").toReal();
    const int h = t->property("effectiveHorizontalAlignment").toInt();
    const int v = t->property("verticalAlignment").toInt();
    // The glyphs are aligned inside the padding (a Switch's label is padded past its indicator).
    const qreal left = t->property("leftPadding").toReal(), top = t->property("topPadding").toReal();
    const qreal w = t->width() - left - t->property("rightPadding").toReal();
    const qreal hh = t->height() - top - t->property("bottomPadding").toReal();
    qreal x = left, y = top;
    if (h & Qt::AlignRight)
        x += w - cw;
    else if (h & Qt::AlignHCenter)
        x += (w - cw) / 2;
    if (v & Qt::AlignBottom)
        y += hh - ch;
    else if (v & Qt::AlignVCenter)
        y += (hh - ch) / 2;
    return t->mapRectToScene(QRectF(x, y, cw, ch));
}

bool inside(const QRectF &inner, const QRectF &outer, qreal tol = 1.5)
{
    return inner.left() >= outer.left() - tol && inner.right() <= outer.right() + tol
        && inner.top() >= outer.top() - tol && inner.bottom() <= outer.bottom() + tol;
}

// Inside one of Qt Quick Dialogs' own implementations (QQuickFileDialogImpl: the FileDialog
// the app shows where the platform has none), which the app cannot change.
bool inQtDialog(const QQuickItem *i)
{
    for (; i; i = i->parentItem()) {
        // A popup's item is owned (as QObject) by the popup, the implementation.
        for (const QObject *o : {static_cast<const QObject *>(i), static_cast<const QObject *>(i->parent())}) {
            for (const QMetaObject *mo = o ? o->metaObject() : nullptr; mo; mo = mo->superClass()) {
                const QByteArray n(mo->className());
                if (n.startsWith("QQuick") && n.endsWith("DialogImpl"))
                    return true;
            }
        }
    }
    return false;
}

bool isFlickable(const QQuickItem *i) { return i && i->inherits("QQuickFlickable"); }

// Input fields scroll their own text: what is inside them is not judged for position.
bool inInput(const QQuickItem *i)
{
    for (QQuickItem *p = i->parentItem(); p; p = p->parentItem()) {
        if (p->inherits("QQuickTextInput") || p->inherits("QQuickTextEdit") || p->inherits("QQuickComboBox")
            || p->inherits("QQuickSpinBox"))
            return true;
    }
    return false;
}

bool isInteractive(const QQuickItem *i)
{
    if (i->inherits("QQuickAbstractButton") || i->inherits("QQuickComboBox") || i->inherits("QQuickSpinBox")
        || i->inherits("QQuickSlider"))
        return true;
    if ((i->inherits("QQuickTextInput") || i->inherits("QQuickTextEdit")) && !i->property("readOnly").toBool())
        return !inInput(i);
    if (i->inherits("QQuickMouseArea") && i->isEnabled() && i->property("acceptedButtons").toInt() != 0) {
        for (QQuickItem *p = i->parentItem(); p; p = p->parentItem()) {
            if (p->inherits("QQuickControl") || p->inherits("QQuickTextInput") || p->inherits("QQuickTextEdit"))
                return false; // part of a control judged itself
        }
        return true;
    }
    return false;
}

QString accessibleName(QQuickItem *i, QAccessible::Role *role)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(i);
    *role = iface ? iface->role() : QAccessible::NoRole;
    QString name = iface ? iface->text(QAccessible::Name) : QString();
    // A control's own text is its accessible name (Qt sets it so once accessibility is active).
    if (name.trimmed().isEmpty() && i->inherits("QQuickAbstractButton"))
        name = i->property("text").toString();
    if (name.trimmed().isEmpty())
        name = i->property("placeholderText").toString();
    return name.trimmed();
}


double luminance(const QColor &c)
{
    auto ch = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF());
}

QColor blend(const QColor &top, qreal alpha, const QColor &bottom)
{
    return QColor::fromRgbF(top.redF() * alpha + bottom.redF() * (1 - alpha),
                            top.greenF() * alpha + bottom.greenF() * (1 - alpha),
                            top.blueF() * alpha + bottom.blueF() * (1 - alpha));
}

double pixelSize(const QFont &f)
{
    return f.pixelSize() > 0 ? f.pixelSize() : f.pointSizeF() * 4.0 / 3.0;
}

// WCAG 1.4.3: text `what` in `colour` (at `opacity`) on `bg` in `font` has at least 4.5:1, or 3:1
// when large (24 px, or 18.67 px bold); a line to `sink` if not.
void judgeContrast(QStringList &sink, const QString &what, const QColor &colour, qreal opacity, const QColor &bg,
                   const QFont &font)
{
    const QColor fg = blend(colour, colour.alphaF() * opacity, bg);
    const qreal px = pixelSize(font);
    const bool large = px >= 24 || (font.bold() && px >= 18.6);
    const double need = large ? 3.0 : 4.5;
    const double got = LayoutCheck::contrast(fg.rgb() & 0xffffff, bg.rgb() & 0xffffff);
    if (got < need - 0.005)
        sink << QStringLiteral("%1 has contrast %2:1 (%3 on %4), needs %5:1")
                    .arg(what).arg(got, 0, 'f', 2).arg(fg.name(), bg.name()).arg(need, 0, 'f', 1);
}

// Qt Charts draws a ChartView's title, legend and axis labels itself, with no Text items: their
// colours and fonts are read from the chart and judged against its background over `under`. And
// the chart must have a text alternative.
void judgeChart(QStringList &sink, const QString &at, QQuickItem *chart, const QColor &under)
{
    const QColor own = chart->property("backgroundColor").value<QColor>();
    const QColor bg = blend(own, own.alphaF(), under);
    const qreal opacity = effectiveOpacity(chart);
    const QString name = describe(chart) + (chart->property("title").toString().isEmpty()
                                                ? QString() : QStringLiteral(" \"%1\"").arg(chart->property("title").toString()));
    // A graph is read out in words (WCAG 1.1.1): what it shows and what it draws.
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(chart);
    if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty() || iface->text(QAccessible::Description).trimmed().isEmpty())
        sink << at + name + QStringLiteral(" has no text alternative (an accessible name and a description of what it draws)");
    if (!chart->property("title").toString().isEmpty())
        judgeContrast(sink, at + name + QStringLiteral(" title"), chart->property("titleColor").value<QColor>(), opacity, bg,
                      chart->property("titleFont").value<QFont>());
    const QObject *legend = chart->property("legend").value<QObject *>();
    if (legend && legend->property("visible").toBool())
        judgeContrast(sink, at + name + QStringLiteral(" legend"), legend->property("labelColor").value<QColor>(), opacity, bg,
                      legend->property("font").value<QFont>());
    QQmlListReference axes(chart, "axes");
    for (qsizetype a = 0; a < axes.count(); ++a) {
        const QObject *axis = axes.at(a);
        if (!axis || !axis->property("visible").toBool())
            continue;
        const QString which = QStringLiteral(" %1 axis").arg(axis->property("orientation").toInt() == Qt::Horizontal ? QStringLiteral("x") : QStringLiteral("y"));
        if (axis->property("labelsVisible").toBool())
            judgeContrast(sink, at + name + which + QStringLiteral(" labels"), axis->property("labelsColor").value<QColor>(), opacity,
                          bg, axis->property("labelsFont").value<QFont>());
        if (axis->property("titleVisible").toBool() && !axis->property("titleText").toString().isEmpty())
            judgeContrast(sink, at + name + which + QStringLiteral(" title"), axis->property("titleBrush").value<QBrush>().color(),
                          opacity, bg, axis->property("titleFont").value<QFont>());
    }
}
} // namespace

double LayoutCheck::contrast(unsigned rgb1, unsigned rgb2)
{
    const double a = luminance(QColor::fromRgb(rgb1)), b = luminance(QColor::fromRgb(rgb2));
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

QStringList LayoutCheck::check(QQuickWindow *window, const Options &options, QStringList *known)
{
    QStringList out, qtDialog;
    if (!window || !window->contentItem())
        return {options.where + QStringLiteral(": no window")};
    QAccessible::setActive(true);
    Walk walk;
    if (options.roots.isEmpty())
        walk.visit(window->contentItem());
    for (QQuickItem *root : options.roots)
        walk.visit(root);
    const QRectF windowRect(0, 0, window->width(), window->height());
    const QString at = options.where + QStringLiteral(": ");

    struct TextInfo
    {
        QQuickItem *item;
        QRectF rect;
        int paint;
        QQuickItem *view = nullptr; // the innermost scrolling view it is in
        QRectF shown;               // the part its clipping parents let through
    };
    const auto info = [](QQuickItem *i, const QRectF &r, int paint) {
        TextInfo t{i, r, paint};
        t.shown = r;
        for (QQuickItem *p = i->parentItem(); p; p = p->parentItem()) {
            if (!t.view && isFlickable(p))
                t.view = p;
            if (p->clip())
                t.shown &= p->mapRectToScene(QRectF(0, 0, p->width(), p->height()));
        }
        return t;
    };
    // What Tab reaches: the window's focus chain, as far as Tab goes before it comes round, and
    // each open popup's (a popup is a tab fence: Tab stays inside it while it is open).
    QSet<QQuickItem *> tabChain;
    QList<QQuickItem *> starts{window->contentItem()};
    for (const Node &n : std::as_const(walk.nodes)) {
        if (n.item->inherits("QQuickPopupItem"))
            starts << n.item;
    }
    for (QQuickItem *start : std::as_const(starts)) {
        QSet<QQuickItem *> seen;
        // (With nothing to reach, the chain gives back where it started: only items that take
        // focus on Tab count.)
        for (QQuickItem *it = start->nextItemInFocusChain(true); it && !seen.contains(it); it = it->nextItemInFocusChain(true))
            seen.insert(it);
        seen.removeIf([](QQuickItem *it) { return !it->activeFocusOnTab(); });
        tabChain.unite(seen);
    }
    const auto reachable = [&tabChain](QQuickItem *i) {
        for (QQuickItem *p = i; p; p = p->parentItem()) {
            if (tabChain.contains(p))
                return true; // the control, or the control it is part of (a field's editor)
        }
        return false;
    };
    QList<TextInfo> texts;
    QList<Node> rects;
    // What is painted at `c` below `item` (paint order `paint`): the window's colour and each
    // rectangle painted earlier there, blended. A text scrolled out of its view (further down a
    // page, a slide beside the one shown) is judged against what scrolls with it at its place,
    // and against what lies behind the view where the view is.
    const auto backgroundAt = [&rects, window](QQuickItem *item, QPointF c, int paint) {
        QColor bg = window->color();
        QList<QQuickItem *> views;
        for (QQuickItem *p = item->parentItem(); p; p = p->parentItem()) {
            if (isFlickable(p))
                views << p;
        }
        for (const Node &rn : std::as_const(rects)) {
            if (rn.paint >= paint)
                break;
            QPointF at = c;
            for (QQuickItem *v : std::as_const(views)) {
                QQuickItem *content = v->property("contentItem").value<QQuickItem *>();
                if (content && content->isAncestorOf(rn.item))
                    continue;
                const QRectF vr = v->mapRectToScene(QRectF(0, 0, v->width(), v->height()));
                at = QPointF(std::clamp(at.x(), vr.left(), vr.right() - 0.5), std::clamp(at.y(), vr.top(), vr.bottom() - 0.5));
            }
            const QRectF rr = rn.item->mapRectToScene(QRectF(0, 0, rn.item->width(), rn.item->height()));
            const QColor col = rn.item->property("color").value<QColor>();
            if (rr.contains(at) && col.alphaF() > 0)
                bg = blend(col, col.alphaF() * effectiveOpacity(rn.item), bg);
        }
        return bg;
    };
    for (const Node &n : std::as_const(walk.nodes)) {
        QQuickItem *i = n.item;
        QStringList &sink = inQtDialog(i) ? qtDialog : out;
        if (i->inherits("QQuickRectangle"))
            rects.append(n);
        if (i->inherits("DeclarativeChart"))
            judgeChart(sink, at, i, backgroundAt(i, i->mapToScene(QPointF(i->width() / 2, i->height() / 2)), n.paint));
        if (isInteractive(i)) {
            if (options.touch && (i->width() < options.minTouch - 0.5 || i->height() < options.minTouch - 0.5))
                sink << at + QStringLiteral("%1 is %2x%3 px, smaller than %4x%4 for touch")
                                .arg(describe(i)).arg(qRound(i->width())).arg(qRound(i->height())).arg(options.minTouch);
            QAccessible::Role role;
            QQuickItem *named = i;
            QString name = accessibleName(i, &role);
            if (name.isEmpty() && i->inherits("QQuickMouseArea") && i->parentItem()) {
                named = i->parentItem();
                name = accessibleName(named, &role);
            }
            // Qt 6.4 hands a screen reader no name, description or text at all for a password
            // field, whatever the app sets (the README says so): not the app's to fix.
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(named);
            const bool password = iface && iface->state().passwordEdit;
            // Every control is reached with Tab (WCAG 2.1.1): a bare MouseArea or a control with
            // no tab focus can only be used with a pointer.
            if (i->isEnabled() && !reachable(i))
                sink << at + QStringLiteral("%1 cannot be reached with Tab").arg(describe(i));
            if (name.isEmpty() && !password)
                sink << at + QStringLiteral("%1 has no accessible name").arg(describe(i));
            else if (role == QAccessible::NoRole || role == QAccessible::Client)
                sink << at + QStringLiteral("%1 has no accessible role").arg(describe(named));
        }
        if (!isText(i) || i->width() <= 0 || i->height() <= 0)
            continue;
        if (i->property("text").toString().trimmed().isEmpty())
            continue;
        const QRectF r = paintedRect(i);
        if (r.width() < 1 || r.height() < 1)
            continue;

        // Contrast against what is painted below the text's centre.
        if (i->isEnabled())
            judgeContrast(sink, at + describe(i), i->property("color").value<QColor>(), effectiveOpacity(i),
                          backgroundAt(i, r.center(), n.paint), i->property("font").value<QFont>());
        if (inInput(i) || i->inherits("QQuickTextInput") || i->inherits("QQuickTextEdit")) {
            texts.append(info(i, r, n.paint));
            continue;
        }
        // Headline figures are never elided.
        bool headline = i->property("headline").toBool();
        QQuickItem *card = nullptr, *clipper = nullptr, *flick = nullptr;
        for (QQuickItem *p = i->parentItem(); p; p = p->parentItem()) {
            if (isType(p, QStringLiteral("KeyFigure")) || isType(p, QStringLiteral("PresentFigure")))
                headline = headline || pixelSize(i->property("font").value<QFont>()) >= 20;
            if (!card && !flick && isType(p, QStringLiteral("Card")))
                card = p; // a card around a scrolling list holds the list, not each row
            if (!flick && isFlickable(p))
                flick = p;
            if (!clipper && !flick && p->clip() && !isFlickable(p->parentItem()))
                clipper = p;
        }
        if (headline && i->property("truncated").toBool())
            sink << at + QStringLiteral("headline figure %1 is elided").arg(describe(i));
        if (card && !inside(r, card->mapRectToScene(QRectF(0, 0, card->width(), card->height()))))
            sink << at + QStringLiteral("%1 runs outside its card %2").arg(describe(i), describe(card));
        if (clipper && !inside(r, clipper->mapRectToScene(QRectF(0, 0, clipper->width(), clipper->height()))))
            sink << at + QStringLiteral("%1 runs outside its clipping parent %2").arg(describe(i), describe(clipper));
        if (flick) {
            // In a Flickable: judged where it is in the content; across, within the view unless it flicks sideways.
            const QRectF fr = flick->mapRectToScene(QRectF(0, 0, flick->width(), flick->height()));
            const bool sideways = flick->property("contentWidth").toReal() > flick->width() + 1;
            if (!sideways && (r.left() < fr.left() - 1.5 || r.right() > fr.right() + 1.5))
                sink << at + QStringLiteral("%1 runs outside the side of its scrolling view %2").arg(describe(i), describe(flick));
        } else if (!inside(r, windowRect)) {
            sink << at + QStringLiteral("%1 runs outside the window").arg(describe(i));
        }
        texts.append(info(i, r, n.paint));
    }
    // Two visible texts over each other (neither inside the other, as a field and its placeholder).
    for (qsizetype a = 0; a < texts.size(); ++a) {
        for (qsizetype b = a + 1; b < texts.size(); ++b) {
            // In the same scrolling view: where they are in its content (scrolled away or not).
            // Else only what is shown of each: a row scrolled out of a short list is not over
            // the text under the list.
            const bool together = texts[a].view == texts[b].view;
            const QRectF x = together ? texts[a].rect.intersected(texts[b].rect) : texts[a].shown.intersected(texts[b].shown);
            if (x.width() <= 2 || x.height() <= 2)
                continue;
            if (texts[a].item->isAncestorOf(texts[b].item) || texts[b].item->isAncestorOf(texts[a].item))
                continue;
            // Not when an opaque surface painted between them covers the place (a popup over a page).
            const int lo = std::min(texts[a].paint, texts[b].paint), hi = std::max(texts[a].paint, texts[b].paint);
            bool covered = false;
            for (const Node &rn : std::as_const(rects)) {
                if (rn.paint <= lo || rn.paint >= hi)
                    continue;
                const QColor col = rn.item->property("color").value<QColor>();
                if (col.alphaF() > 0.99 && effectiveOpacity(rn.item) > 0.99
                    && rn.item->mapRectToScene(QRectF(0, 0, rn.item->width(), rn.item->height())).contains(x)) {
                    covered = true;
                    break;
                }
            }
            if (covered)
                continue;
            (inQtDialog(texts[a].item) && inQtDialog(texts[b].item) ? qtDialog : out) << at + QStringLiteral("%1 overlaps %2").arg(describe(texts[a].item), describe(texts[b].item));
        }
    }
    out.removeDuplicates();
    if (known) {
        qtDialog.removeDuplicates();
        *known << qtDialog;
    }
    return out;
}

namespace {
// Where the Tab chain of the view starts: the open popup among `options.roots` (a tab fence:
// Tab goes round inside it), or else the window's content.
QQuickItem *tabStart(QQuickWindow *window, const LayoutCheck::Options &options)
{
    for (QQuickItem *r : options.roots) {
        if (r->inherits("QQuickPopupItem"))
            return r;
    }
    return window->contentItem();
}

// The controls of the Tab chain from `start` in order, once round: visible, enabled, not empty.
QList<QQuickItem *> tabOrder(QQuickItem *start)
{
    QList<QQuickItem *> chain;
    QSet<QQuickItem *> seen;
    for (QQuickItem *it = start->nextItemInFocusChain(true); it && it != start && !seen.contains(it);
         it = it->nextItemInFocusChain(true)) {
        seen.insert(it);
        if (it->activeFocusOnTab() && it->isVisible() && it->isEnabled() && it->width() > 0 && it->height() > 0)
            chain << it;
    }
    return chain;
}
} // namespace

namespace {
// The part of the window an item is in: its popup, its tool bar (header, footer) or the window's
// content.
QQuickItem *windowPart(QQuickWindow *window, QQuickItem *i)
{
    for (QQuickItem *p = i; p; p = p->parentItem()) {
        if (p->inherits("QQuickPopupItem") || p->inherits("QQuickToolBar"))
            return p;
    }
    return window->contentItem();
}

// Where `item` is, to be compared with `other`: where it lies in its scrolling view's content when
// both are in that view; else where that view is (a row scrolled out of a list at the top of a
// card comes before the button under the list, wherever the row lies).
QRectF placeAgainst(QQuickItem *item, QQuickItem *other)
{
    QQuickItem *place = item;
    for (QQuickItem *p = item->parentItem(); p; p = p->parentItem()) {
        if (isFlickable(p) && !p->isAncestorOf(other))
            place = p; // the outermost such view
    }
    return place->mapRectToScene(QRectF(0, 0, place->width(), place->height()));
}

// The steps of `sequence` that go back against the reading order inside one part of the window:
// to an item wholly above the one before and not to the right of it (placeAgainst: scrolled
// content counts where it lies against what scrolls with it, else where its view is). `line`
// words one step (%1 the item before, %2 the next). Steps inside Qt's own dialogs go to `known`
// when given.
QStringList backSteps(QQuickWindow *window, const QList<QQuickItem *> &sequence, const QString &line,
                      QStringList *known = nullptr)
{
    QStringList out;
    QQuickItem *previous = nullptr;
    for (QQuickItem *it : sequence) {
        if (previous && windowPart(window, previous) == windowPart(window, it)) {
            const QRectF a = placeAgainst(previous, it), b = placeAgainst(it, previous);
            if (b.bottom() <= a.top() - 2 && b.left() < a.right() - 2)
                (known && inQtDialog(previous) && inQtDialog(it) ? *known : out) << line.arg(describe(previous), describe(it));
        }
        previous = it;
    }
    return out;
}

// Round a popup: from its first item in reading order (the top one, the left one of those), not
// from where its chain happens to begin (a dialog's footer comes before its content among its
// children).
void fromFirstInReadingOrder(QList<QQuickItem *> &sequence)
{
    if (sequence.isEmpty())
        return;
    const auto place = [](QQuickItem *i) { return i->mapToScene(QPointF(0, 0)); };
    const auto first = std::min_element(sequence.begin(), sequence.end(), [&](QQuickItem *a, QQuickItem *b) {
        const QPointF pa = place(a), pb = place(b);
        return pa.y() < pb.y() - 2 || (std::abs(pa.y() - pb.y()) <= 2 && pa.x() < pb.x());
    });
    std::rotate(sequence.begin(), first, sequence.end());
}

// What a screen reader reads, in its order: the accessibility tree under `iface` depth first, as
// Qt hands it to the screen reader, and of it the items shown that have a name and a role, or
// are a text with something in it (read through its text, whatever its name).
void readingOrder(QAccessibleInterface *iface, QList<QQuickItem *> &out, int depth = 0)
{
    if (!iface || depth > 200)
        return;
    for (int c = 0; c < iface->childCount(); ++c) {
        QAccessibleInterface *child = iface->child(c);
        if (!child || !child->isValid() || child->state().invisible)
            continue;
        auto *item = qobject_cast<QQuickItem *>(child->object());
        if (item && (!item->isVisible() || effectiveOpacity(item) <= 0.01))
            continue;
        if (item && item->width() > 0 && item->height() > 0) {
            QAccessible::Role role;
            const bool text = isText(item) && !item->property("text").toString().trimmed().isEmpty();
            if (text || (!accessibleName(item, &role).isEmpty() && role != QAccessible::NoRole && role != QAccessible::Client))
                out << item;
        }
        readingOrder(child, out, depth + 1);
    }
}
} // namespace

QStringList LayoutCheck::checkTabOrder(QQuickWindow *window, const Options &options)
{
    QQuickItem *start = tabStart(window, options);
    QList<QQuickItem *> chain = tabOrder(start);
    if (start != window->contentItem())
        fromFirstInReadingOrder(chain); // Tab goes round a popup
    return backSteps(window, chain, options.where + QStringLiteral(": Tab goes back up from %1 to %2 (above it and not to its right)"));
}

QStringList LayoutCheck::checkReadingOrder(QQuickWindow *window, const Options &options, QStringList *known)
{
    QAccessible::setActive(true);
    QQuickItem *start = tabStart(window, options);
    // Where no screen reader has turned accessibility on (offscreen, in ctest) Qt leaves plain
    // texts out of the tree; a text takes its place there (role StaticText) once its attached
    // Accessible properties exist, and reading them makes them.
    std::function<void(QQuickItem *)> exposeTexts = [&](QQuickItem *i) {
        for (QQuickItem *k : i->childItems()) {
            if (isText(k) && qmlContext(k))
                QQmlProperty(k, QStringLiteral("Accessible.role"), qmlContext(k)).read();
            exposeTexts(k);
        }
    };
    exposeTexts(start);
    QList<QQuickItem *> sequence;
    readingOrder(QAccessible::queryAccessibleInterface(start == window->contentItem() ? static_cast<QObject *>(window) : start),
                 sequence);
    QStringList out = backSteps(window, sequence, options.where
                                + QStringLiteral(": a screen reader reads %2 after %1 (above it and not to its right)"), known);
    out.removeDuplicates();
    return out;
}

QStringList LayoutCheck::checkFocus(QQuickWindow *window, const Options &options, const std::function<void()> &settle)
{
    QStringList out;
    const QString at = options.where + QStringLiteral(": ");
    const QRectF windowRect(0, 0, window->width(), window->height());
    QQuickItem *start = tabStart(window, options);
    const QList<QQuickItem *> chain = tabOrder(start);
    // What of an item is on screen: inside the window and every clipping parent.
    const auto shown = [&windowRect](QQuickItem *i) {
        QRectF r = i->mapRectToScene(QRectF(0, 0, i->width(), i->height())) & windowRect;
        for (QQuickItem *p = i->parentItem(); p && !r.isEmpty(); p = p->parentItem()) {
            if (p->clip())
                r &= p->mapRectToScene(QRectF(0, 0, p->width(), p->height()));
        }
        return r;
    };
    const auto unfocused = [&] {
        // Focus to the window's content or the popup itself (a scope would hand it back to the
        // item it had).
        if (QQuickItem *f = window->activeFocusItem(); f && f != start)
            f->setFocus(false);
        start->forceActiveFocus(Qt::OtherFocusReason);
        settle();
        return window->grabWindow();
    };
    QImage base = unfocused();
    for (QQuickItem *it : std::as_const(chain)) {
        const QRectF before = shown(it);
        const QRectF whole = it->mapRectToScene(QRectF(0, 0, it->width(), it->height()));
        if (before.width() * before.height() < 0.9 * whole.width() * whole.height())
            continue; // scrolled away or cut off: judged where it is shown whole
        it->forceActiveFocus(Qt::TabFocusReason);
        settle();
        if (shown(it) != before) {
            base = unfocused(); // focus scrolled the page: compare with the page as it is now
            it->forceActiveFocus(Qt::TabFocusReason);
            settle();
        }
        const QImage img = window->grabWindow();
        // The control and a ring of 4 px around it (a focus frame may lie outside); for a list,
        // the row inside it that took the focus (the list hands it to its current row).
        QQuickItem *focused = window->activeFocusItem();
        if (!focused || !it->isAncestorOf(focused) || shown(focused).isEmpty())
            focused = it;
        const qreal dpr = img.devicePixelRatio();
        const QRect area = QRectF(shown(focused).adjusted(-4, -4, 4, 4) & windowRect).toAlignedRect();
        const QRect px(QPoint(int(area.left() * dpr), int(area.top() * dpr)), QSize(int(area.width() * dpr), int(area.height() * dpr)));
        if (img.size() != base.size() || px.isEmpty())
            continue;
        int changed = 0;
        for (int y = px.top(); y <= px.bottom() && y < img.height(); ++y) {
            for (int x = px.left(); x <= px.right() && x < img.width(); ++x) {
                const QRgb a = img.pixel(x, y), b = base.pixel(x, y);
                if (std::abs(qRed(a) - qRed(b)) + std::abs(qGreen(a) - qGreen(b)) + std::abs(qBlue(a) - qBlue(b)) > 60)
                    ++changed;
            }
        }
        // A frame of 1 px round a 40 px button changes about 2 % of the area.
        if (changed < std::max(12, px.width() * px.height() / 200))
            out << at + QStringLiteral("%1 shows no visible focus when reached with Tab").arg(describe(it));
    }
    unfocused();
    out.removeDuplicates();
    return out;
}
