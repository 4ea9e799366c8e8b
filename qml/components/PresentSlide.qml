import QtQuick
import QtQuick.Layouts
import Enhetspuls

// One slide of the APT presentation: a large title, a subtitle, the slide's content and, at
// the bottom, the manager's own comment or analysis for the area (hidden when there is none).
// `s` scales every size with the screen (1 at 1280×800).
Item {
    id: slide
    property string title
    property string subtitle
    property string note
    property real s: 1
    default property alias content: body.data

    ColumnLayout {
        anchors.fill: parent
        anchors.leftMargin: 120 * slide.s
        anchors.rightMargin: 120 * slide.s
        anchors.topMargin: 8 * slide.s
        anchors.bottomMargin: 16 * slide.s
        spacing: 14 * slide.s
        Text {
            objectName: "presentTitle"
            text: slide.title
            color: PresentColors.text
            font.pixelSize: 44 * slide.s
            font.bold: true
            wrapMode: Text.WordWrap
            maximumLineCount: 2
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        Text {
            visible: slide.subtitle.length > 0
            text: slide.subtitle
            color: PresentColors.muted
            font.pixelSize: 24 * slide.s
            wrapMode: Text.WordWrap
            maximumLineCount: 2
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        ColumnLayout {
            id: body
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 14 * slide.s
        }
        PresentNote {
            visible: slide.note.length > 0
            text: slide.note
            s: slide.s
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(implicitHeight, slide.height * 0.26)
            Layout.maximumHeight: slide.height * 0.26
        }
    }
}
