import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Enhetspuls

// The fields of one APT meeting: date and title, agenda, minutes and decisions. Each field asks
// to be saved when it loses focus (saveRequested); nothing is computed here.
GridLayout {
    id: editor
    property var meeting: ({})
    readonly property bool narrow: width < 560
    signal saveRequested(string field, string text)
    columns: narrow ? 1 : 2
    columnSpacing: 12
    rowSpacing: 8

    Label { text: qsTr("Date"); font.pixelSize: Theme.fs(14) }
    RowLayout {
        Layout.fillWidth: true
        spacing: 12
        TextField {
            objectName: "aptDate"
            text: editor.meeting.date || ""
            placeholderText: qsTr("YYYY-MM-DD")
            inputMethodHints: Qt.ImhDate
            Layout.preferredWidth: 160
            Layout.preferredHeight: Theme.touch
            Accessible.name: qsTr("Meeting date")
            onEditingFinished: editor.saveRequested("meeting_date", text)
        }
        TextField {
            objectName: "aptTitle"
            text: editor.meeting.title || ""
            placeholderText: qsTr("Title")
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touch
            Accessible.name: qsTr("Title")
            onEditingFinished: editor.saveRequested("title", text)
        }
    }
    Label { text: qsTr("Agenda"); font.pixelSize: Theme.fs(14); Layout.alignment: Qt.AlignTop }
    ScrollView {
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.minimumHeight: 120
        Layout.preferredHeight: 3
        TextArea {
            objectName: "aptAgenda"
            text: editor.meeting.agenda || ""
            wrapMode: TextEdit.Wrap
            font.pixelSize: Theme.fs(15)
            Accessible.name: qsTr("Agenda")
            onEditingFinished: editor.saveRequested("agenda", text)
        }
    }
    Label { text: qsTr("Minutes"); font.pixelSize: Theme.fs(14); Layout.alignment: Qt.AlignTop }
    ScrollView {
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.minimumHeight: 96
        Layout.preferredHeight: 2
        TextArea {
            objectName: "aptMinutes"
            text: editor.meeting.minutes || ""
            placeholderText: qsTr("What was discussed…")
            wrapMode: TextEdit.Wrap
            font.pixelSize: Theme.fs(15)
            Accessible.name: qsTr("Minutes")
            onEditingFinished: editor.saveRequested("minutes", text)
        }
    }
    Label { text: qsTr("Decisions"); font.pixelSize: Theme.fs(14); Layout.alignment: Qt.AlignTop }
    ScrollView {
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.minimumHeight: 96
        Layout.preferredHeight: 2
        TextArea {
            objectName: "aptDecisions"
            text: editor.meeting.decisions || ""
            placeholderText: qsTr("One decision or action item per line; they are followed up at the next APT…")
            wrapMode: TextEdit.Wrap
            font.pixelSize: Theme.fs(15)
            Accessible.name: qsTr("Decisions")
            onEditingFinished: editor.saveRequested("decisions", text)
        }
    }
}
