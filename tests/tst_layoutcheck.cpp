// The layout and accessibility check (app/layoutcheck) on small fixtures (tests/layout): each rule
// fires on a broken layout and stays quiet on a good one.
#include "layoutcheck.h"

#include <QAccessible>
#include <QQuickItem>
#include <QQuickView>
#include <QtTest>

namespace {
// Shows fixture `file` and runs `check` on it; every expected part is in one problem line, and
// there are no others.
void expectProblems(const QString &file, const QStringList &expected,
                    const std::function<QStringList(QQuickView *, const LayoutCheck::Options &)> &check)
{
    QQuickView view;
    view.setSource(QUrl::fromLocalFile(QStringLiteral(LAYOUT_FIXTURES "/%1.qml").arg(file)));
    QVERIFY2(view.status() == QQuickView::Ready, qPrintable(file));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTest::qWait(50);
    LayoutCheck::Options o;
    o.where = file;
    const QStringList problems = check(&view, o);
    for (const QString &p : problems)
        qInfo().noquote() << p;
    for (const QString &e : expected) {
        const bool found = std::any_of(problems.begin(), problems.end(), [&](const QString &p) { return p.contains(e); });
        QVERIFY2(found, qPrintable(QStringLiteral("no problem reported containing: ") + e));
    }
    QCOMPARE(problems.size(), expected.size());
}
} // namespace

