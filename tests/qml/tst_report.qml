import QtQuick
import QtTest
import Enhetspuls
import EnhetspulsTest

// The Rapport page over the demo's round: a section typed is saved while typing and makes the
// report utkast; Markera som klar freezes it (its fields become read-only); on the area the
// unit's report is listed with its status and sent back with a comment, which the unit's page
// then shows, and the manager's next write makes it utkast again. Exportera saves the compiled
// report where the user chooses and says so; a place that cannot be written is said plainly.
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
        wait(100) // the units' rows were just made: let their layout place them before scrolling to one
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

    function test_exportCompiledReport() {
        openApp()
        verify(Selection.selectUnitByCode("VO"))
        showPage("report")
        const pdf = tryFind("exportPdf")
        scrollTo(pdf)
        click("exportPdf")
        const dialog = find("exportDialog")
        tryVerify(() => dialog.visible, 3000, "the save dialog opens")
        // Suggested in the documents folder (the test's own home) under the round's name.
        const suggested = String(dialog.selectedFile)
        verify(suggested.endsWith("/rapport-VO-manadsuppfoljning-oktober-2026.pdf"), suggested)
        dialog.accept()
        const message = tryFind("exportMessage")
        tryVerify(() => message.visible, 5000)
        verify(message.text.indexOf("rapport-VO-manadsuppfoljning-oktober-2026.pdf") >= 0, message.text)
        verify(tryFind("exportOpen").visible, "the saved file can be opened")
        const text = Backend.pdfText(suggested)
        verify(text.indexOf("Månadsuppföljning oktober – Vård och omsorg") >= 0, text.slice(0, 200))
        verify(text.indexOf("Hemtjänst Söder") >= 0)
        verify(text.indexOf("Verksamheten har gått enligt plan") >= 0, "the demo's section for Söder is in it")

        // A place that cannot be written: said plainly, nothing claimed saved.
        const r = tryFind("reportPage")
        r.saveExport("file:///proc/no-such-folder/rapport.pdf")
        tryVerify(() => message.text.indexOf("could not be saved") >= 0, 5000, message.text) // the tests run untranslated
        verify(!tryFind("exportOpen").visible)
    }

    // Läs per avsnitt: each section with what the units below wrote in it, by name.
    function test_readBySection() {
        openApp()
        verify(Selection.selectUnitByCode("VO"))
        showPage("report")
        const button = tryFind("readBySection")
        scrollTo(button)
        click("readBySection")
        const summary = tryFind("bySection_sammanfattning")
        tryVerify(() => summary.visible, 3000)
        scrollTo(summary)
        const shown = texts(summary)
        // (the tests run untranslated: "Done", "2 of 5 units")
        verify(shown.indexOf("Hemtjänst Söder · Done") >= 0, shown)
        verify(shown.indexOf("Hemtjänst Norr · Draft") >= 0, shown)
        verify(shown.indexOf("Verksamheten har gått enligt plan") >= 0, shown)
        verify(shown.indexOf("2 of 5 units") >= 0, shown)
        const economy = tryFind("bySection_ekonomi")
        verify(texts(economy).indexOf("Personalkostnaderna ligger över budget") >= 0)
        verify(texts(economy).indexOf("Hemtjänst Norr") < 0, "Norr wrote no ekonomi")
        if (Backend.shotDir().length > 0)
            grabImage(win.contentItem.parent).save(Backend.shotDir() + "/report-by-section.png")
        click("readByUnit")
        tryVerify(() => findChild(win.contentItem.parent, "bySection_sammanfattning") === null, 3000, "back to unit by unit")
    }

    // The text of every Text under `item`, one string.
    function texts(item) {
        let out = ""
        if (item.text !== undefined && typeof item.text === "string")
            out += item.text + "\n"
        for (let i = 0; i < item.children.length; ++i)
            out += texts(item.children[i])
        return out
    }
}
