import QtQuick
import QtTest
import Enhetspuls
import EnhetspulsTest

// Nothing typed is lost: APT fields and comments are saved while typing (after a pause, the
// field keeping focus) and at once when the page changes, the window closes or the editor
// goes away, before that pause and without leaving the field.
AppTestCase {
    name: "AutoSave"

    function typeInto(name, text) {
        const field = click(name)
        tryVerify(() => field.activeFocus, 2000, name + " takes focus")
        typeText(text)
        return field
    }
    function newMeeting() {
        showPage("apt")
        const before = Backend.aptCount()
        click("newApt")
        tryVerify(() => Backend.aptCount() === before + 1, 3000, "New APT creates a meeting")
        tryVerify(() => tryFind("aptItemNote_0").visible)
        return find("aptPage").aptId
    }
    function cleanup() {
        Editor.saveDelay = 600
    }

    function test_savedWhileTyping() {
        openApp()
        const id = newMeeting()
        const field = typeInto("aptMinutes", "Genomgang")
        compare(Backend.storedApt(id, "minutes"), "", "not written on every keystroke")
        tryVerify(() => Backend.storedApt(id, "minutes") === "Genomgang", 3000, "written after a pause in typing")
        verify(field.activeFocus, "the field keeps focus")
        compare(field.text, "Genomgang")
        compare(Editor.pendingCount, 0)
    }

    function test_windowClosedRightAfterTyping() {
        Editor.saveDelay = 60000 // only a flush can write it
        openApp()
        const id = newMeeting()
        const field = typeInto("aptItemNote_1", "Ny rutin")
        verify(field.activeFocus)
        compare(Backend.storedAptItems(id)[1].note, "")
        verify(Editor.pendingCount > 0)
        win.close()
        compare(Backend.storedAptItems(id)[1].note, "Ny rutin", "written when the window closes")
        compare(Editor.pendingCount, 0)
    }

    function test_windowDestroyedRightAfterTyping() {
        Editor.saveDelay = 60000
        openApp()
        showPage("overview")
        const page = find("overviewPage")
        const area = tryFind("commentArea_oversikt_analys")
        page.contentY = Math.max(0, page.contentHeight - page.height)
        waitForRendering(page)
        mouseClick(area)
        tryVerify(() => area.activeFocus, 2000)
        area.selectAll()
        typeText("Skrivet precis innan")
        verify(Backend.storedComment("oversikt", "analys") !== "Skrivet precis innan")
        win.destroy()
        win = null
        wait(0)
        compare(Backend.storedComment("oversikt", "analys"), "Skrivet precis innan", "written when the editor goes away")
    }

    function test_pageChangeRightAfterTyping() {
        Editor.saveDelay = 60000
        openApp()
        const id = newMeeting()
        const title = find("aptTitle")
        title.forceActiveFocus()
        title.selectAll()
        typeText("APT med ny titel")
        showPage("overview")
        compare(Backend.storedApt(id, "title"), "APT med ny titel", "written when the page changes")
    }

    function test_periodChangeRightAfterTyping() {
        Editor.saveDelay = 60000
        openApp()
        const period = Selection.period
        showPage("overview")
        const page = find("overviewPage")
        const area = tryFind("commentArea_oversikt_analys")
        page.contentY = Math.max(0, page.contentHeight - page.height)
        waitForRendering(page)
        mouseClick(area)
        tryVerify(() => area.activeFocus, 2000)
        area.selectAll()
        typeText("For ratt manad")
        Selection.stepMonth(-1)
        compare(Editor.comment("oversikt", "analys", "", period), "For ratt manad", "written for the month it was typed in")
        verify(Backend.storedComment("oversikt", "analys") !== "For ratt manad", "not moved to the new month")
        tryVerify(() => area.text !== "For ratt manad")
        Selection.stepMonth(1)
        tryCompare(area, "text", "For ratt manad")
    }
}
