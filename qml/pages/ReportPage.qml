import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Dialogs
import Enhetspuls

// Rapport: the unit's report for a report round (rapporttillfälle). Choose the round, write each
// section asked for and assess each goal (saved as you type), mark the report done (its figures
// are frozen then); a parent unit also sees its units' reports with their status and approves
// them or sends them back with a comment. The rules are the backend's (ReportModel, Editor).
Flickable {
    id: page
    objectName: "reportPage"
    contentHeight: content.implicitHeight + 48
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar {}
    readonly property bool narrow: width < 700
    property string roundId: ""
    readonly property var info: sections.info
    readonly property string shownRound: info.roundId || ""

    ReportModel {
        id: sections
        objectName: "reportSections"
        unitId: Selection.unitId
        roundId: page.roundId
        role: SyncManager.role
        revision: Editor.revision
        kind: ReportModel.Sections
    }
    ReportModel {
        id: goals
        unitId: Selection.unitId
        roundId: page.roundId
        role: SyncManager.role
        revision: Editor.revision
        kind: ReportModel.Goals
    }
    ReportModel {
        id: units
        objectName: "reportUnits"
        unitId: Selection.unitId
        roundId: page.roundId
        role: SyncManager.role
        revision: Editor.revision
        kind: ReportModel.Units
    }
    // The units' reports read one section at a time (the verksamhetschef's "Läs per avsnitt").
    property bool bySection: false
    ReportModel {
        id: perSection
        objectName: "reportBySection"
        unitId: page.bySection ? Selection.unitId : ""
        roundId: page.roundId
        role: SyncManager.role
        revision: Editor.revision
        kind: ReportModel.BySection
    }

    // The outcome of the last export, in plain words, and the file it wrote.
    property string exportMessage: ""
    property bool exportOk: false
    property url exportedFile
    // Saves what is typed, then asks where to put the compiled report (Documents, "rapport-…").
    function chooseExportFile(format) {
        Editor.flush()
        page.exportMessage = ""
        exportDialog.format = format
        exportDialog.selectedFile = AppSettings.documentsFolder + "/" + encodeURIComponent(sections.exportFileName(format))
        exportDialog.open()
    }
    function saveExport(file) {
        const r = sections.exportReport(exportDialog.format, file)
        page.exportOk = r.ok
        page.exportMessage = r.message
        page.exportedFile = r.ok ? file : ""
    }
    onShownRoundChanged: page.exportMessage = ""

    function markStatus(unitId, status, asReviewer, comment) {
        Editor.setReportStatus(unitId, page.shownRound, status, asReviewer, comment, SyncManager.userName)
    }

    ColumnLayout {
        id: content
        x: 24; y: 24
        width: page.width - 48
        spacing: Theme.gap

        GridLayout {
            Layout.fillWidth: true
            columns: page.narrow ? 1 : 2
            columnSpacing: 12
            rowSpacing: 8
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                Text { text: qsTr("Report"); color: Theme.text; font.pixelSize: Theme.fs(26); font.bold: true }
                Text {
                    visible: page.shownRound.length > 0
                    text: (page.info.periodText || "") + " · " + (page.info.deadlineText || "")
                    color: Theme.textMuted; font.pixelSize: Theme.fs(14)
                    wrapMode: Text.WordWrap; Layout.fillWidth: true
                }
            }
            ComboBox {
                id: roundPicker
                objectName: "reportRound"
                visible: sections.rounds.length > 0
                model: sections.rounds
                textRole: "text"
                valueRole: "id"
                // The field shows the round's name (its period is in the heading); the list
                // shows name and period.
                displayText: currentIndex >= 0 && currentIndex < sections.rounds.length ? sections.rounds[currentIndex].name : currentText
                currentIndex: Math.max(0, sections.rounds.findIndex(r => r.id === page.shownRound))
                onActivated: index => { Editor.flush(); page.roundId = sections.rounds[index].id }
                Layout.preferredWidth: page.narrow ? -1 : 440
                Layout.fillWidth: page.narrow
                Layout.preferredHeight: Theme.touch
                Accessible.name: qsTr("Report round")
            }
        }

        Card {
            visible: page.shownRound.length === 0
            Layout.fillWidth: true
            Text {
                text: qsTr("No report rounds yet. A controller opens one on the server; it arrives here with the next sync.")
                color: Theme.textMuted; font.pixelSize: Theme.fs(15)
                wrapMode: Text.WordWrap; Layout.fillWidth: true
            }
        }

        // Status, the reviewer's comment, and what can be done with the report now.
        Card {
            visible: page.shownRound.length > 0
            Layout.fillWidth: true
            title: page.info.roundName || ""
            subtitle: Selection.unitName
            RowLayout {
                Layout.fillWidth: true
                spacing: 8
                StatusBadge {
                    objectName: "reportStatus"
                    statusClass: page.info.status === "godkand" || page.info.status === "klar" ? "good"
                               : page.info.status === "atersand" ? "bad" : "none"
                    text: page.info.statusText || ""
                }
                StatusBadge {
                    visible: page.info.late === true
                    statusClass: "bad"
                    text: qsTr("Late")
                }
                Text {
                    text: page.info.statusLine || ""
                    color: Theme.textMuted; font.pixelSize: Theme.fs(14)
                    wrapMode: Text.WordWrap; Layout.fillWidth: true
                }
            }
            Rectangle {
                visible: (page.info.reviewComment || "").length > 0
                Layout.fillWidth: true
                color: Theme.badSoft
                radius: 6
                implicitHeight: returned.implicitHeight + 20
                Text {
                    id: returned
                    objectName: "reportReviewComment"
                    x: 10; y: 10
                    width: parent.width - 20
                    text: qsTr("Sent back: %1").arg(page.info.reviewComment || "")
                    color: Theme.text; font.pixelSize: Theme.fs(15)
                    wrapMode: Text.WordWrap
                }
            }
            Flow {
                Layout.fillWidth: true
                spacing: 8
                AppButton {
                    objectName: "reportMarkDone"
                    visible: page.info.canMarkDone === true
                    primary: true
                    text: qsTr("Mark as done")
                    icon.source: "qrc:/qt/qml/Enhetspuls/icons/check.svg"
                    onClicked: page.markStatus(Selection.unitId, "klar", false, "")
                }
                AppButton {
                    objectName: "reportTakeBack"
                    visible: page.info.canTakeBack === true
                    text: qsTr("Take back done")
                    onClicked: page.markStatus(Selection.unitId, "utkast", false, "")
                }
            }
            Text {
                visible: Editor.lastError.length > 0
                text: Editor.lastError
                color: Theme.bad; font.pixelSize: Theme.fs(14)
                wrapMode: Text.WordWrap; Layout.fillWidth: true
            }
        }

        // The figures the report shows: frozen at klar.
        Card {
            visible: page.shownRound.length > 0
            Layout.fillWidth: true
            title: qsTr("Key figures")
            subtitle: page.info.figuresNote || ""
            GridLayout {
                Layout.fillWidth: true
                columns: page.narrow ? 1 : 3
                columnSpacing: 16
                rowSpacing: 8
                Repeater {
                    model: page.info.figures || []
                    delegate: ColumnLayout {
                        required property var modelData
                        spacing: 2
                        Layout.fillWidth: true
                        Text { text: modelData.label; color: Theme.textMuted; font.pixelSize: Theme.fs(14); wrapMode: Text.WordWrap; Layout.fillWidth: true }
                        Text { text: modelData.value; color: Theme.text; font.pixelSize: Theme.fs(22); font.bold: true }
                    }
                }
            }
        }

        // The compiled report to hand on: this unit and every unit below it, as the reports stand.
        Card {
            visible: page.shownRound.length > 0
            Layout.fillWidth: true
            title: qsTr("Export the report")
            subtitle: page.info.isParent === true
                      ? qsTr("%1 and its units: status, sections, goal assessments and the figures each reported").arg(Selection.unitName)
                      : qsTr("Sections, goal assessments and the figures the report shows")
            Flow {
                Layout.fillWidth: true
                spacing: 8
                AppButton {
                    objectName: "exportPdf"
                    text: qsTr("PDF")
                    icon.source: "qrc:/qt/qml/Enhetspuls/icons/document.svg"
                    Accessible.name: qsTr("Save the compiled report as a PDF file")
                    onClicked: page.chooseExportFile("pdf")
                }
                AppButton {
                    objectName: "exportOdt"
                    text: qsTr("Word (ODT)")
                    icon.source: "qrc:/qt/qml/Enhetspuls/icons/document.svg"
                    Accessible.name: qsTr("Save the compiled report as a document to edit in Word or LibreOffice")
                    onClicked: page.chooseExportFile("odt")
                }
                AppButton {
                    objectName: "exportXlsx"
                    text: qsTr("Excel (XLSX)")
                    icon.source: "qrc:/qt/qml/Enhetspuls/icons/document.svg"
                    Accessible.name: qsTr("Save the compiled report's tables as an Excel workbook")
                    onClicked: page.chooseExportFile("xlsx")
                }
            }
            RowLayout {
                visible: page.exportMessage.length > 0
                Layout.fillWidth: true
                spacing: 8
                Text {
                    objectName: "exportMessage"
                    text: page.exportMessage
                    color: page.exportOk ? Theme.good : Theme.bad
                    font.pixelSize: Theme.fs(14)
                    wrapMode: Text.WrapAnywhere
                    Layout.fillWidth: true
                }
                AppButton {
                    objectName: "exportOpen"
                    visible: page.exportOk
                    text: qsTr("Open")
                    Accessible.name: qsTr("Open the saved report")
                    onClicked: Qt.openUrlExternally(page.exportedFile)
                }
            }
        }

        // A parent unit: its units' reports, for the verksamhetschef to review.
        Card {
            visible: page.info.isParent === true && page.shownRound.length > 0
            Layout.fillWidth: true
            title: qsTr("The units' reports")
            subtitle: qsTr("%Ln units", "", units.count)
            Flow {
                Layout.fillWidth: true
                spacing: 8
                AppButton {
                    objectName: "readByUnit"
                    text: qsTr("By unit")
                    primary: !page.bySection
                    Accessible.name: qsTr("Read the reports unit by unit")
                    onClicked: page.bySection = false
                }
                AppButton {
                    objectName: "readBySection"
                    text: qsTr("By section")
                    primary: page.bySection
                    Accessible.name: qsTr("Read one section at a time across the units")
                    onClicked: page.bySection = true
                }
            }
            Repeater {
                model: page.bySection ? perSection : null
                delegate: ColumnLayout {
                    id: sectionRow
                    required property string key
                    required property string title
                    required property string countText
                    required property var entries
                    objectName: "bySection_" + key
                    Layout.fillWidth: true
                    spacing: 6
                    Rectangle { Layout.fillWidth: true; implicitHeight: 1; color: Theme.border }
                    Text {
                        text: sectionRow.title
                        color: Theme.text; font.pixelSize: Theme.fs(18); font.bold: true
                        wrapMode: Text.WordWrap; Layout.fillWidth: true
                    }
                    Text {
                        text: sectionRow.countText
                        color: Theme.textMuted; font.pixelSize: Theme.fs(14)
                        wrapMode: Text.WordWrap; Layout.fillWidth: true
                    }
                    Repeater {
                        model: sectionRow.entries
                        delegate: ColumnLayout {
                            required property var modelData
                            Layout.fillWidth: true
                            Layout.leftMargin: 12
                            spacing: 2
                            Text {
                                text: modelData.name + " · " + modelData.statusText
                                color: Theme.textMuted; font.pixelSize: Theme.fs(14); font.bold: true
                                wrapMode: Text.WordWrap; Layout.fillWidth: true
                            }
                            Text {
                                text: modelData.body
                                color: Theme.text; font.pixelSize: Theme.fs(15)
                                wrapMode: Text.WordWrap; Layout.fillWidth: true
                            }
                        }
                    }
                }
            }
            Repeater {
                model: units
                delegate: ColumnLayout {
                    id: unitRow
                    required property string key
                    required property string name
                    required property string code
                    required property int depth
                    required property string status
                    required property string statusText
                    required property bool late
                    required property string sectionsText
                    required property bool canApprove
                    required property bool canSendBack
                    Layout.fillWidth: true
                    Layout.leftMargin: Math.min(3, unitRow.depth - 1) * 16
                    spacing: 6
                    Rectangle { Layout.fillWidth: true; implicitHeight: 1; color: Theme.border }
                    GridLayout {
                        Layout.fillWidth: true
                        columns: page.narrow ? 1 : 2
                        Text {
                            text: unitRow.name + " (" + unitRow.code + ")"
                            color: Theme.text; font.pixelSize: Theme.fs(16); font.bold: true
                            wrapMode: Text.WordWrap; Layout.fillWidth: true
                        }
                        StatusBadge {
                            objectName: "unitStatus_" + unitRow.code
                            statusClass: unitRow.late || unitRow.status === "atersand" ? "bad"
                                       : unitRow.status === "godkand" || unitRow.status === "klar" ? "good" : "none"
                            text: unitRow.statusText
                            compact: true
                        }
                    }
                    Text {
                        text: unitRow.sectionsText
                        color: Theme.textMuted; font.pixelSize: Theme.fs(14)
                        wrapMode: Text.WordWrap; Layout.fillWidth: true
                    }
                    Flow {
                        Layout.fillWidth: true
                        spacing: 8
                        visible: unitRow.canApprove || unitRow.canSendBack
                        AppButton {
                            objectName: "approve_" + unitRow.code
                            visible: unitRow.canApprove
                            primary: true
                            text: qsTr("Approve")
                            Accessible.name: qsTr("Approve the report of %1").arg(unitRow.name)
                            onClicked: page.markStatus(unitRow.key, "godkand", true, "")
                        }
                        AppButton {
                            objectName: "sendBack_" + unitRow.code
                            visible: unitRow.canSendBack
                            text: qsTr("Send back")
                            Accessible.name: qsTr("Send back the report of %1").arg(unitRow.name)
                            onClicked: sendBackDialog.openFor(unitRow.key, unitRow.name)
                        }
                    }
                }
            }
        }
        // The sections asked for.
        Repeater {
            model: sections
            delegate: ColumnLayout {
                id: sectionCard
                required property string key
                required property string title
                required property string body
                required property bool canEdit
                required property bool asManager
                Layout.fillWidth: true
                Card {
                Layout.fillWidth: true
                title: sectionCard.title
                TextArea {
                    id: sectionText
                    objectName: "reportSection_" + sectionCard.key
                    text: sectionCard.body
                    readOnly: !sectionCard.canEdit
                    wrapMode: TextEdit.Wrap
                    placeholderText: sectionCard.canEdit ? qsTr("Write the section…") : qsTr("Nothing written.")
                    placeholderTextColor: Theme.textMuted
                    font.pixelSize: Theme.fs(15)
                    Layout.fillWidth: true
                    Layout.minimumHeight: 96
                    Accessible.name: sectionCard.title
                    AutoSave {
                        field: sectionText
                        stored: sectionCard.body
                        target: ({ "type": "report_section", "unit": Selection.unitId, "round": page.shownRound,
                                   "section": sectionCard.key,
                                   "manager": sectionCard.asManager ? "1" : "0" })
                    }
                }
                }
            }
        }

        // Each goal: the computed status as a suggestion, the manager's assessment and forecast.
        Card {
            visible: goals.count > 0
            Layout.fillWidth: true
            title: qsTr("Goal assessment")
            subtitle: qsTr("The computed status is a suggestion; the assessment is yours.")
            Repeater {
                model: goals
                delegate: ColumnLayout {
                    id: goalRow
                    required property string key
                    required property string name
                    required property string suggestion
                    required property string suggestionClass
                    required property string assessment
                    required property string forecast
                    required property string body
                    required property bool canEdit
                    Layout.fillWidth: true
                    spacing: 6
                    function save(a, f) {
                        Editor.setGoalAssessment(Selection.unitId, page.shownRound, goalRow.key, a, f, goalBody.text)
                    }
                    Rectangle { Layout.fillWidth: true; implicitHeight: 1; color: Theme.border }
                    Text {
                        text: goalRow.name
                        color: Theme.text; font.pixelSize: Theme.fs(16); font.bold: true
                        wrapMode: Text.WordWrap; Layout.fillWidth: true
                    }
                    StatusBadge { statusClass: goalRow.suggestionClass; text: goalRow.suggestion; compact: true }
                    GridLayout {
                        Layout.fillWidth: true
                        columns: page.narrow ? 1 : 2
                        columnSpacing: 12
                        ColumnLayout {
                            spacing: 2
                            Layout.fillWidth: true
                            Label { text: qsTr("Assessment"); font.pixelSize: Theme.fs(14); color: Theme.textMuted }
                            ComboBox {
                                model: goals.assessmentChoices
                                textRole: "title"
                                valueRole: "key"
                                enabled: goalRow.canEdit
                                currentIndex: Math.max(0, goals.assessmentChoices.findIndex(c => c.key === goalRow.assessment))
                                onActivated: index => goalRow.save(goals.assessmentChoices[index].key, goalRow.forecast)
                                Layout.fillWidth: true
                                Layout.preferredHeight: Theme.touch
                                Accessible.name: qsTr("Assessment of %1").arg(goalRow.name)
                            }
                        }
                        ColumnLayout {
                            spacing: 2
                            Layout.fillWidth: true
                            Label { text: qsTr("Forecast for the year"); font.pixelSize: Theme.fs(14); color: Theme.textMuted }
                            ComboBox {
                                model: goals.assessmentChoices
                                textRole: "title"
                                valueRole: "key"
                                enabled: goalRow.canEdit
                                currentIndex: Math.max(0, goals.assessmentChoices.findIndex(c => c.key === goalRow.forecast))
                                onActivated: index => goalRow.save(goalRow.assessment, goals.assessmentChoices[index].key)
                                Layout.fillWidth: true
                                Layout.preferredHeight: Theme.touch
                                Accessible.name: qsTr("Forecast for the year of %1").arg(goalRow.name)
                            }
                        }
                    }
                    TextArea {
                        id: goalBody
                        text: goalRow.body
                        readOnly: !goalRow.canEdit
                        wrapMode: TextEdit.Wrap
                        placeholderText: goalRow.canEdit ? qsTr("Why this assessment…") : qsTr("Nothing written.")
                        placeholderTextColor: Theme.textMuted
                        font.pixelSize: Theme.fs(15)
                        Layout.fillWidth: true
                        Layout.minimumHeight: 72
                        Accessible.name: qsTr("Comment on %1").arg(goalRow.name)
                        AutoSave {
                            field: goalBody
                            stored: goalRow.body
                            target: ({ "type": "assessment", "unit": Selection.unitId, "round": page.shownRound,
                                       "goal": goalRow.key })
                        }
                    }
                }
            }
        }

    }

    Dialog {
        id: sendBackDialog
        objectName: "sendBackDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(560, page.width - 32)
        modal: true
        title: qsTr("Send back the report of %1").arg(sendBackDialog.unitName)
        property string unitId: ""
        property string unitName: ""
        function openFor(id, name) {
            unitId = id
            unitName = name
            commentField.text = ""
            open()
        }
        ColumnLayout {
            anchors.fill: parent
            spacing: 8
            Label {
                text: qsTr("What should the manager fix?")
                color: Theme.textMuted; font.pixelSize: Theme.fs(14)
                wrapMode: Text.WordWrap; Layout.fillWidth: true
            }
            TextArea {
                id: commentField
                objectName: "sendBackComment"
                wrapMode: TextEdit.Wrap
                font.pixelSize: Theme.fs(15)
                Layout.fillWidth: true
                Layout.minimumHeight: 96
                placeholderTextColor: Theme.textMuted
                Accessible.name: qsTr("Comment to the manager")
            }
        }
        footer: DialogButtonBox {
            AppButton {
                text: qsTr("Send back")
                primary: true
                enabled: commentField.text.trim().length > 0
                DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
            }
            AppButton {
                text: qsTr("Cancel")
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            }
        }
        onAccepted: page.markStatus(sendBackDialog.unitId, "atersand", true, commentField.text)
    }

    FileDialog {
        id: exportDialog
        objectName: "exportDialog"
        property string format: "pdf"
        fileMode: FileDialog.SaveFile
        currentFolder: AppSettings.documentsFolder
        title: qsTr("Save the report")
        nameFilters: format === "odt" ? [qsTr("OpenDocument text (*.odt)")]
                   : format === "xlsx" ? [qsTr("Excel workbooks (*.xlsx)")] : [qsTr("PDF files (*.pdf)")]
        defaultSuffix: format
        onAccepted: page.saveExport(selectedFile)
    }
}
