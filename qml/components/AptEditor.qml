import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Enhetspuls

// One APT meeting as it is held: date, title and participants; the agenda items, each with a
// "gone through" tick and a note; the decisions, each of which can become an action in one
// step; the actions the meeting follows up, their status changed in place; other notes; and
// closing the meeting. Every text is saved as you type (AutoSave); nothing is computed here.
ScrollView {
    id: editor
    objectName: "aptEditor"
    property var meeting: ({})
    readonly property string meetingId: meeting.aptId || ""
    readonly property bool closed: meeting.closed === true
    readonly property bool narrow: width < 560
    // Goals an action made from a decision can be linked to, [{key, text}].
    property var goals: []
    property var statuses: []
    contentWidth: availableWidth
    clip: true

    AptListModel {
        id: items
        objectName: "aptItemsModel"
        kind: AptListModel.Items
        unitId: Selection.unitId
        meetingId: editor.meetingId
        revision: Editor.revision
    }
    AptListModel {
        id: decisions
        objectName: "aptDecisionsModel"
        kind: AptListModel.Decisions
        unitId: Selection.unitId
        meetingId: editor.meetingId
        revision: Editor.revision
    }
    AptListModel {
        id: followUps
        objectName: "aptFollowUpsModel"
        kind: AptListModel.FollowedUp
        unitId: Selection.unitId
        meetingId: editor.meetingId
        revision: Editor.revision
    }

    // Adds a decision and puts the cursor in it.
    function addDecision() {
        const id = Editor.addDecision(editor.meetingId, "")
        if (id.length > 0)
            Qt.callLater(() => { const f = decisionRepeater.itemAt(decisionRepeater.count - 1); if (f) f.focusText() })
    }

    ColumnLayout {
        width: editor.availableWidth
        spacing: 12

        // Date, title, participants.
        GridLayout {
            Layout.fillWidth: true
            columns: editor.narrow ? 1 : 3
            columnSpacing: 12
            rowSpacing: 8
            ColumnLayout {
                spacing: 2
                Label { text: qsTr("Date"); font.pixelSize: Theme.fs(14); color: Theme.textMuted }
                TextField {
                    id: dateField
                    objectName: "aptDate"
                    text: editor.meeting.date || ""
                    readOnly: editor.closed
                    placeholderText: qsTr("YYYY-MM-DD")
                    inputMethodHints: Qt.ImhDate
                    Layout.preferredWidth: 160
                    Layout.fillWidth: editor.narrow
                    Layout.preferredHeight: Theme.touch
                    Accessible.name: qsTr("Meeting date")
                    AutoSave {
                        field: dateField
                        target: ({ "type": "apt", "id": editor.meetingId, "field": "meeting_date" })
                        stored: editor.meeting.date || ""; deferred: true
                    }
                }
            }
            ColumnLayout {
                spacing: 2
                Layout.fillWidth: true
                Label { text: qsTr("Title"); font.pixelSize: Theme.fs(14); color: Theme.textMuted }
                TextField {
                    id: titleField
                    objectName: "aptTitle"
                    text: editor.meeting.title || ""
                    readOnly: editor.closed
                    placeholderText: qsTr("Title")
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touch
                    Accessible.name: qsTr("Title")
                    AutoSave {
                        field: titleField
                        target: ({ "type": "apt", "id": editor.meetingId, "field": "title" })
                        stored: editor.meeting.title || ""
                    }
                }
            }
            ColumnLayout {
                spacing: 2
                Label { text: qsTr("Participants"); font.pixelSize: Theme.fs(14); color: Theme.textMuted }
                TextField {
                    id: participantsField
                    objectName: "aptParticipants"
                    text: editor.meeting.participants || ""
                    readOnly: editor.closed
                    placeholderText: qsTr("Number")
                    inputMethodHints: Qt.ImhDigitsOnly
                    validator: IntValidator { bottom: 0; top: 10000 }
                    Layout.preferredWidth: 120
                    Layout.fillWidth: editor.narrow
                    Layout.preferredHeight: Theme.touch
                    Accessible.name: qsTr("Number of participants")
                    AutoSave {
                        field: participantsField
                        target: ({ "type": "apt", "id": editor.meetingId, "field": "participants" })
                        stored: editor.meeting.participants || ""; deferred: true
                    }
                }
            }
        }

        // The agenda items.
        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: 4
            Text {
                text: qsTr("Agenda"); color: Theme.text; font.pixelSize: Theme.fs(18); font.bold: true
                Layout.fillWidth: true
            }
            Text {
                objectName: "aptCoveredCount"
                visible: items.count > 0
                text: qsTr("%1 of %n item(s) gone through", "", items.count).arg(items.coveredCount)
                color: Theme.textMuted; font.pixelSize: Theme.fs(14)
            }
        }
        Repeater {
            id: itemRepeater
            model: items
            delegate: Rectangle {
                id: itemRow
                required property int index
                required property string key
                required property int number
                required property string title
                required property string note
                required property bool covered
                objectName: "aptItem_" + index
                Layout.fillWidth: true
                implicitHeight: itemColumn.implicitHeight + 16
                radius: 8
                color: covered ? Theme.goodSoft : Theme.surfaceAlt
                border.color: Theme.border
                ColumnLayout {
                    id: itemColumn
                    anchors.fill: parent
                    anchors.margins: 8
                    spacing: 4
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: 8
                        CheckBox {
                            id: tick
                            objectName: "aptItemCovered_" + itemRow.index
                            checked: itemRow.covered
                            enabled: !editor.closed
                            Layout.preferredHeight: Theme.touch
                            Layout.preferredWidth: Theme.touch
                            Accessible.name: qsTr("%1 gone through").arg(itemRow.title)
                            onToggled: Editor.updateAptItem(itemRow.key, { "covered": checked })
                        }
                        Text {
                            text: qsTr("%1. %2").arg(itemRow.number).arg(itemRow.title)
                            color: Theme.text; font.pixelSize: Theme.fs(16); font.bold: true
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                        }
                        Text {
                            visible: itemRow.covered
                            text: qsTr("Gone through")
                            color: Theme.good; font.pixelSize: Theme.fs(13); font.bold: true
                        }
                        ToolButton {
                            objectName: "aptItemRemove_" + itemRow.index
                            visible: !editor.closed
                            icon.source: "qrc:/qt/qml/Enhetspuls/icons/close.svg"
                            icon.color: Theme.textMuted
                            Layout.preferredWidth: Theme.touch
                            Layout.preferredHeight: Theme.touch
                            Accessible.name: qsTr("Remove the item %1").arg(itemRow.title)
                            Accessible.role: Accessible.Button
                            onClicked: Editor.removeAptItem(itemRow.key)
                        }
                    }
                    TextArea {
                        id: noteField
                        objectName: "aptItemNote_" + itemRow.index
                        visible: !editor.closed || itemRow.note.length > 0
                        text: itemRow.note
                        readOnly: editor.closed
                        placeholderText: editor.closed ? "" : qsTr("Notes for this item…")
                        wrapMode: TextEdit.Wrap
                        font.pixelSize: Theme.fs(15)
                        Layout.fillWidth: true
                        Layout.minimumHeight: Theme.touch
                        Accessible.name: qsTr("Notes for %1").arg(itemRow.title)
                        AutoSave {
                            field: noteField
                            target: ({ "type": "apt_item", "id": itemRow.key, "field": "note" })
                            stored: itemRow.note
                        }
                    }
                }
            }
        }
        RowLayout {
            visible: !editor.closed
            Layout.fillWidth: true
            spacing: 8
            TextField {
                id: newItemField
                objectName: "aptNewItem"
                placeholderText: qsTr("Another item…")
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touch
                Accessible.name: qsTr("Title of another agenda item")
                onAccepted: addItemButton.clicked()
            }
            AppButton {
                id: addItemButton
                objectName: "aptAddItem"
                text: qsTr("Add item")
                icon.source: "qrc:/qt/qml/Enhetspuls/icons/add.svg"
                enabled: newItemField.text.trim().length > 0
                Layout.preferredHeight: Theme.touch
                onClicked: {
                    if (Editor.addAptItem(editor.meetingId, newItemField.text).length > 0)
                        newItemField.text = ""
                }
            }
        }

        // Decisions: each can become an action (owner, due date, goal) in one step.
        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: 8
            Text {
                text: qsTr("Decisions"); color: Theme.text; font.pixelSize: Theme.fs(18); font.bold: true
                Layout.fillWidth: true
            }
            AppButton {
                objectName: "aptAddDecision"
                visible: !editor.closed
                text: qsTr("Add decision")
                icon.source: "qrc:/qt/qml/Enhetspuls/icons/add.svg"
                Layout.preferredHeight: Theme.touch
                onClicked: editor.addDecision()
            }
        }
        Text {
            visible: decisions.count === 0
            text: qsTr("No decisions yet. A decision can become an action with an owner and a due date.")
            color: Theme.textMuted; font.pixelSize: Theme.fs(14); wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Repeater {
            id: decisionRepeater
            model: decisions
            delegate: ColumnLayout {
                id: decisionRow
                required property int index
                required property string key
                required property int number
                required property string body
                required property string actionId
                required property string actionText
                objectName: "aptDecision_" + index
                Layout.fillWidth: true
                spacing: 4
                function focusText() { bodyField.forceActiveFocus() }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: 8
                    Text {
                        text: qsTr("%1.").arg(decisionRow.number)
                        color: Theme.text; font.pixelSize: Theme.fs(16); font.bold: true
                        Layout.alignment: Qt.AlignTop
                        Layout.topMargin: 10
                    }
                    TextArea {
                        id: bodyField
                        objectName: "aptDecisionText_" + decisionRow.index
                        text: decisionRow.body
                        readOnly: editor.closed
                        placeholderText: qsTr("What was decided…")
                        wrapMode: TextEdit.Wrap
                        font.pixelSize: Theme.fs(15)
                        Layout.fillWidth: true
                        Layout.minimumHeight: Theme.touch
                        Accessible.name: qsTr("Decision %1").arg(decisionRow.number)
                        AutoSave {
                            field: bodyField
                            target: ({ "type": "apt_decision", "id": decisionRow.key, "field": "body" })
                            stored: decisionRow.body
                        }
                    }
                    ToolButton {
                        objectName: "aptDecisionRemove_" + decisionRow.index
                        visible: !editor.closed && decisionRow.actionId.length === 0
                        icon.source: "qrc:/qt/qml/Enhetspuls/icons/close.svg"
                        icon.color: Theme.textMuted
                        Layout.preferredWidth: Theme.touch
                        Layout.preferredHeight: Theme.touch
                        Layout.alignment: Qt.AlignTop
                        Accessible.name: qsTr("Remove decision %1").arg(decisionRow.number)
                        Accessible.role: Accessible.Button
                        onClicked: Editor.removeDecision(decisionRow.key)
                    }
                }
                Text {
                    objectName: "aptDecisionAction_" + decisionRow.index
                    visible: decisionRow.actionText.length > 0
                    text: decisionRow.actionText
                    color: Theme.good; font.pixelSize: Theme.fs(14); wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                    Layout.leftMargin: 28
                }
                AppButton {
                    objectName: "aptMakeAction_" + decisionRow.index
                    visible: decisionRow.actionId.length === 0 && !editor.closed
                    text: qsTr("Make it an action…")
                    icon.source: "qrc:/qt/qml/Enhetspuls/icons/actions.svg"
                    Layout.leftMargin: 28
                    Layout.preferredHeight: Theme.touch
                    Accessible.name: qsTr("Make decision %1 an action with an owner and a due date").arg(decisionRow.number)
                    onClicked: {
                        Editor.flush()
                        actionDialog.openForDecision(decisionRow.key, bodyField.text)
                    }
                }
            }
        }

        // Follow-up of the actions open at the previous meeting.
        Text {
            text: qsTr("Follow-up of actions"); color: Theme.text; font.pixelSize: Theme.fs(18); font.bold: true
            Layout.fillWidth: true
            Layout.topMargin: 8
        }
        Text {
            visible: followUps.count === 0
            text: qsTr("No open actions to follow up.")
            color: Theme.textMuted; font.pixelSize: Theme.fs(14); wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Repeater {
            model: followUps
            delegate: GridLayout {
                id: followRow
                required property int index
                required property string key
                required property string title
                required property string owner
                required property string status
                required property string endText
                required property bool late
                objectName: "aptFollowUp_" + index
                Layout.fillWidth: true
                columns: editor.narrow ? 1 : 2
                columnSpacing: 12
                rowSpacing: 2
                ColumnLayout {
                    spacing: 0
                    Layout.fillWidth: true
                    Text {
                        text: followRow.title
                        color: Theme.text; font.pixelSize: Theme.fs(15); font.bold: true; wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                    Text {
                        text: [followRow.owner, followRow.endText, followRow.late ? qsTr("late") : ""].filter(s => s.length > 0).join(" · ")
                        visible: text.length > 0
                        color: followRow.late ? Theme.bad : Theme.textMuted; font.pixelSize: Theme.fs(13); wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                }
                ComboBox {
                    objectName: "aptFollowUpStatus_" + followRow.index
                    model: editor.statuses
                    textRole: "text"
                    currentIndex: Math.max(0, editor.statuses.findIndex(s => s.key === followRow.status))
                    Layout.preferredWidth: 180
                    Layout.preferredHeight: Theme.touch
                    Accessible.name: qsTr("Status of %1").arg(followRow.title)
                    onActivated: (i) => Editor.updateAction(followRow.key, { "status": editor.statuses[i].key })
                }
            }
        }

        // What was written before the meeting had items and decision rows, and other notes.
        Label {
            visible: (editor.meeting.agenda || "").length > 0
            text: qsTr("Agenda (written as text)"); font.pixelSize: Theme.fs(14); color: Theme.textMuted
            Layout.topMargin: 8
        }
        TextArea {
            id: agendaField
            objectName: "aptAgenda"
            visible: (editor.meeting.agenda || "").length > 0
            text: editor.meeting.agenda || ""
            readOnly: editor.closed
            wrapMode: TextEdit.Wrap
            font.pixelSize: Theme.fs(15)
            Layout.fillWidth: true
            Accessible.name: qsTr("Agenda")
            AutoSave {
                field: agendaField
                target: ({ "type": "apt", "id": editor.meetingId, "field": "agenda" })
                stored: editor.meeting.agenda || ""
            }
        }
        Label {
            visible: (editor.meeting.decisions || "").length > 0
            text: qsTr("Decisions (written as text)"); font.pixelSize: Theme.fs(14); color: Theme.textMuted
        }
        TextArea {
            id: decisionsField
            objectName: "aptDecisionsText"
            visible: (editor.meeting.decisions || "").length > 0
            text: editor.meeting.decisions || ""
            readOnly: editor.closed
            wrapMode: TextEdit.Wrap
            font.pixelSize: Theme.fs(15)
            Layout.fillWidth: true
            Accessible.name: qsTr("Decisions")
            AutoSave {
                field: decisionsField
                target: ({ "type": "apt", "id": editor.meetingId, "field": "decisions" })
                stored: editor.meeting.decisions || ""
            }
        }
        Label {
            text: qsTr("Other notes"); font.pixelSize: Theme.fs(14); color: Theme.textMuted
            Layout.topMargin: 8
        }
        TextArea {
            id: minutesField
            objectName: "aptMinutes"
            text: editor.meeting.minutes || ""
            readOnly: editor.closed
            placeholderText: editor.closed ? "" : qsTr("Anything else that was said…")
            wrapMode: TextEdit.Wrap
            font.pixelSize: Theme.fs(15)
            Layout.fillWidth: true
            Layout.minimumHeight: 96
            Accessible.name: qsTr("Other notes")
            AutoSave {
                field: minutesField
                target: ({ "type": "apt", "id": editor.meetingId, "field": "minutes" })
                stored: editor.meeting.minutes || ""
            }
        }

        // Closing the meeting makes its notes read-only; it can be opened again.
        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: 8
            spacing: 12
            AppButton {
                objectName: "aptClose"
                text: editor.closed ? qsTr("Open the meeting again") : qsTr("Close the meeting")
                primary: !editor.closed
                icon.source: editor.closed ? "qrc:/qt/qml/Enhetspuls/icons/undo.svg" : "qrc:/qt/qml/Enhetspuls/icons/check.svg"
                Layout.preferredHeight: Theme.touch
                onClicked: {
                    Editor.flush()
                    Editor.updateApt(editor.meetingId, { "closed": !editor.closed })
                }
            }
            Text {
                text: editor.closed ? qsTr("The meeting is closed; its notes can no longer be changed by mistake.")
                                    : qsTr("Close the meeting when it is over: the notes are then kept as they are.")
                color: Theme.textMuted; font.pixelSize: Theme.fs(13); wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
        }
    }

    ActionDialog {
        id: actionDialog
        parent: Overlay.overlay
        goals: editor.goals
        statuses: editor.statuses
        areas: editor.areas
    }
    property var areas: []
}
