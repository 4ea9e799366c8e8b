import QtQuick
import QtTest
import Enhetspuls
import EnhetspulsTest

// "Visa på APT" as a staff room sees it, at 1280×800 and 1920×1080: a meeting whose agenda
// names budget before sick leave and goals is presented in that order; many open actions with
// long titles, long comments and many decisions are split over slides; every slide is stepped
// through with the clicker keys (Page Down, then Page Up), and on each no two visible texts
// overlap, none is outside the slide and no key figure is cut off. The sick-leave slide says
// the trend in words and colour, not with an arrow. A swipe moves on; Esc leaves. The same
// slides of a month with no data fit too. With ENHETSPULS_TEST_SHOTS every slide is saved.
AppTestCase {
    id: tc
    name: "AptPresent"
    // The data is written once (one database per test file) and the period put back per size.
    property bool seeded: false
    property int year0: 0
    property int month0: 0

    readonly property string longText: "Sjukfrånvaron har minskat sedan i våras tack vare tätare uppföljning av korttidsfrånvaro, "
        + "bättre planering av semesterperioden och att två långtidssjukskrivna har börjat arbetsträna på halvtid. "
        + "Vi fortsätter med rehabiliteringsmöten varannan vecka och följer upp på nästa APT med företagshälsovården."

    function shoot(name) {
        if (Backend.shotDir().length > 0)
            grabImage(win.contentItem.parent).save(Backend.shotDir() + "/" + name + ".png")
    }

    // Every visible, non-empty Text under `item`, with its rectangle in `root`'s coordinates
    // (as high as what it paints, when that is more than its box).
    function texts(item, root, out) {
        for (let i = 0; i < item.children.length; ++i) {
            const c = item.children[i]
            if (!c.visible || c.opacity === 0)
                continue
            if (c.paintedHeight !== undefined && c.textFormat !== undefined && c.cursorPosition === undefined
                    && c.text.length > 0) {
                const p = c.mapToItem(root, 0, 0)
                out.push({ item: c, x: p.x, y: p.y, w: Math.max(c.width, c.horizontalAlignment === Text.AlignLeft ? c.paintedWidth : 0),
                           h: Math.max(c.height, c.paintedHeight) })
            }
            texts(c, root, out)
        }
        return out
    }
    function checkSlide(slide, label) {
        const all = texts(slide, slide, [])
        verify(all.length > 0, label + ": the slide shows text")
        for (let i = 0; i < all.length; ++i) {
            const a = all[i]
            verify(a.x >= -1 && a.y >= -1 && a.x + a.w <= slide.width + 1 && a.y + a.h <= slide.height + 1,
                   label + ": \"" + a.item.text.slice(0, 40) + "\" is outside the slide " + JSON.stringify([a.x, a.y, a.w, a.h, slide.width, slide.height]))
            if (a.item.objectName === "presentValue")
                verify(!a.item.truncated && a.item.paintedWidth <= a.item.width + 1, label + ": the figure " + a.item.text + " is cut off")
            for (let j = i + 1; j < all.length; ++j) {
                const b = all[j]
                const overlap = a.x + 1 < b.x + b.w && b.x + 1 < a.x + a.w && a.y + 1 < b.y + b.h && b.y + 1 < a.y + a.h
                verify(!overlap, label + ": \"" + a.item.text.slice(0, 40) + "\" overlaps \"" + b.item.text.slice(0, 40) + "\" "
                       + JSON.stringify([a.x, a.y, a.w, a.h]) + " " + JSON.stringify([b.x, b.y, b.w, b.h]))
            }
        }
    }
    // Steps through every slide with Page Down and back with Page Up, checking each.
    function stepAll(presenter, view, tag) {
        const kinds = []
        for (let i = 0; i < presenter.count; ++i) {
            if (i > 0)
                keyClick(Qt.Key_PageDown)
            tryCompare(presenter, "currentIndex", i)
            tryVerify(() => Math.abs(view.contentX - i * view.width) < 1, 2000, "slide " + i + " is in place")
            waitForRendering(view)
            kinds.push(presenter.currentKind)
            checkSlide(view.currentItem, tag + " slide " + (i + 1) + " (" + presenter.currentKind + ")")
            shoot("present-" + tag + "-" + (i + 1 < 10 ? "0" : "") + (i + 1) + "-" + presenter.currentKind)
        }
        keyClick(Qt.Key_PageDown) // stays on the last slide
        compare(presenter.currentIndex, presenter.count - 1)
        for (let i = presenter.count - 2; i >= 0; --i) {
            keyClick(Qt.Key_PageUp)
            tryCompare(presenter, "currentIndex", i)
        }
        return kinds
    }
    function openPresenter() {
        showPage("apt")
        click("presentApt")
        tryCompare(Navigation, "page", "apt-present")
        let presenter = null
        tryVerify(() => { presenter = findChild(win.contentItem.parent, "aptPresenter") || findChild(win, "aptPresenter"); return presenter !== null },
                  3000, "the presenter opens")
        tryCompare(presenter, "opened", true)
        return presenter
    }

    function seed() {
        // Last meeting with many decisions, this meeting with an agenda of its own order.
        const decisions = []
        for (let i = 1; i <= 7; ++i)
            decisions.push("Beslut " + i + ": alla i arbetsgruppen går igenom den nya rutinen för överlämning mellan dag- och kvällspasset före den sista november")
        verify(Editor.createApt({ "meeting_date": "2026-09-10", "title": "APT september", "decisions": decisions.join("\n") }).length > 0)
        verify(Editor.createApt({ "meeting_date": "2099-10-08", "title": "APT oktober",
                                  "agenda": "1. Information från ledningen om höstens organisationsförändringar och vad de betyder för schemat\n"
                                            + "2. Budget: avvikelse hittills\n3. Sjukfrånvaro\n4. Mål och måluppfyllelse\n"
                                            + "5. Uppföljning av åtgärder\n6. Uppföljning av förra mötets beslut\n"
                                            + "7. Arbetsmiljö (SAM): skyddsrond, tillbud och riskbedömning inför vintern\n8. Värdegrund\n9. Övrigt" }).length > 0)
        for (let i = 1; i <= 8; ++i)
            verify(Editor.createAction({ "title": "Åtgärd " + i + ": införa gemensam planering av bemanning och kompetensutveckling för hela arbetsgruppen under hösten",
                                         "owner": "Enhetschef och samordnare", "end_date": i % 2 ? "2026-01-31" : "2099-12-31",
                                         "status": i % 3 ? "pagar" : "ej_paborjad" }).length > 0)
        verify(Editor.setComment("sjukfranvaro", "kommentar", "", tc.longText + " " + tc.longText))
        verify(Editor.setComment("budget", "analys", "", "Personalkostnaderna ligger över budget på grund av sjukfrånvaro och inhyrd personal under sommaren. " + tc.longText))
        verify(Editor.setComment("mal", "kommentar", "", "Målen för brukarnöjdhet nås; personalomsättningen är fortfarande för hög."))

    }

    function test_present_data() {
        return [{ tag: "1280x800", w: 1280, h: 800 }, { tag: "1920x1080", w: 1920, h: 1080 }]
    }
    function test_present(data) {
        tc.winWidth = data.w
        tc.winHeight = data.h
        openApp()
        verify(Selection.selectUnitByCode("VO-HTN"))
        if (tc.seeded) {
            Selection.setPeriod(tc.year0, tc.month0)
        } else {
            tc.seeded = true
            tc.year0 = Selection.year
            tc.month0 = Selection.month
            tc.seed()
        }
        const presenter = openPresenter()
        const view = find("presentView")
        // The agenda names budget, sick leave, goals, actions and decisions in that order.
        verify(presenter.slideIndex("agenda") === 0, "the agenda comes first")
        verify(presenter.slideIndex("budget") < presenter.slideIndex("sickleave"), "budget before sick leave, as on the agenda")
        verify(presenter.slideIndex("sickleave") < presenter.slideIndex("goals"))
        verify(presenter.slideIndex("goals") < presenter.slideIndex("actions"))
        verify(presenter.slideIndex("actions") < presenter.slideIndex("followup"))
        const kinds = stepAll(presenter, view, "VO-HTN-" + data.tag)
        verify(kinds.filter(k => k === "actions").length >= 2, "eight open actions take more than one slide")
        verify(kinds.filter(k => k === "followup").length === 2, "seven decisions take two slides")
        verify(kinds.filter(k => k === "agenda").length === 2, "nine agenda items take two slides")

        // Sick leave: the trend in words, coloured by better or worse, never an arrow alone.
        presenter.contentItem.forceActiveFocus()
        const sick = presenter.slideIndex("sickleave")
        for (let i = 0; i < sick; ++i)
            keyClick(Qt.Key_Right)
        tryCompare(presenter, "currentIndex", sick)
        const trend = find("presentSickTrend")
        const ytd = Backend.sickLeaveYtdText()
        verify(trend.text.indexOf(ytd + " · ") === 0, "the trend starts with the year to date: " + trend.text)
        // The test runs the English texts; the app shows "lägre än förra året · bättre".
        verify(/(lower|higher) than last year · (better|worse)|same as last year/.test(trend.text), "trend in words: " + trend.text)
        verify(!/[↑↓→]/.test(trend.text), "no arrow: " + trend.text)
        const better = / · better/.test(trend.text)
        const worse = / · worse/.test(trend.text)
        compare(String(trend.color), String(better ? PresentColors.good : worse ? PresentColors.bad : PresentColors.text))
        compare(findChild(view.currentItem, "presentNote").text, Editor.comment("sjukfranvaro", "kommentar"))
        keyClick(Qt.Key_Left)
        tryCompare(presenter, "currentIndex", sick - 1)
        keyClick(Qt.Key_Down)
        tryCompare(presenter, "currentIndex", sick)

        // A swipe to the left moves to the next slide (on the budget slide, and over the chart).
        keyClick(Qt.Key_Left)
        tryCompare(presenter, "currentIndex", sick - 1)
        tryVerify(() => Math.abs(view.contentX - (sick - 1) * view.width) < 1, 2000)
        const y = view.height / 2
        mousePress(view, view.width * 0.8, y)
        for (let i = 1; i <= 10; ++i)
            mouseMove(view, view.width * (0.8 - 0.05 * i), y, 16)
        mouseRelease(view, view.width * 0.3, y)
        tryCompare(presenter, "currentIndex", sick)
        tryVerify(() => Math.abs(view.contentX - sick * view.width) < 1, 2000)
        mousePress(view, view.width * 0.8, y)
        for (let i = 1; i <= 10; ++i)
            mouseMove(view, view.width * (0.8 - 0.05 * i), y, 16)
        mouseRelease(view, view.width * 0.3, y)
        tryCompare(presenter, "currentIndex", sick + 1)

        keyClick(Qt.Key_Escape)
        tryCompare(Navigation, "page", "apt")
        tryVerify(() => findChild(win, "aptPresenter") === null, 3000, "the presenter is gone")

        // A month with no data at all: every slide still says something and fits.
        Selection.setPeriod(2021, 1)
        const empty = openPresenter()
        stepAll(empty, find("presentView"), "nodata-" + data.tag)
        keyClick(Qt.Key_Escape)
        tryCompare(Navigation, "page", "apt")
    }

    // The presentation is a tab fence (a modal popup is one): Tab and Shift+Tab go round its
    // own controls, never to the navigation or the page under it.
    function test_tabStaysInThePresentation() {
        tc.winWidth = 1280
        tc.winHeight = 800
        openApp()
        verify(Selection.selectUnitByCode("VO-HTN"))
        const presenter = openPresenter()
        const root = find("presentView").parent
        const inside = item => { for (let p = item; p; p = p.parent) { if (p === root) return true } return false }
        const seen = []
        for (let i = 0; i < 30; ++i) {
            keyClick(Qt.Key_Tab)
            const f = win.activeFocusItem
            verify(inside(f), "Tab " + (i + 1) + " left the presentation for " + f + " " + (f ? f.objectName : ""))
            if (seen.indexOf(f) < 0)
                seen.push(f)
        }
        // On the first slide: close and next (there is no previous).
        verify(seen.indexOf(find("presentClose")) >= 0 && seen.indexOf(find("presentNext")) >= 0,
               "Tab reaches the presentation's controls")
        for (let i = 0; i < 30; ++i) {
            keyClick(Qt.Key_Backtab)
            verify(inside(win.activeFocusItem), "Shift+Tab " + (i + 1) + " left the presentation")
        }
        keyClick(Qt.Key_Escape)
        tryCompare(Navigation, "page", "apt")
    }

    // The goals of the unit's indicators, as the goals slide lists them.
    OverviewModel { id: goalsOfUnit; unitId: Selection.unitId; year: Selection.year; month: Selection.month; revision: Editor.revision }
    Repeater { id: goalRows; model: goalsOfUnit; delegate: Item { required property string goalId; required property string goalName } }

    // A structured meeting (the standard agenda's items) is presented item by item: Information
    // and Arbetsmiljö with their notes on slides of their own, then goals (each goal's analysis
    // beside its figures), sick leave, budget, actions and decisions in the items' order; a
    // moved item moves its slide. Every slide fits at both sizes.
    function test_structured_data() {
        return [{ tag: "1280x800", w: 1280, h: 800 }, { tag: "1920x1080", w: 1920, h: 1080 }]
    }
    function test_structured(data) {
        tc.winWidth = data.w
        tc.winHeight = data.h
        openApp()
        verify(Selection.selectUnitByCode("VO-HTN"))
        if (tc.seeded) // test_present left a month with no data
            Selection.setPeriod(tc.year0, tc.month0)
        const id = Editor.createApt({ "meeting_date": "2100-0" + (data.w > 1500 ? "2" : "1") + "-14", "title": "APT med dagordning" })
        verify(id.length > 0)
        const items = Backend.storedAptItems(id)
        verify(items.length >= 8, "the standard agenda: " + items.length)
        const byArea = {}
        for (let i = 0; i < items.length; ++i)
            byArea[items[i].area] = items[i]
        verify(Editor.updateAptItem(byArea["information"].id, { "note": "Nya scheman från januari. " + tc.longText }))
        verify(Editor.updateAptItem(byArea["sam"].id, { "note": "Skyddsronden i november: två tillbud med lyftar, åtgärdade." }))
        tryVerify(() => goalRows.count > 0, 3000, "the unit has indicators")
        const goalId = goalRows.itemAt(0).goalId
        verify(Editor.setComment("mal", "analys", goalId, "Brukarnöjdheten har ökat sedan vi införde kontaktmannaträffar varje vecka. " + tc.longText))

        // The newest meeting, first in the list.
        showPage("apt")
        click("apt_0")
        tryCompare(find("aptPage"), "aptId", id)
        const presenter = openPresenter()
        const view = find("presentView")
        const at = kind => presenter.slideIndex(kind)
        verify(at("agenda") === 0)
        verify(at("item") > at("agenda") && presenter.count > at("item") && at("item") < at("goals"),
               "Information's note comes after the agenda, before the goals: " + at("item"))
        verify(at("item") < at("goals") && at("goals") < at("sickleave") && at("sickleave") < at("budget")
               && at("budget") < at("actions") && at("actions") < at("followup"), "the standard agenda's order")
        const kinds = stepAll(presenter, view, "structured-" + data.tag)
        compare(kinds.filter(k => k === "item").length, 2, "two items with notes: " + kinds.join(","))
        presenter.contentItem.forceActiveFocus()
        view.currentIndex = at("item")
        tryVerify(() => Math.abs(view.contentX - at("item") * view.width) < 1, 2000)
        verify(findChild(view.currentItem, "presentItemNote").text.indexOf("Nya scheman") === 0)
        view.currentIndex = at("goals")
        tryVerify(() => Math.abs(view.contentX - at("goals") * view.width) < 1, 2000)
        const analysis = findChild(view.currentItem, "presentGoalAnalysis")
        verify(analysis && analysis.visible && analysis.text.indexOf("Brukarnöjdheten har ökat") === 0, "the goal's analysis is on the goals slide")
        keyClick(Qt.Key_Escape)
        tryCompare(Navigation, "page", "apt")

        // Budget moved before Mål on this meeting: the budget slide comes before the goals.
        verify(Editor.updateAptItem(byArea["budget"].id, { "sort_order": -1 }))
        const moved = openPresenter()
        verify(moved.slideIndex("budget") < moved.slideIndex("goals"), "the budget item first: budget slide first")
        keyClick(Qt.Key_Escape)
        tryCompare(Navigation, "page", "apt")
    }
}
