import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Enhetspuls

// One entry of the navigation rail / bottom bar: an icon and a label, ≥ 48 px.
AbstractButton {
    id: nav
    property string iconName
    property bool current: false
    property bool vertical: true
    implicitHeight: vertical ? 68 : 56
    implicitWidth: vertical ? 88 : 72
    focusPolicy: Qt.StrongFocus
    Accessible.name: text
    Accessible.role: Accessible.PageTab

    background: Rectangle {
        radius: 8
        color: nav.current ? Theme.railActive : (nav.hovered || nav.visualFocus ? Qt.rgba(1, 1, 1, 0.08) : "transparent")
        border.width: nav.visualFocus ? 2 : 0
        border.color: Theme.railText
    }
    contentItem: ColumnLayout {
        spacing: 2
        Image {
            source: "qrc:/qt/qml/Enhetspuls/icons/" + nav.iconName + ".svg"
            sourceSize: Qt.size(24, 24)
            Layout.alignment: Qt.AlignHCenter
            opacity: nav.current ? 1 : 0.85
        }
        Text {
            text: nav.text
            color: Theme.railText
            font.pixelSize: Theme.fs(12)
            font.bold: nav.current
            Layout.alignment: Qt.AlignHCenter
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: 9
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
            Layout.maximumWidth: nav.width - 4
        }
    }
}
