import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Enhetspuls

// APT: the unit's staff meetings with agenda, minutes and decisions, saved as you type.
Item {
    id: page
    objectName: "aptPage"
    readonly property bool wide: width > 900
    property string aptId: apts.count > 0 ? apts.get(0).aptId : ""
    readonly property var current: { AppState.revision; return apts.get(apts.indexOf(page.aptId)) }

    AptModel {
        id: apts
        objectName: "aptModel"
        unitId: AppState.unitId
        year: AppState.year
        month: AppState.month
        revision: AppState.revision
    }

    function save(field, text) {
        if (page.aptId.length === 0 || page.current[field] === text)
            return
        const f = {}
        f[field] = text
        AppState.updateApt(page.aptId, f)
    }

    GridLayout {
        anchors.fill: parent
        anchors.margins: 24
        columns: page.wide ? 2 : 1
        columnSpacing: Theme.gap
        rowSpacing: Theme.gap

        Card {
            title: qsTr("Staff meetings (APT)")
            subtitle: qsTr("%1 meetings").arg(apts.count)
            Layout.fillWidth: !page.wide
            Layout.fillHeight: page.wide
            Layout.preferredWidth: page.wide ? 320 : -1
            Layout.preferredHeight: page.wide ? -1 : 220
            headerExtra: Button {
                objectName: "newApt"
                text: qsTr("New APT")
                highlighted: true
                Layout.preferredHeight: Theme.touch
                onClicked: {
                    const id = AppState.createApt({ "meeting_date": AppState.today,
                                                    "title": qsTr("APT %1").arg(AppState.periodText),
                                                    "agenda": apts.standardAgenda() })
                    if (id.length > 0)
                        page.aptId = id
                }
            }
            ListView {
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: apts
                delegate: ItemDelegate {
                    required property string aptId
                    required property string title
                    required property string dateText
                    width: ListView.view.width
                    height: Theme.touch + 12
                    highlighted: aptId === page.aptId
                    onClicked: page.aptId = aptId
                    contentItem: ColumnLayout {
                        spacing: 0
                        Text { text: title; color: Theme.text; font.pixelSize: Theme.fs(15); font.bold: true; elide: Text.ElideRight; Layout.fillWidth: true }
                        Text { text: dateText; color: Theme.textMuted; font.pixelSize: Theme.fs(12) }
                    }
                }
            }
            Text {
                visible: apts.count === 0
                text: qsTr("No meetings yet. Start one with “New APT”: the agenda gets this month's sick leave and budget.")
                color: Theme.textMuted; font.pixelSize: Theme.fs(14); wrapMode: Text.WordWrap; Layout.fillWidth: true
            }
        }

        Card {
            title: page.aptId.length > 0 ? (page.current.title || "") : qsTr("No meeting selected")
            subtitle: page.aptId.length > 0 ? qsTr("Saved on this device as you type") : qsTr("Create a meeting to write its agenda and minutes.")
            Layout.fillWidth: true
            Layout.fillHeight: true
            GridLayout {
                visible: page.aptId.length > 0
                Layout.fillWidth: true
                Layout.fillHeight: true
                columns: 2
                columnSpacing: 12
                rowSpacing: 8
                Label { text: qsTr("Date") }
                TextField {
                    text: page.current.date || ""
                    placeholderText: "ÅÅÅÅ-MM-DD"
                    Layout.preferredWidth: 180
                    Layout.preferredHeight: Theme.touch
                    onEditingFinished: page.save("meeting_date", text)
                }
                Label { text: qsTr("Title") }
                TextField {
                    text: page.current.title || ""
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touch
                    onEditingFinished: page.save("title", text)
                }
                Label { text: qsTr("Agenda"); Layout.alignment: Qt.AlignTop }
                TextArea {
                    text: page.current.agenda || ""
                    wrapMode: TextEdit.Wrap
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.minimumHeight: 120
                    onEditingFinished: page.save("agenda", text)
                }
                Label { text: qsTr("Minutes"); Layout.alignment: Qt.AlignTop }
                TextArea {
                    objectName: "aptMinutes"
                    text: page.current.minutes || ""
                    placeholderText: qsTr("What was discussed…")
                    wrapMode: TextEdit.Wrap
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.minimumHeight: 100
                    onEditingFinished: page.save("minutes", text)
                }
                Label { text: qsTr("Decisions"); Layout.alignment: Qt.AlignTop }
                TextArea {
                    text: page.current.decisions || ""
                    placeholderText: qsTr("Decisions and action items to follow up next time…")
                    wrapMode: TextEdit.Wrap
                    Layout.fillWidth: true
                    Layout.minimumHeight: 80
                    onEditingFinished: page.save("decisions", text)
                }
            }
        }
    }
}
