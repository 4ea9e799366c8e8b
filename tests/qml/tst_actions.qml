import QtQuick
import QtTest
import Enhetspuls
import EnhetspulsTest

// Åtgärder: create an action in the dialog, see it listed, close it (status Klar), undo.
AppTestCase {
    name: "Actions"

    function test_createAndClose() {
        openApp()
        showPage("actions")
        const model = find("actionsModel")
        const rowsBefore = model.count
        const openBefore = model.openCount

        click("newAction")
        const title = tryFind("actionTitle")
        tryVerify(() => title.activeFocus)
        typeText("Bemanningsplan jul")
        const effect = find("actionEffect")
        mouseClick(effect)
        typeText("120")

        // The end date from the calendar: next month, the 15th.
        const next = new Date()
        next.setDate(15)
        next.setMonth(next.getMonth() + 1)
        const iso = Qt.formatDate(next, "yyyy-MM-dd")
        click("actionEndPick")
        tryCompare(find("actionEndCalendar"), "opened", true)
        click("actionEndCalendarNext")
        click("day_" + iso)
        tryCompare(find("actionEndCalendar"), "visible", false)
        compare(find("actionEndInput").text, iso)
        click("actionSave")
        tryCompare(find("actionDialog"), "visible", false)

        let id = ""
        tryVerify(() => { id = Backend.actionId("Bemanningsplan jul"); return id.length > 0 }, 3000, "the action is saved")
        compare(Backend.actionStatus(id), "ej_paborjad")
        compare(Backend.actionEndDate(id), iso, "the picked date is stored")
        verify(Backend.rowDirty("actions", id), "the new action is not yet synced")
        tryCompare(model, "count", rowsBefore + 1)
        tryCompare(model, "openCount", openBefore + 1)

        click("closeAction_Bemanningsplan jul")
        tryVerify(() => Backend.actionStatus(id) === "klar", 3000, "closing sets status klar")
        tryCompare(model, "openCount", openBefore)

        click("undoButton")
        tryVerify(() => Backend.actionStatus(id) === "ej_paborjad")
        tryCompare(model, "openCount", openBefore + 1)
    }
}
