import QtQuick
import QtQuick.Layouts
import Enhetspuls

// A key figure for the APT presentation: a label and a very large value in high contrast.
ColumnLayout {
    id: pf
    property string label
    property string value
    property string statusClass: ""
    property string note
    property real scale: 1
    spacing: 4 * scale
    Text {
        text: pf.label
        color: PresentColors.muted
        font.pixelSize: 24 * pf.scale
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
    Text {
        text: pf.value
        color: PresentColors.status(pf.statusClass)
        font.pixelSize: 64 * pf.scale
        font.bold: true
        fontSizeMode: Text.HorizontalFit
        minimumPixelSize: 24
        Layout.fillWidth: true
    }
    Text {
        visible: pf.note.length > 0
        text: pf.note
        color: PresentColors.status(pf.statusClass)
        font.pixelSize: 24 * pf.scale
        font.bold: true
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
}
