import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Enhetspuls

// A date as "ÅÅÅÅ-MM-DD": typed, or picked from a calendar (Monday first, Swedish month names)
// that opens from the button beside it. `text` is what is stored; an empty text is no date.
RowLayout {
    id: field
    property alias text: input.text
    property alias input: input
    property string accessibleName: qsTr("Date")
    spacing: 4

    TextField {
        id: input
        objectName: field.objectName.length > 0 ? field.objectName + "Input" : ""
        placeholderText: qsTr("YYYY-MM-DD")
        placeholderTextColor: Theme.textMuted
        inputMethodHints: Qt.ImhDate
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.touch
        Accessible.name: field.accessibleName
    }
    ToolButton {
        id: pickButton
        objectName: field.objectName.length > 0 ? field.objectName + "Pick" : ""
        icon.source: "qrc:/qt/qml/Enhetspuls/icons/calendar.svg"
        icon.color: Theme.text
        Layout.preferredWidth: Theme.touch
        Layout.preferredHeight: Theme.touch
        Accessible.name: qsTr("Choose %1 in a calendar").arg(field.accessibleName.toLowerCase())
        Accessible.role: Accessible.Button
        onClicked: calendar.open()
    }

    Popup {
        id: calendar
        objectName: field.objectName.length > 0 ? field.objectName + "Calendar" : ""
        modal: true
        focus: true
        padding: 12
        y: field.height
        x: Math.min(0, field.width - width)
        background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.border }
        // The month shown: the typed date's, else today's.
        onAboutToShow: {
            const d = Date.fromLocaleString(Qt.locale("C"), input.text, "yyyy-MM-dd")
            const shown = isNaN(d) ? new Date() : d
            grid.year = shown.getFullYear()
            grid.month = shown.getMonth()
        }
        function step(delta) {
            const m = grid.month + delta
            grid.year += Math.floor(m / 12)
            grid.month = ((m % 12) + 12) % 12
        }
        contentItem: ColumnLayout {
            spacing: 6
            RowLayout {
                Layout.fillWidth: true
                ToolButton {
                    objectName: calendar.objectName + "Prev"
                    text: "‹"; font.pixelSize: Theme.fs(22)
                    Layout.preferredWidth: Theme.touch; Layout.preferredHeight: Theme.touch
                    Accessible.name: qsTr("Previous month")
                    onClicked: calendar.step(-1)
                }
                Text {
                    text: grid.title
                    color: Theme.text; font.pixelSize: Theme.fs(17); font.bold: true
                    horizontalAlignment: Text.AlignHCenter
                    Layout.fillWidth: true
                }
                ToolButton {
                    objectName: calendar.objectName + "Next"
                    text: "›"; font.pixelSize: Theme.fs(22)
                    Layout.preferredWidth: Theme.touch; Layout.preferredHeight: Theme.touch
                    Accessible.name: qsTr("Next month")
                    onClicked: calendar.step(1)
                }
            }
            DayOfWeekRow {
                locale: grid.locale
                Layout.fillWidth: true
                delegate: Text {
                    required property string shortName
                    text: shortName
                    color: Theme.textMuted; font.pixelSize: Theme.fs(13)
                    horizontalAlignment: Text.AlignHCenter
                }
            }
            MonthGrid {
                id: grid
                objectName: calendar.objectName + "Grid"
                locale: Qt.locale()
                Layout.preferredWidth: 7 * Theme.touch
                Layout.preferredHeight: 6 * Theme.touch
                delegate: Rectangle {
                    required property var model
                    readonly property bool chosen: Qt.formatDate(model.date, "yyyy-MM-dd") === input.text
                    objectName: "day_" + Qt.formatDate(model.date, "yyyy-MM-dd")
                    implicitWidth: Theme.touch; implicitHeight: Theme.touch
                    radius: width / 2
                    color: chosen ? Theme.accent : "transparent"
                    border.color: model.today ? Theme.accent : "transparent"
                    Accessible.role: Accessible.Button
                    Accessible.name: model.date.toLocaleDateString(grid.locale, Locale.LongFormat)
                    Text {
                        anchors.centerIn: parent
                        text: parent.model.day
                        font.pixelSize: Theme.fs(15)
                        // Days of the months beside are muted, not faded (they can be picked: 4.5:1).
                        color: parent.chosen ? Theme.accentText : parent.model.month === grid.month ? Theme.text : Theme.textMuted
                    }
                }
                onClicked: date => { input.text = Qt.formatDate(date, "yyyy-MM-dd"); calendar.close() }
            }
            Button {
                text: qsTr("No date")
                flat: true
                Layout.alignment: Qt.AlignRight
                onClicked: { input.text = ""; calendar.close() }
            }
        }
    }
}
