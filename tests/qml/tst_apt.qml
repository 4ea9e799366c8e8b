import QtQuick
import QtTest
import Enhetspuls
import EnhetspulsTest

// APT: create a meeting (agenda prefilled with the standard items), write minutes and
// decisions, create the next meeting, then "Visa på APT": slides navigable with the
// keyboard and the big buttons in the agenda's order, the last one listing the previous meeting's decisions; Esc leaves.
AppTestCase {
    name: "Apt"

    function shoot(name) {
        if (Backend.shotDir().length > 0)
            grabImage(win.contentItem.parent).save(Backend.shotDir() + "/" + name + ".png")
    }
    function typeInto(name, text) {
        const field = click(name)
        tryVerify(() => field.activeFocus, 2000, name + " takes focus")
        typeText(text)
        return field
    }

    function test_meetingAndPresentation() {
        openApp()
        showPage("apt")
        compare(Backend.aptCount(), 0)
        const preview = find("aptAgendaPreview")
        verify(preview.visible)
        verify(preview.text.indexOf("SAM") >= 0, "the suggested agenda is shown before any meeting exists")

        // First meeting: the agenda gets the standard items.
        click("newApt")
        tryVerify(() => Backend.aptCount() === 1, 3000, "New APT creates a meeting")
        const agenda = tryFind("aptAgenda")
        tryVerify(() => agenda.visible)
        for (const item of ["SAM", "1.", "4.", "5.", "6.", "7."])
            verify(agenda.text.indexOf(item) >= 0, "agenda has " + item)
        const model = find("aptModel")
        const firstId = model.get(0).aptId

        typeInto("aptMinutes", "Genomgang av schema")
        typeInto("aptDecisions", "Ny rutin for overlamning\n- Skyddsrond i november")
        find("aptTitle").forceActiveFocus() // leaving the field saves it
        tryVerify(() => model.get(0).decisions.indexOf("Skyddsrond") >= 0, 3000, "decisions are saved")
        verify(model.get(0).minutes.indexOf("schema") >= 0, "minutes are saved")
        verify(Backend.rowDirty("apt_meetings", firstId), "the meeting is not yet synced")

        // The next meeting (later date) follows up the first one's decisions.
        click("newApt")
        tryVerify(() => Backend.aptCount() === 2)
        const secondId = model.get(model.indexOf(firstId) === 0 ? 1 : 0).aptId
        const date = tryFind("aptDate")
        date.forceActiveFocus()
        date.selectAll()
        typeText("2099-01-15")
        find("aptTitle").forceActiveFocus()
        tryCompare(model.get(0), "aptId", secondId)
        shoot("apt-page")

        // Visa på APT.
        click("presentApt")
        tryCompare(Navigation, "page", "apt-present")
        const presenter = find("aptPresenter")
        tryCompare(presenter, "opened", true)
        const pos = find("presentPosition")
        // The slides follow the meeting's (standard) agenda: agenda, then its areas in its order.
        compare(presenter.currentIndex, 0)
        compare(presenter.currentKind, "agenda")
        shoot("present-1")
        const sick = presenter.slideIndex("sickleave")
        for (let i = 0; i < sick; ++i)
            keyClick(Qt.Key_Right)
        tryCompare(presenter, "currentIndex", sick)
        compare(find("presentSickYtd").value, Backend.sickLeaveYtdText())
        wait(300)
        shoot("present-2")
        const budget = presenter.slideIndex("budget")
        while (presenter.currentIndex < budget)
            click("presentNext")
        tryCompare(presenter, "currentIndex", budget)
        compare(find("presentForecastDeviation").value, Backend.forecastDeviationText())
        verify(find("presentBudgetExplanation").text.length > 10, "the budget slide explains the deviation")
        wait(300)
        shoot("present-3")
        const followup = presenter.slideIndex("followup")
        while (presenter.currentIndex < followup)
            keyClick(Qt.Key_PageDown)
        compare(presenter.currentKind, "followup")
        wait(300)
        shoot("present-5")
        verify(presenter.previous.decisions.length === 2, "the previous meeting's two decisions are listed")
        compare(presenter.previous.decisions[1], "Skyddsrond i november")
        keyClick(Qt.Key_End)
        tryCompare(presenter, "currentIndex", presenter.count - 1)
        compare(pos.text, presenter.count + " / " + presenter.count)
        keyClick(Qt.Key_Right) // stays on the last slide
        compare(presenter.currentIndex, presenter.count - 1)
        click("presentPrev")
        tryCompare(presenter, "currentIndex", presenter.count - 2)

        keyClick(Qt.Key_Escape)
        tryCompare(Navigation, "page", "apt")
        tryVerify(() => findChild(win.contentItem.parent, "aptPresenter") === null, 3000, "the presenter is gone")

        // Undo takes back the date change, then the second meeting.
        click("undoButton")
        click("undoButton")
        tryVerify(() => Backend.aptCount() === 1, 3000, "undo removes the new meeting")
    }
}
