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
    }
}
