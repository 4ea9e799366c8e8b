import QtQuick
import QtQuick.Layouts
import Enhetspuls

// One slide of the APT presentation: a large title, a subtitle and the slide's content.
Item {
    id: slide
    property string title
    property string subtitle
    property real scale: 1
    default property alias content: body.data

    ColumnLayout {
        anchors.fill: parent
        anchors.leftMargin: 120 * slide.scale
        anchors.rightMargin: 120 * slide.scale
        anchors.topMargin: 16 * slide.scale
        anchors.bottomMargin: 16 * slide.scale
        spacing: 20 * slide.scale
        Text {
            text: slide.title
            color: PresentColors.text
            font.pixelSize: 44 * slide.scale
            font.bold: true
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Text {
            visible: slide.subtitle.length > 0
            text: slide.subtitle
            color: PresentColors.muted
            font.pixelSize: 24 * slide.scale
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        ColumnLayout {
            id: body
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 14 * slide.scale
        }
    }
}
