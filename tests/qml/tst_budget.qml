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
}
