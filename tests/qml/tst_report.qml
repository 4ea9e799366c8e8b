import QtQuick
import QtTest
import Enhetspuls
import EnhetspulsTest

// The Rapport page over the demo's round: a section typed is saved while typing and makes the
// report utkast; Markera som klar freezes it (its fields become read-only); on the area the
// unit's report is listed with its status and sent back with a comment, which the unit's page
// then shows, and the manager's next write makes it utkast again.
AppTestCase {
    name: "Report"

    function test_writeMarkDoneSendBack() {
        openApp()
        verify(Selection.selectUnitByCode("VO-BJK"))
        showPage("report")
        compare(Backend.storedReport().status, "ej_paborjad")
        const field = click("reportSection_handelser")
        tryVerify(() => field.activeFocus, 2000)
        typeText("Ny rutin")
        tryVerify(() => Backend.storedReport("handelser").section === "Ny rutin", 3000, "saved while typing")
        compare(Backend.storedReport().status, "utkast")
        verify(field.activeFocus, "the field keeps focus")

        click("reportMarkDone")
        tryVerify(() => Backend.storedReport().status === "klar", 3000)
        verify(Backend.storedReport().snapshot.length > 0, "the figures are frozen at klar")
        tryVerify(() => tryFind("reportSection_handelser").readOnly, 2000, "a klar report is read-only")

        // The area's page lists the unit; send it back with a comment.
        verify(Selection.selectUnitByCode("VO"))
        tryVerify(() => tryFind("sendBack_VO-BJK").visible, 3000)
        click("sendBack_VO-BJK")
        const dialog = find("sendBackDialog")
        tryVerify(() => dialog.opened, 3000)
        const comment = tryFind("sendBackComment")
        mouseClick(comment)
        tryVerify(() => comment.activeFocus, 2000)
        typeText("Beskriv ekonomin")
        dialog.accept()
        tryVerify(() => !dialog.visible, 3000)

        verify(Selection.selectUnitByCode("VO-BJK"))
        compare(Backend.storedReport().status, "atersand")
        const shown = tryFind("reportReviewComment")
        tryVerify(() => shown.visible && shown.text.indexOf("Beskriv ekonomin") >= 0, 3000, "the comment is shown")
        const again = tryFind("reportSection_ekonomi")
        tryVerify(() => !again.readOnly, 2000, "a report sent back can be written again")
        scrollTo(again)
        again.forceActiveFocus()
        tryVerify(() => again.activeFocus, 2000)
        typeText("Underskott")
        tryVerify(() => Backend.storedReport().status === "utkast", 3000, "a write after återsänd makes it utkast")
    }
}
