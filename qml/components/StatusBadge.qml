import QtQuick
import QtQuick.Layouts
import Enhetspuls

// Goal attainment as colour, shape and text together (never colour alone).
Rectangle {
    id: badge
    property string statusClass: "none"
    property string text
    property bool compact: false

    color: Theme.statusSoft(statusClass)
    radius: height / 2
    implicitHeight: compact ? 26 : 30
    implicitWidth: row.implicitWidth + 20
    Accessible.role: Accessible.StaticText
    Accessible.name: text

    RowLayout {
        id: row
        anchors.centerIn: parent
        spacing: 6
        Text {
            text: Theme.statusShape(badge.statusClass)
            color: Theme.statusColor(badge.statusClass)
            font.pixelSize: Theme.fs(badge.compact ? 12 : 14)
            font.bold: true
        }
        Text {
            text: badge.text
            color: Theme.dark ? Theme.text : Theme.statusColor(badge.statusClass)
            font.pixelSize: Theme.fs(badge.compact ? 12 : 14)
            font.bold: true
        }
    }
}
