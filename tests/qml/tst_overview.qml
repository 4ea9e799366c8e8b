import QtQuick
import QtTest
import Enhetspuls
import EnhetspulsTest

// Översikt: choose a unit in the unit picker and a period in the period picker; the key
// figures follow and equal what FollowUp computes for that unit and period.
AppTestCase {
    name: "Overview"

    function checkFigures() {
        tryCompare(find("overviewSickYtd"), "value", Backend.sickLeaveYtdText())
        tryCompare(find("overviewBudgetYtd"), "value", Backend.budgetYtdDeviationText())
        tryCompare(find("overviewForecastDeviation"), "value", Backend.forecastDeviationText())
    }

    // The actions to follow up are listed one below the other (they were once drawn on top of
    // each other after the page loaded its model).
    function test_dueRowsDoNotOverlap() {
        openApp()
        compare(Selection.unitCode, "VO-HTN")
        const first = tryFind("dueRow_0")
        const second = tryFind("dueRow_1")
        tryVerify(() => first.height > 0 && second.height > 0)
        waitForRendering(win.contentItem)
        const a = first.mapToItem(win.contentItem, 0, 0)
        const b = second.mapToItem(win.contentItem, 0, 0)
        verify(b.y >= a.y + first.height, "row 2 at y " + b.y + " overlaps row 1 at y " + a.y + " (height " + first.height + ")")
    }

    function test_unitAndPeriod() {
        openApp()
        compare(Navigation.page, "overview")
        compare(Selection.unitCode, "VO-HTN")
        checkFigures()
        const sickBefore = find("overviewSickYtd").value
        const budgetBefore = find("overviewBudgetYtd").value
        verify(sickBefore !== "–", "the demo unit has sick leave")

        // Unit picker: search, then tap the unit.
        click("unitButton")
        const search = tryFind("unitSearch")
        tryVerify(() => search.activeFocus)
        typeText("Korttiden")
        click("unit_VO-KOR")
        tryCompare(Selection, "unitCode", "VO-KOR")
        tryCompare(find("unitPicker"), "visible", false)
        checkFigures()
        verify(find("overviewSickYtd").value !== sickBefore, "sick leave follows the unit")
        verify(find("overviewBudgetYtd").value !== budgetBefore, "budget follows the unit")

        // By keyboard: Enter in the search picks the first unit it matches (not the
        // förvaltning kept above it); Tab goes on to the list, the arrows move, Enter picks.
        click("unitButton")
        tryCompare(find("unitPicker"), "opened", true)
        tryVerify(() => tryFind("unitSearch").activeFocus)
        typeText("Tallen")
        keyClick(Qt.Key_Return)
        tryCompare(Selection, "unitCode", "FS-TAL")
        tryCompare(find("unitPicker"), "visible", false)
        click("unitButton")
        tryCompare(find("unitPicker"), "opened", true)
        tryVerify(() => tryFind("unitSearch").activeFocus)
        typeText("Hemtj")
        keyClick(Qt.Key_Tab)
        const list = find("unitList")
        tryVerify(() => list.activeFocus, 2000, "Tab reaches the list")
        list.currentIndex = 0
        while (list.currentItem && list.currentItem.objectName !== "unit_VO-HTS")
            keyClick(Qt.Key_Down)
        keyClick(Qt.Key_Return)
        tryCompare(Selection, "unitCode", "VO-HTS")
        tryCompare(find("unitPicker"), "visible", false)
        Selection.selectUnitByCode("VO-KOR")
        checkFigures()

        // Period picker: March of the same year.
        const sickKor = find("overviewSickYtd").value
        const year = Selection.year
        click("periodButton")
        tryCompare(find("periodPicker"), "opened", true)
        click("month_3")
        tryCompare(Selection, "month", 3)
        tryCompare(find("periodPicker"), "visible", false)
        compare(Selection.year, year)
        checkFigures()
        verify(find("overviewSickYtd").value !== sickKor, "year to date follows the period")

        // The previous year via the year arrows.
        click("periodButton")
        tryCompare(find("periodPicker"), "opened", true)
        click("prevYear")
        click("month_12")
        tryCompare(Selection, "year", year - 1)
        compare(Selection.month, 12)
        checkFigures()

        // Months after the latest with figures are not offered, nor years after this one.
        tryCompare(find("periodPicker"), "visible", false)
        click("periodButton")
        tryCompare(find("periodPicker"), "opened", true)
        click("nextYear")
        const last = Selection.lastMonthWithData(year)
        verify(last >= 3 && last < 12, "the test data ends before December (" + last + ")")
        verify(find("month_" + last).enabled, "the latest month with figures is offered")
        verify(!find("month_" + (last + 1)).enabled, "a month without figures is not offered")
        verify(!find("month_12").enabled)
        if (year === Selection.years[0])
            verify(!find("nextYear").enabled, "no year after this one")
        find("periodPicker").close()
    }

    // The keyboard focus stays visible on a list's rows reached with the arrow keys (WCAG 2.4.7):
    // the ring goes with the current row; a tap puts it away.
    function test_focusRingFollowsArrowKeys() {
        openApp()
        click("unitButton")
        const search = tryFind("unitSearch")
        tryVerify(() => search.activeFocus, 3000, "the search has the focus when the picker opens")
        keyClick(Qt.Key_Tab)
        const list = tryFind("unitList")
        const ring = find("focusRing")
        tryVerify(() => list.currentItem && list.currentItem.activeFocus)
        keyClick(Qt.Key_Down)
        keyClick(Qt.Key_Down)
        tryCompare(list, "currentIndex", 2)
        const row = list.currentItem
        tryVerify(() => row.activeFocus)
        tryVerify(() => ring.visible, 2000, "the focus ring shows on the row reached with the arrows")
        waitForRendering(win.contentItem)
        const r = row.mapToItem(ring.parent, 0, 0)
        verify(ring.x <= r.x && ring.y <= r.y && ring.x + ring.width >= r.x + row.width
               && ring.y + ring.height >= r.y + row.height, "the ring is round the current row")
        mousePress(search)
        mouseRelease(search)
        tryVerify(() => !ring.visible, 2000, "a tap puts the keyboard ring away")
        keyClick(Qt.Key_Escape)
    }
}
