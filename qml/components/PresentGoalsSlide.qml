import QtQuick
import QtQuick.Layouts
import Enhetspuls

// Goals slide: the indicators first … first+count − 1 of the overview model, each with its
// value, status (shape and words) and trend in words ("lägre än förra året · bättre").
PresentSlide {
    id: slide
    property var ov
    property int first: 0
    property int count: 0
    property int page: 0
    property int pages: 1
    title: qsTr("Goals · %1").arg(Selection.periodText) + (pages > 1 ? "  (" + (page + 1) + "/" + pages + ")" : "")
    subtitle: ov ? [ov.summary.metText, ov.summary.partlyText, ov.summary.notMetText].filter(t => t).join(" · ") : ""
    // The rows from the top (not spread over the slide's height: no empty band above them).
    GridLayout {
        Layout.fillWidth: true
        columns: slide.count > 3 && slide.width > 1000 ? 2 : 1
        columnSpacing: 24 * slide.s
        rowSpacing: 10 * slide.s
        Repeater {
            model: slide.ov ? slide.ov : 0
            delegate: Rectangle {
                id: goalRow
                required property string name
                required property string valueText
                required property string targetText
                required property string statusClass
                required property string statusText
                required property string trendWords
                required property string trendClass
                required property string goalId
                required property string goalName
                required property bool firstOfGoal
                required property int index
                // The manager's analysis of the goal, once per goal on a slide.
                readonly property string analysis: {
                    Editor.revision
                    return (firstOfGoal || index === slide.first) && goalId.length > 0
                            ? Editor.comment("mal", "analys", goalId).trim() : ""
                }
                visible: index >= slide.first && index < slide.first + slide.count
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                implicitHeight: goalCol.implicitHeight + 20 * slide.s
                color: PresentColors.panel
                radius: 8
                Rectangle { width: 8; height: parent.height; radius: 4; color: PresentColors.status(goalRow.statusClass) }
                ColumnLayout {
                    id: goalCol
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.verticalCenter: parent.verticalCenter
                    anchors.margins: 10 * slide.s
                    anchors.leftMargin: 24 * slide.s
                    spacing: 2 * slide.s
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: 16 * slide.s
                        Text {
                            text: goalRow.name
                            color: PresentColors.text
                            font.pixelSize: 24 * slide.s
                            font.bold: true
                            wrapMode: Text.WordWrap
                            maximumLineCount: 2
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                        Text {
                            objectName: "presentValue"
                            text: goalRow.valueText
                            color: PresentColors.text
                            font.pixelSize: 30 * slide.s
                            font.bold: true
                            Layout.alignment: Qt.AlignTop
                        }
                    }
                    Text {
                        text: Theme.statusShape(goalRow.statusClass) + " " + goalRow.statusText + " · " + goalRow.targetText
                        color: PresentColors.status(goalRow.statusClass)
                        font.pixelSize: 20 * slide.s
                        font.bold: true
                        wrapMode: Text.WordWrap
                        maximumLineCount: 2
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    Text {
                        visible: goalRow.trendWords.length > 0
                        text: goalRow.trendWords
                        color: goalRow.trendClass === "none" ? PresentColors.muted : PresentColors.status(goalRow.trendClass)
                        font.pixelSize: 20 * slide.s
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                    Text {
                        visible: goalRow.analysis.length > 0
                        text: qsTr("Analysis of the goal %1").arg(goalRow.goalName)
                        color: PresentColors.accent
                        font.pixelSize: 18 * slide.s
                        font.bold: true
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                        Layout.topMargin: 4 * slide.s
                    }
                    Text {
                        objectName: "presentGoalAnalysis"
                        visible: goalRow.analysis.length > 0
                        text: goalRow.analysis
                        color: PresentColors.text
                        font.pixelSize: 20 * slide.s
                        font.italic: true
                        wrapMode: Text.WordWrap
                        maximumLineCount: 2
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                }
            }
        }
    }
    Text {
        visible: slide.count === 0
        text: qsTr("No indicators have targets or values for this unit and period.")
        color: PresentColors.muted
        font.pixelSize: 26 * slide.s
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
    Item { Layout.fillHeight: true }
}
