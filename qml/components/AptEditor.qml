import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Enhetspuls

// The fields of one APT meeting: date and title, agenda, minutes and decisions, each saved as
// you type (AutoSave; the date when it is left); nothing is computed here.
GridLayout {
    id: editor
    property var meeting: ({})
    readonly property bool narrow: width < 560
    columns: narrow ? 1 : 2
    columnSpacing: 12
    rowSpacing: 8

    Label { text: qsTr("Date"); font.pixelSize: Theme.fs(14) }
    RowLayout {
        Layout.fillWidth: true
        spacing: 12
        TextField {
            id: dateField
            objectName: "aptDate"
            text: editor.meeting.date || ""
            placeholderText: qsTr("YYYY-MM-DD")
            inputMethodHints: Qt.ImhDate
            Layout.preferredWidth: 160
            Layout.preferredHeight: Theme.touch
            Accessible.name: qsTr("Meeting date")
            AutoSave {
                field: dateField
                target: ({ "type": "apt", "id": editor.meeting.aptId || "", "field": "meeting_date" })
                stored: editor.meeting.date || ""; deferred: true
            }
        }
        TextField {
            id: titleField
            objectName: "aptTitle"
            text: editor.meeting.title || ""
            placeholderText: qsTr("Title")
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touch
            Accessible.name: qsTr("Title")
            AutoSave {
                field: titleField
                target: ({ "type": "apt", "id": editor.meeting.aptId || "", "field": "title" })
                stored: editor.meeting.title || ""
            }
        }
    }
    Label { text: qsTr("Agenda"); font.pixelSize: Theme.fs(14); Layout.alignment: Qt.AlignTop }
    ScrollView {
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.minimumHeight: 120
        Layout.preferredHeight: 3
        TextArea {
            id: agendaField
            objectName: "aptAgenda"
            text: editor.meeting.agenda || ""
            wrapMode: TextEdit.Wrap
            font.pixelSize: Theme.fs(15)
            Accessible.name: qsTr("Agenda")
            AutoSave {
                field: agendaField
                target: ({ "type": "apt", "id": editor.meeting.aptId || "", "field": "agenda" })
                stored: editor.meeting.agenda || ""
            }
        }
    }
    Label { text: qsTr("Minutes"); font.pixelSize: Theme.fs(14); Layout.alignment: Qt.AlignTop }
    ScrollView {
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.minimumHeight: 96
        Layout.preferredHeight: 2
        TextArea {
            id: minutesField
            objectName: "aptMinutes"
            text: editor.meeting.minutes || ""
            placeholderText: qsTr("What was discussed…")
            wrapMode: TextEdit.Wrap
            font.pixelSize: Theme.fs(15)
            Accessible.name: qsTr("Minutes")
            AutoSave {
                field: minutesField
                target: ({ "type": "apt", "id": editor.meeting.aptId || "", "field": "minutes" })
                stored: editor.meeting.minutes || ""
            }
        }
    }
    Label { text: qsTr("Decisions"); font.pixelSize: Theme.fs(14); Layout.alignment: Qt.AlignTop }
    ScrollView {
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.minimumHeight: 96
        Layout.preferredHeight: 2
        TextArea {
            id: decisionsField
            objectName: "aptDecisions"
            text: editor.meeting.decisions || ""
            placeholderText: qsTr("One decision or action item per line; they are followed up at the next APT…")
            wrapMode: TextEdit.Wrap
            font.pixelSize: Theme.fs(15)
            Accessible.name: qsTr("Decisions")
            AutoSave {
                field: decisionsField
                target: ({ "type": "apt", "id": editor.meeting.aptId || "", "field": "decisions" })
                stored: editor.meeting.decisions || ""
            }
        }
    }
}
