import QtQuick
import QtQuick.Layouts
import Enhetspuls

// The manager's comment or analysis on a presentation slide: a label and the text, which
// shrinks (down to a size still readable) to fit the space it is given and never spills out.
Rectangle {
    id: note
    property string text
    property real s: 1
    readonly property int fullPixelSize: Math.round(26 * s)
    color: PresentColors.panel
    radius: 8
    clip: true
    implicitHeight: label.implicitHeight + full.implicitHeight + 36 * s

    // The text at full size, only to measure how high it wants to be.
    Text {
        id: full
        visible: false
        width: body.width
        text: note.text
        font.pixelSize: note.fullPixelSize
        wrapMode: Text.WordWrap
    }
    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 14 * note.s
        anchors.leftMargin: 24 * note.s
        spacing: 4 * note.s
        Text {
            id: label
            text: qsTr("The manager's comment")
            color: PresentColors.accent
            font.pixelSize: 20 * note.s
            font.bold: true
            Layout.fillWidth: true
        }
        Text {
            id: body
            objectName: "presentNote"
            text: note.text
            color: PresentColors.text
            font.pixelSize: note.fullPixelSize
            fontSizeMode: Text.Fit
            minimumPixelSize: Math.round(18 * note.s)
            wrapMode: Text.WordWrap
            elide: Text.ElideRight
            verticalAlignment: Text.AlignTop
            Layout.fillWidth: true
            Layout.fillHeight: true
        }
    }
}
