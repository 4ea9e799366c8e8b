import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Dialogs
import Enhetspuls

// APT: the unit's staff meetings (arbetsplatsträffar) with agenda, minutes and decisions, saved
// as you type, and "Visa på APT": the month's figures full screen for the meeting.
Item {
    id: page
    objectName: "aptPage"
    readonly property bool wide: width > 900
    property string aptId: ""
    property int loads: 0
    readonly property var current: { page.loads; return apts.get(apts.indexOf(page.aptId)) }
    readonly property bool hasMeeting: page.aptId.length > 0 && apts.indexOf(page.aptId) >= 0
    // The outcome of the last "Save minutes (PDF)", in plain words.
    property string minutesMessage: ""
    property bool minutesOk: false

    AptModel {
        id: apts
        objectName: "aptModel"
        unitId: Selection.unitId
        year: Selection.year
        month: Selection.month
        revision: Editor.revision
        onReloaded: {
            if (apts.indexOf(page.aptId) < 0)
                page.aptId = apts.count > 0 ? apts.get(0).aptId : ""
            page.loads++
        }
    }
    Component.onCompleted: if (apts.count > 0 && page.aptId.length === 0) page.aptId = apts.get(0).aptId

    // Saves what is typed, then asks where to put the minutes (Documents, "APT <enhet> <datum>.pdf").
    function chooseMinutesFile() {
        Editor.flush()
        page.minutesMessage = ""
        const name = apts.minutesFileName(page.aptId)
        minutesDialog.selectedFile = AppSettings.documentsFolder + "/" + encodeURIComponent(name)
        minutesDialog.open()
    }
    function saveMinutes(file) {
        const r = apts.saveMinutes(page.aptId, file)
        page.minutesOk = r.ok
        page.minutesMessage = r.message
    }
    onAptIdChanged: page.minutesMessage = ""

    function createMeeting() {
        const id = Editor.createApt({ "meeting_date": AppSettings.today,
                                        "title": qsTr("APT %1").arg(Selection.periodText),
                                        "agenda": apts.standardAgenda() })
        if (id.length > 0)
            page.aptId = id
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 24
        spacing: Theme.gap

        // Title with the two main actions always in view.
        GridLayout {
            Layout.fillWidth: true
            columns: page.wide ? 3 : 2
            columnSpacing: 12
            rowSpacing: 8
            ColumnLayout {
                spacing: 2
                Layout.fillWidth: true
                Layout.columnSpan: page.wide ? 1 : 2
                Text { text: qsTr("Staff meetings (APT)"); color: Theme.text; font.pixelSize: Theme.fs(26); font.bold: true; wrapMode: Text.WordWrap; Layout.fillWidth: true }
                Text {
                    text: qsTr("%1 · %n meeting(s)", "", apts.count).arg(Selection.unitName)
                    color: Theme.textMuted; font.pixelSize: Theme.fs(14); wrapMode: Text.WordWrap; Layout.fillWidth: true
                }
            }
            AppButton {
                objectName: "presentApt"
                text: qsTr("Show at APT")
                icon.source: "qrc:/qt/qml/Enhetspuls/icons/overview.svg"
                Layout.preferredHeight: Theme.touch
                Layout.fillWidth: !page.wide
                Accessible.name: qsTr("Show this month's goals, sick leave, budget and actions full screen")
                onClicked: Navigation.page = "apt-present"
            }
            AppButton {
                objectName: "newApt"
                text: qsTr("New APT")
                primary: true
                icon.source: "qrc:/qt/qml/Enhetspuls/icons/add.svg"
                Layout.preferredHeight: Theme.touch
                Layout.fillWidth: !page.wide
                onClicked: page.createMeeting()
            }
        }

        GridLayout {
            Layout.fillWidth: true
            // Only when a card can grow; otherwise the spare height goes to the spacer below
            // (a layout that cannot grow gets its slack spread around it, leaving empty bands).
            Layout.fillHeight: page.wide || page.hasMeeting
            Layout.alignment: Qt.AlignTop
            columns: page.wide ? 2 : 1
            columnSpacing: Theme.gap
            rowSpacing: Theme.gap

            Card {
                title: qsTr("Meetings")
                subtitle: apts.count > 0 ? qsTr("Newest first") : ""
                Layout.fillWidth: !page.wide
                Layout.fillHeight: page.wide
                Layout.preferredWidth: page.wide ? 300 : -1
                Layout.preferredHeight: page.wide ? -1 : (apts.count > 0 ? 200 : implicitHeight)
                ListView {
                    id: meetingList
                    objectName: "aptList"
                    visible: apts.count > 0
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: apts
                    delegate: ItemDelegate {
                        required property string aptId
                        required property string title
                        required property string dateText
                        objectName: "apt_" + index
                        required property int index
                        width: ListView.view.width
                        height: Theme.touch + 16
                        highlighted: aptId === page.aptId
                        onClicked: page.aptId = aptId
                        contentItem: ColumnLayout {
                            spacing: 0
                            Text { text: dateText; color: Theme.text; font.pixelSize: Theme.fs(15); font.bold: true; elide: Text.ElideRight; Layout.fillWidth: true }
                            Text { text: title; color: Theme.textMuted; font.pixelSize: Theme.fs(13); elide: Text.ElideRight; Layout.fillWidth: true }
                        }
                    }
                }
                Text {
                    visible: apts.count === 0
                    text: qsTr("No meetings yet for %1.").arg(Selection.unitName)
                    color: Theme.textMuted; font.pixelSize: Theme.fs(15); wrapMode: Text.WordWrap; Layout.fillWidth: true
                }
                AppButton {
                    visible: apts.count === 0 && page.wide
                    text: qsTr("New APT")
                    primary: true
                    icon.source: "qrc:/qt/qml/Enhetspuls/icons/add.svg"
                    Layout.preferredHeight: Theme.touch
                    Layout.fillWidth: true
                    onClicked: page.createMeeting()
                }
                Item { visible: page.wide; Layout.fillHeight: true }
            }

            Card {
                objectName: "aptEditorCard"
                title: page.hasMeeting ? (page.current.title || "") : qsTr("Suggested agenda for %1").arg(Selection.periodText)
                subtitle: page.hasMeeting ? qsTr("Saved on this device as you type")
                                          : qsTr("“New APT” creates a meeting with this agenda; you can change it.")
                Layout.fillWidth: true
                Layout.fillHeight: page.wide || page.hasMeeting
                Layout.alignment: Qt.AlignTop

                // No meeting yet: the agenda a new meeting would get, with this month's figures.
                Text {
                    objectName: "aptAgendaPreview"
                    visible: !page.hasMeeting
                    text: { page.loads; return page.hasMeeting ? "" : apts.standardAgenda() }
                    color: Theme.text
                    font.pixelSize: Theme.fs(16)
                    lineHeight: 1.4
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                Item { visible: !page.hasMeeting && page.wide; Layout.fillHeight: true }

                AptEditor {
                    visible: page.hasMeeting
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    meeting: page.current
                }
                // The minutes to hand to the staff, as a PDF where the user chooses.
                Flow {
                    visible: page.hasMeeting
                    Layout.fillWidth: true
                    spacing: 12
                    AppButton {
                        objectName: "saveMinutes"
                        text: qsTr("Save minutes (PDF)")
                        icon.source: "qrc:/qt/qml/Enhetspuls/icons/document.svg"
                        height: Theme.touch
                        Accessible.name: qsTr("Save this meeting's minutes as a PDF file")
                        onClicked: page.chooseMinutesFile()
                    }
                    Text {
                        objectName: "minutesMessage"
                        visible: page.minutesMessage.length > 0
                        text: page.minutesMessage
                        color: page.minutesOk ? Theme.good : Theme.bad
                        font.pixelSize: Theme.fs(14)
                        wrapMode: Text.WrapAnywhere
                        width: parent.width
                    }
                }
            }
        }
        Item { visible: !(page.wide || page.hasMeeting); Layout.fillHeight: true }
    }

    FileDialog {
        id: minutesDialog
        objectName: "minutesDialog"
        fileMode: FileDialog.SaveFile
        currentFolder: AppSettings.documentsFolder
        title: qsTr("Save the minutes")
        nameFilters: [qsTr("PDF files (*.pdf)")]
        defaultSuffix: "pdf"
        onAccepted: page.saveMinutes(selectedFile)
    }

    // Built only while presenting, so its models don't reload on every unit switch.
    Loader {
        active: Navigation.page === "apt-present"
        sourceComponent: AptPresenter {
            previous: { page.loads; return apts.previousMeeting(page.hasMeeting ? page.aptId : "") }
        }
    }
}
