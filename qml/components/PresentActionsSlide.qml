import QtQuick
import QtQuick.Layouts
import Enhetspuls

// Open actions first … first+count − 1 with owner, due date and status (late ones in red).
PresentSlide {
    id: slide
    property var acts
    property int first: 0
    property int count: 0
    property int page: 0
    property int pages: 1
    title: qsTr("Open actions") + (pages > 1 ? "  (" + (page + 1) + "/" + pages + ")" : "")
    subtitle: acts ? qsTr("%Ln open", "", acts.openCount) + ", " + qsTr("%Ln late", "", acts.lateCount) : ""
    Repeater {
        model: slide.acts ? slide.acts : 0
        delegate: RowLayout {
            id: actRow
            required property string title
            required property string owner
            required property string dueText
            required property string statusText
            required property string statusClass
            required property bool late
            required property int index
            visible: index >= slide.first && index < slide.first + slide.count
            Layout.fillWidth: true
            spacing: 20 * slide.s
            Text {
                text: Theme.statusShape(actRow.statusClass)
                color: PresentColors.status(actRow.statusClass)
                font.pixelSize: 26 * slide.s
                horizontalAlignment: Text.AlignHCenter
                Layout.alignment: Qt.AlignTop
                Layout.preferredWidth: 32 * slide.s
            }
            ColumnLayout {
                spacing: 0
                Layout.fillWidth: true
                Text {
                    text: actRow.title
                    color: PresentColors.text
                    font.pixelSize: 26 * slide.s
                    font.bold: true
                    wrapMode: Text.WordWrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                Text {
                    text: [actRow.owner, actRow.dueText, actRow.statusText].filter(t => t.length > 0).join(" · ")
                    color: actRow.late ? PresentColors.bad : PresentColors.muted
                    font.pixelSize: 20 * slide.s
                    wrapMode: Text.WordWrap
                    maximumLineCount: 1
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
            }
        }
    }
    Text {
        visible: slide.count === 0
        text: qsTr("No open actions.")
        color: PresentColors.muted
        font.pixelSize: 26 * slide.s
        Layout.fillWidth: true
    }
    Item { Layout.fillHeight: true }
}
