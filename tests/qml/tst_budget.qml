import QtQuick
import QtTest
import Enhetspuls
import EnhetspulsTest

// Budget: typing a full-year forecast for personnel costs changes the forecast deviation
// (as FollowUp computes it); undo brings the old figure back.
AppTestCase {
    name: "Budget"

    function test_editForecast() {
        openApp()
        showPage("budget")
        const deviation = find("budgetForecastDeviation")
        const before = deviation.value
        compare(before, Backend.forecastDeviationText())

        const field = tryFind("forecast_personalkostnader")
        tryVerify(() => field.visible, 2000, "the unit's forecast is editable")
        const old = field.text
        mouseClick(field)
        tryVerify(() => field.activeFocus)
        field.selectAll()
        typeText("99999")
        keyClick(Qt.Key_Return)

        tryVerify(() => deviation.value !== before, 3000, "the forecast deviation changes")
        compare(deviation.value, Backend.forecastDeviationText())
        compare(Editor.undoText.length > 0, true)

        click("undoButton")
        tryCompare(deviation, "value", before)
        tryCompare(tryFind("forecast_personalkostnader"), "text", old)
    }

    // The chart read out in words for a screen reader (WCAG 1.1.1): what it draws, and again
    // when what it draws changes.
    function test_chartInWords() {
        openApp()
        showPage("budget")
        const chart = tryFind("budgetChart")
        // Budget and actual month by month, the forecast from the last actual to December.
        tryVerify(() => chart.Accessible.description.split(": jan ").length === 3, 3000, chart.Accessible.description)
        verify(chart.Accessible.description.indexOf(", dec ") > 0, chart.Accessible.description)
        verify(chart.Accessible.description.indexOf("\u00a0tkr") > 0, chart.Accessible.description)
        verify(chart.Accessible.name.length > 10, chart.Accessible.name)
        const before = chart.Accessible.description

        const field = tryFind("forecast_personalkostnader")
        tryVerify(() => field.visible, 2000)
        mouseClick(field)
        tryVerify(() => field.activeFocus)
        field.selectAll()
        typeText("99999")
        keyClick(Qt.Key_Return)
        tryVerify(() => chart.Accessible.description !== before, 3000, "the new forecast is read out")
        click("undoButton")
        tryCompare(chart.Accessible, "description", before)
    }
}
