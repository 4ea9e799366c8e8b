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
    // Goals a decision's action can be linked to, and the action statuses and areas.
    GoalModel { id: goalChoices; unitId: Selection.unitId; revision: Editor.revision }
    ActionModel { id: actionChoices }

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
        // The meeting starts with the unit's standard agenda as items.
        const id = Editor.createApt({ "meeting_date": AppSettings.today,
                                        "title": qsTr("APT %1").arg(Selection.periodText) })
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
            // The editor card takes the height that is left (the agenda preview scrolls in it).
            Layout.fillHeight: true
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
                    // Tab reaches the list; the arrows move in it, Enter or Space opens the meeting.
                    keyNavigationEnabled: true
                    activeFocusOnTab: true
                    Keys.onReturnPressed: if (currentItem) currentItem.clicked()
                    Keys.onEnterPressed: if (currentItem) currentItem.clicked()
                    Keys.onSpacePressed: if (currentItem) currentItem.clicked()
                    delegate: ItemDelegate {
                        required property string aptId
                        required property string title
                        required property string dateText
                        objectName: "apt_" + index
                        required property int index
                        width: ListView.view.width
                        height: Theme.touch + 16
                        highlighted: aptId === page.aptId || (ListView.isCurrentItem && ListView.view.activeFocus)
                        Accessible.name: qsTr("%1, %2").arg(dateText).arg(title)
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
                    // Text.Wrap: a long unit name breaks inside the word when it alone is wider
                    // than the narrow card (large text).
                    color: Theme.textMuted; font.pixelSize: Theme.fs(15); wrapMode: Text.Wrap; Layout.fillWidth: true
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
                AppButton {
                    objectName: "editStandardAgenda"
                    text: qsTr("Standard agenda…")
                    icon.source: "qrc:/qt/qml/Enhetspuls/icons/apt.svg"
                    Layout.preferredHeight: Theme.touch
                    Layout.fillWidth: true
                    Accessible.name: qsTr("Change the agenda every new meeting of %1 starts from").arg(Selection.unitName)
                    onClicked: agendaDialog.openFor(apts.standardAgendaEntries())
                }
            }

            Card {
                objectName: "aptEditorCard"
                title: page.hasMeeting ? (page.current.title || "") : qsTr("Suggested agenda for %1").arg(Selection.periodText)
                subtitle: page.hasMeeting ? (page.current.closed ? qsTr("Closed · saved on this device")
                                                                 : qsTr("Saved on this device as you type"))
                                          : qsTr("“New APT” creates a meeting with this agenda; you can change it.")
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.alignment: Qt.AlignTop

                // No meeting yet: the agenda a new meeting would get, with this month's figures;
                // it scrolls in the card when it is taller (large text, a long agenda).
                Flickable {
                    id: previewScroll
                    visible: !page.hasMeeting
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredHeight: preview.implicitHeight
                    contentHeight: preview.implicitHeight
                    clip: true
                    boundsBehavior: Flickable.StopAtBounds
                    ScrollBar.vertical: ScrollBar { policy: previewScroll.contentHeight > previewScroll.height ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded }
                    Text {
                        id: preview
                        objectName: "aptAgendaPreview"
                        width: previewScroll.width - 12
                        text: { page.loads; return page.hasMeeting ? "" : apts.standardAgenda() }
                        color: Theme.text
                        font.pixelSize: Theme.fs(16)
                        lineHeight: 1.4
                        wrapMode: Text.WordWrap
                    }
                }

                AptEditor {
                    visible: page.hasMeeting
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.minimumHeight: 320
                    meeting: page.current
                    goals: { goalChoices.count; return goalChoices.choices() }
                    statuses: actionChoices.statuses()
                    areas: actionChoices.areas()
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

    // The unit's standard agenda: what every new meeting starts from.
    Dialog {
        id: agendaDialog
        objectName: "agendaDialog"
        parent: Overlay.overlay
        modal: true
        title: qsTr("Standard agenda for %1").arg(Selection.unitName)
        width: Math.min(parent ? parent.width - 32 : 560, 560)
        height: Math.min(parent ? parent.height - 48 : 640, 640)
        x: parent ? (parent.width - width) / 2 : 0
        y: 24
        property bool changed: false
        ListModel { id: agendaEntries }
        function openFor(entries) {
            agendaEntries.clear()
            for (const e of entries)
                agendaEntries.append({ "title": e.title, "area": e.area })
            changed = false
            open()
        }
        function save() {
            const titles = [], areas = []
            for (let i = 0; i < agendaEntries.count; ++i) {
                titles.push(agendaEntries.get(i).title)
                areas.push(agendaEntries.get(i).area)
            }
            Editor.setStandardAgenda(titles, areas)
            changed = false
        }
        onAccepted: save()
        Connections {
            target: Editor
            // Nothing typed is lost: an open, changed agenda is saved on close or quit.
            function onFlushing() { if (agendaDialog.opened && agendaDialog.changed) agendaDialog.save() }
        }
        footer: DialogButtonBox {
            Button { text: qsTr("Cancel"); flat: true; DialogButtonBox.buttonRole: DialogButtonBox.RejectRole }
            AppButton { objectName: "agendaSave"; text: qsTr("Save"); primary: true; DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole }
        }
        ColumnLayout {
            anchors.fill: parent
            spacing: 8
            Text {
                text: qsTr("Every new APT of %1 starts with these items, in this order.").arg(Selection.unitName)
                color: Theme.textMuted; font.pixelSize: Theme.fs(14); wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            ListView {
                id: agendaList
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: 4
                model: agendaEntries
                delegate: RowLayout {
                    id: entryRow
                    required property int index
                    required property string title
                    width: ListView.view.width
                    spacing: 4
                    TextField {
                        objectName: "agendaEntry_" + entryRow.index
                        text: entryRow.title
                        Layout.fillWidth: true
                        Layout.preferredHeight: Theme.touch
                        Accessible.name: qsTr("Item %1").arg(entryRow.index + 1)
                        onTextEdited: { agendaEntries.setProperty(entryRow.index, "title", text); agendaDialog.changed = true }
                    }
                    ToolButton {
                        icon.source: "qrc:/qt/qml/Enhetspuls/icons/prev.svg"; icon.color: Theme.text
                        rotation: 90
                        enabled: entryRow.index > 0
                        Layout.preferredWidth: Theme.touch; Layout.preferredHeight: Theme.touch
                        Accessible.name: qsTr("Move item %1 up").arg(entryRow.index + 1)
                        Accessible.role: Accessible.Button
                        onClicked: { agendaEntries.move(entryRow.index, entryRow.index - 1, 1); agendaDialog.changed = true }
                    }
                    ToolButton {
                        icon.source: "qrc:/qt/qml/Enhetspuls/icons/close.svg"; icon.color: Theme.text
                        enabled: agendaEntries.count > 1
                        Layout.preferredWidth: Theme.touch; Layout.preferredHeight: Theme.touch
                        Accessible.name: qsTr("Remove item %1").arg(entryRow.index + 1)
                        Accessible.role: Accessible.Button
                        onClicked: { agendaEntries.remove(entryRow.index); agendaDialog.changed = true }
                    }
                }
            }
            AppButton {
                objectName: "agendaAdd"
                text: qsTr("Add item")
                icon.source: "qrc:/qt/qml/Enhetspuls/icons/add.svg"
                Layout.preferredHeight: Theme.touch
                onClicked: {
                    agendaEntries.append({ "title": qsTr("New item"), "area": "" })
                    agendaDialog.changed = true
                    agendaList.positionViewAtEnd()
                }
            }
        }
    }

    // Built only while presenting, so its models don't reload on every unit switch.
    Loader {
        active: Navigation.page === "apt-present"
        sourceComponent: AptPresenter {
            aptId: page.hasMeeting ? page.aptId : ""
            previous: { page.loads; return apts.previousMeeting(page.hasMeeting ? page.aptId : "") }
        }
    }
}
