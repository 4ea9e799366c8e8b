import QtQuick
import QtQuick.Layouts
import Enhetspuls

// A slide of text lines: the meeting's agenda, or last meeting's decisions to follow up. Each
// line wraps (at most two lines); a long list is split over slides by PresentationModel.
PresentSlide {
    id: slide
    property var lines: []
    property string mark: ""          // drawn before each line ("☐" for decisions)
    property string emptyText
    property int page: 0
    property int pages: 1
    property string baseTitle
    title: baseTitle + (pages > 1 ? "  (" + (page + 1) + "/" + pages + ")" : "")
    Repeater {
        model: slide.lines
        delegate: RowLayout {
            required property string modelData
            Layout.fillWidth: true
            spacing: 16 * slide.s
            Text {
                visible: slide.mark.length > 0
                text: slide.mark
                color: PresentColors.text
                font.pixelSize: 28 * slide.s
                Layout.alignment: Qt.AlignTop
            }
            Text {
                text: modelData
                color: PresentColors.text
                font.pixelSize: 28 * slide.s
                wrapMode: Text.WordWrap
                maximumLineCount: 2
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
        }
    }
    Text {
        visible: slide.lines.length === 0 && slide.emptyText.length > 0
        text: slide.emptyText
        color: PresentColors.muted
        font.pixelSize: 26 * slide.s
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
    Item { Layout.fillHeight: true }
}