class TstLayoutCheck : public QObject
{
    Q_OBJECT
private slots:
    // As the app's checks have it (app/main.cpp): on before the fixtures' items are made.
    void initTestCase() { QAccessible::setActive(true); }
    void contrastRatio()
    {
        QCOMPARE(qRound(LayoutCheck::contrast(0x000000, 0xffffff) * 100), 2100);
        QCOMPARE(qRound(LayoutCheck::contrast(0x777777, 0xffffff) * 100), 448);
    }
    void fixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("expected"); // each a part of one problem line, in any order
        const QStringList none;
        QTest::newRow("overlap bad") << QStringLiteral("overlap_bad") << QStringList{QStringLiteral("Text \"Översyn av bemanning\" overlaps Text \"Klar senast 31 dec\""),
                                                                                     QStringLiteral("overlaps Text \"Över listan\"")};
        QTest::newRow("overlap good") << QStringLiteral("overlap_good") << none;
        QTest::newRow("outside bad") << QStringLiteral("outside_bad")
                                     << QStringList{QStringLiteral("runs outside its card"), QStringLiteral("runs outside the window"), QStringLiteral("runs outside its clipping parent")};
        QTest::newRow("outside good") << QStringLiteral("outside_good") << none;
        QTest::newRow("elided bad") << QStringLiteral("elided_bad") << QStringList{QStringLiteral("headline figure Text \"−1 289 tkr\" is elided")};
        QTest::newRow("elided good") << QStringLiteral("elided_good") << none;
        QTest::newRow("small bad") << QStringLiteral("small_bad") << QStringList{QStringLiteral("Button \"X\" is 30x30 px"), QStringLiteral("MouseArea is 80x24 px")};
        QTest::newRow("small good") << QStringLiteral("small_good") << none;
        QTest::newRow("keyboard bad") << QStringLiteral("keyboard_bad")
                                      << QStringList{QStringLiteral("Button \"Spara\" cannot be reached with Tab"),
                                                     QStringLiteral("MouseArea cannot be reached with Tab")};
        QTest::newRow("keyboard good") << QStringLiteral("keyboard_good") << none;
        QTest::newRow("noname bad") << QStringLiteral("noname_bad")
                                    << QStringList{QStringLiteral("iconOnly has no accessible name"), QStringLiteral("nameless has no accessible name"),
                                                   QStringLiteral("MouseArea has no accessible name")};
        QTest::newRow("noname good") << QStringLiteral("noname_good") << none;
        QTest::newRow("contrast bad") << QStringLiteral("contrast_bad")
                                      << QStringList{QStringLiteral("\"Ljusgrå på vitt\" has contrast"), QStringLiteral("\"Mörk text på mörk list\" has contrast"),
                                                     QStringLiteral("\"Stor men blek\" has contrast"), QStringLiteral("\"Genomskinlig\" has contrast"),
                                                     QStringLiteral("\"Vadderad\" has contrast")};
        QTest::newRow("contrast good") << QStringLiteral("contrast_good") << none;
        // A text scrolled out of its view is judged against what is behind the view there.
        QTest::newRow("scrolled bad") << QStringLiteral("scrolled_bad") << QStringList{QStringLiteral("\"Sjukfrånvaro · oktober\" has contrast")};
        QTest::newRow("scrolled good") << QStringLiteral("scrolled_good") << none;
        // Qt Charts' own texts (title, legend, axis labels and titles), which are not Text items.
        QTest::newRow("chart bad") << QStringLiteral("chart_bad")
                                   << QStringList{QStringLiteral("ChartView \"Sjukfrånvaro\" legend has contrast"),
                                                  QStringLiteral("\"Sjukfrånvaro\" x axis labels has contrast"),
                                                  QStringLiteral("\"Budget\" y axis title has contrast"),
                                                  QStringLiteral("ChartView \"Sjukfrånvaro\" has no text alternative"),
                                                  QStringLiteral("ChartView \"Budget\" has no text alternative")};
        QTest::newRow("chart good") << QStringLiteral("chart_good") << none;
    }
    void fixtures()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, expected);
        expectProblems(file, expected, [](QQuickView *v, const LayoutCheck::Options &o) { return LayoutCheck::check(v, o); });
    }

    // Visible focus: every control Tab reaches must look different with the focus.
    void focus_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("focus bad") << QStringLiteral("focus_bad")
                                   << QStringList{QStringLiteral("plain \"Spara\" shows no visible focus"),
                                                  QStringLiteral("tile shows no visible focus"),
                                                  QStringLiteral("rows shows no visible focus")};
        QTest::newRow("focus good") << QStringLiteral("focus_good") << QStringList();
    }
    void focus()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, expected);
        expectProblems(file, expected, [](QQuickView *v, const LayoutCheck::Options &o) {
            return LayoutCheck::checkFocus(v, o, [] { QTest::qWait(40); });
        });
    }

    // Focus order: a step of the Tab chain that goes back up against the reading order.
    void tabOrder_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("tab order bad") << QStringLiteral("taborder_bad")
                                       << QStringList{QStringLiteral("Tab goes back up from save \"Spara\" to first")};
        QTest::newRow("tab order good") << QStringLiteral("taborder_good") << QStringList();
    }
    void tabOrder()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, expected);
        expectProblems(file, expected, [](QQuickView *v, const LayoutCheck::Options &o) { return LayoutCheck::checkTabOrder(v, o); });
    }

    // Reading order: the accessibility tree, as a screen reader reads it, against where things are.
    void readingOrder_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("reading order bad") << QStringLiteral("readingorder_bad")
                                           << QStringList{QStringLiteral("reads Text \"Sjukfrånvaro\" after Text \"Hittills i år 15,1 %\""),
                                                          QStringLiteral("reads Text \"1 försenad åtgärd\" after all \"Alla åtgärder\"")};
        QTest::newRow("reading order good") << QStringLiteral("readingorder_good") << QStringList();
    }
    void readingOrder()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, expected);
        expectProblems(file, expected, [](QQuickView *v, const LayoutCheck::Options &o) { return LayoutCheck::checkReadingOrder(v, o); });
    }

    // Both focus checks inside an open dialog: its own Tab chain, round from its first control.
    void dialog_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("dialog bad") << QStringLiteral("dialog_bad")
                                    << QStringList{QStringLiteral("Tab goes back up from save \"Spara\" to owner"),
                                                   QStringLiteral("plain \"Avbryt\" shows no visible focus")};
        QTest::newRow("dialog good") << QStringLiteral("dialog_good") << QStringList();
    }
    void dialog()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, expected);
        expectProblems(file, expected, [](QQuickView *v, const LayoutCheck::Options &options) {
            LayoutCheck::Options o = options;
            for (QQuickItem *c : v->contentItem()->childItems()) {
                if (c->inherits("QQuickOverlay"))
                    o.roots = c->childItems(); // the open dialog (and its dimmer)
            }
            if (o.roots.isEmpty())
                return QStringList{QStringLiteral("no dialog open")};
            return LayoutCheck::checkFocus(v, o, [] { QTest::qWait(40); }) + LayoutCheck::checkTabOrder(v, o);
        });
    }
};

QTEST_MAIN(TstLayoutCheck)
#include "tst_layoutcheck.moc"
