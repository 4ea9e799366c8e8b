import QtQuick
import QtTest
import Enhetspuls
import EnhetspulsTest

// A comment typed on Översikt is saved on the device (no save button), marked not yet
// synced, shown again after a unit switch and back, and undo takes it back.
AppTestCase {
    name: "Comment"

    function stored() { return Backend.storedComment("oversikt", "analys") }

    function test_typeComment() {
        openApp()
        const dirtyBefore = Editor.dirtyCount
        compare(stored(), "")
        const page = find("overviewPage")
        const area = tryFind("commentArea_oversikt_analys")
        page.contentY = Math.max(0, page.contentHeight - page.height)
        waitForRendering(page)
        mouseClick(area)
        tryVerify(() => area.activeFocus, 2000, "the comment field takes focus")
        const text = "Lagre sjukfranvaro i oktober"
        typeText(text)
        compare(area.text, text)

        // Saved by the idle timer while the field keeps focus, read back from the database.
        tryVerify(() => stored() === text, 5000, "the comment is saved on the device")
        verify(Backend.commentDirty("oversikt", "analys"), "the comment is marked not yet synced")
        compare(Editor.dirtyCount, dirtyBefore + 1)
        compare(Editor.comment("oversikt", "analys"), text)
        verify(Editor.canUndo)

        // More text, saved when the field loses focus (editingFinished), not by the timer.
        typeText(" 2")
        find("unitButton").forceActiveFocus()
        tryVerify(() => stored() === text + " 2", 1000, "saved on leaving the field")

        // Another unit shows its own (empty) comment; back again shows ours.
        Selection.selectUnitByCode("VO-KOR")
        tryCompare(area, "text", "")
        Selection.selectUnitByCode("VO-HTN")
        tryCompare(area, "text", text + " 2")

        // Undo (the header button) takes back the last save, then the first.
        click("undoButton")
        tryVerify(() => stored() === text)
        click("undoButton")
        tryVerify(() => stored() === "")
        tryCompare(area, "text", "")

        // Typing and switching unit at once (before the idle timer): the text is saved on the
        // unit it was written for, not lost and not moved to the new unit.
        mouseClick(area)
        tryVerify(() => area.activeFocus)
        typeText("Snabb")
        Selection.selectUnitByCode("VO-KOR")
        compare(stored(), "")
        tryCompare(area, "text", "")
        Selection.selectUnitByCode("VO-HTN")
        compare(stored(), "Snabb")
        tryCompare(area, "text", "Snabb")
    }
}
