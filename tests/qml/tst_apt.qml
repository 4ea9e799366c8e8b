import QtQuick
import QtTest
import Enhetspuls
import EnhetspulsTest

// A whole APT, as a manager holds it: create the meeting (the standard agenda as items), write
// the participants, tick items and write their notes, add decisions and make one an action
// (owner, due date, goal) in one step, close the meeting; the action is on the unit's action
// list and in the next meeting's follow-up, where its status is changed in place; then "Visa på
// APT": slides navigable with the keyboard and the big buttons in the agenda's order, the last
// one listing the previous meeting's decisions; Esc leaves. (tst_app_quit: a quit in the middle.)
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
        showPage("actions")
        const actionList = find("actionsModel")
        const actionsBefore = actionList.count
        showPage("apt")
        compare(Backend.aptCount(), 0)
        const preview = find("aptAgendaPreview")
        verify(preview.visible)
        verify(preview.text.indexOf("SAM") >= 0, "the suggested agenda is shown before any meeting exists")

        // First meeting: the standard agenda as items.
        click("newApt")
        tryVerify(() => Backend.aptCount() === 1, 3000, "New APT creates a meeting")
        let model = find("aptModel")
        const firstId = model.get(0).aptId
        tryVerify(() => tryFind("aptItemNote_0").visible)
        const stored = Backend.storedAptItems(firstId)
        compare(stored.length, 8, "the eight standard items")
        verify(stored[1].title.indexOf("SAM") >= 0, "item 2 is the work environment: " + stored[1].title)
        verify(stored[2].title.indexOf("Core values") >= 0, "item 3 is core values: " + stored[2].title)

        typeInto("aptParticipants", "12")
        typeInto("aptItemNote_2", "Vi pratade om bemotande")
        click("aptItemCovered_2")
        click("aptItemCovered_0")
        tryVerify(() => Backend.storedAptItems(firstId)[2].covered, 3000, "the tick is saved")
        tryVerify(() => Backend.storedAptItems(firstId)[2].note === "Vi pratade om bemotande", 3000, "the note is saved")
        compare(Backend.storedApt(firstId, "participants"), "12", "participants saved when the field was left")
        verify(find("aptCoveredCount").text.indexOf("2 of 8") === 0, find("aptCoveredCount").text)
        verify(Backend.rowDirty("apt_items", find("aptItemsModel").get(2).key), "the item is not yet synced")

        // Two decisions; the first becomes an action in one step.
        click("aptAddDecision")
        tryVerify(() => Backend.storedDecisions(firstId).length === 1)
        tryVerify(() => findChild(win.contentItem.parent, "aptDecisionText_0") !== null
                        && find("aptDecisionText_0").activeFocus, 3000, "the new decision takes the cursor")
        typeText("Ny rutin for overlamning")
        click("aptAddDecision")
        tryVerify(() => Backend.storedDecisions(firstId).length === 2)
        tryVerify(() => find("aptDecisionText_1").activeFocus, 3000)
        typeText("Skyddsrond i november")
        click("aptMakeAction_0")
        const dialog = find("actionDialog")
        tryCompare(dialog, "opened", true)
        compare(find("actionTitle").text, "Ny rutin for overlamning", "the decision is the action's title")
        typeInto("actionOwner", "Anna")
        typeInto("actionEndInput", "2026-12-15")
        const goalBox = find("actionGoal")
        verify(goalBox.visible && goalBox.count > 1, "goals to link the action to")
        goalBox.currentIndex = 1
        click("actionSave")
        tryCompare(dialog, "visible", false)
        let decisions = []
        tryVerify(() => { decisions = Backend.storedDecisions(firstId); return decisions.length === 2 && decisions[0].actionId.length > 0 },
                  3000, "the decision keeps its action")
        compare(decisions[1].body, "Skyddsrond i november", "the second decision was saved when the dialog opened")
        const actionId = decisions[0].actionId
        const action = Backend.storedAction(actionId)
        compare(action.title, "Ny rutin for overlamning")
        compare(action.owner, "Anna")
        compare(action.endDate, "2026-12-15")
        verify(action.goalId.length > 0, "linked to the goal chosen")
        tryVerify(() => find("aptDecisionAction_0").visible)
        verify(find("aptDecisionAction_0").text.indexOf("Anna") >= 0, find("aptDecisionAction_0").text)
        verify(!find("aptMakeAction_0").visible, "a decision becomes an action once")

        // Close the meeting: its notes can no longer be changed by mistake.
        click("aptClose")
        tryVerify(() => Backend.storedApt(firstId, "closed") === "1", 3000, "the meeting is closed")
        tryVerify(() => find("aptItemNote_0").readOnly, 3000, "a closed meeting is read-only")
        shoot("apt-page")

        // The action is on the unit's action list.
        showPage("actions")
        tryCompare(find("actionsModel"), "count", actionsBefore + 1)
        showPage("apt")
        tryFind("aptPage")
        model = find("aptModel") // the page was built again

        // The next meeting (later date) follows up the action; its status is changed in place.
        click("newApt")
        tryVerify(() => Backend.aptCount() === 2)
        const secondId = model.get(model.indexOf(firstId) === 0 ? 1 : 0).aptId
        const date = tryFind("aptDate")
        date.forceActiveFocus()
        date.selectAll()
        typeText("2099-01-15")
        find("aptTitle").forceActiveFocus()
        tryCompare(model.get(0), "aptId", secondId)
        compare(find("aptPage").aptId, secondId)
        const follow = find("aptFollowUpsModel")
        let row = -1
        tryVerify(() => { for (let i = 0; i < follow.count; ++i) if (follow.get(i).key === actionId) row = i; return row >= 0 },
                  3000, "the action is followed up at the next meeting")
        const status = find("aptFollowUpStatus_" + row)
        scrollTo(status)
        status.currentIndex = 1
        status.activated(1)
        tryVerify(() => Backend.actionStatus(actionId) === "pagar", 3000, "status changed in place")
        shoot("apt-next")

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

        // Undo takes back the status, the date change, then the second meeting (with its items).
        click("undoButton")
        click("undoButton")
        click("undoButton")
        tryVerify(() => Backend.aptCount() === 1, 3000, "undo removes the new meeting")
        compare(Backend.storedAptItems(secondId).length, 0, "and its items")
        compare(Backend.storedAptItems(firstId).length, 8, "the first meeting keeps its items")
    }
}
