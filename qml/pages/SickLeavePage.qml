import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtCharts
import Enhetspuls

// Sjukfrånvaro: month values and rolling 12 months (separate lines), short vs long stacked,
// the target line, a table per month, comparison with siblings and parent, a monthly comment.
Flickable {
    id: page
    objectName: "sickleavePage"
    contentHeight: content.implicitHeight + 48
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar {}
    // Side by side only where the text leaves room (large text stacks the columns).
    readonly property bool wide: width / Math.max(1, Theme.fontScale) > 1000

    SickLeaveModel {
        id: sick
        objectName: "sickLeaveModel"
        unitId: Selection.unitId
        year: Selection.year
        month: Selection.month
        revision: Editor.revision
        onReloaded: page.refill()
    }
    function refill() {
        sick.fillTrend(monthLine, rollingLine, targetLine)
        sick.fillSplit(shortSet, longSet)
        sick.fillCompare(compareSet)
        trendChart.fed()
        splitChart.fed()
        compareChart.fed()
    }
    Component.onCompleted: refill()

    ColumnLayout {
        id: content
        x: 24; y: 24
        width: page.width - 48
        spacing: Theme.gap

        // The heading with the key figures beside it; where the text leaves no room (portrait
        // at large text) the figures go in a row under it.
        GridLayout {
            readonly property bool under: page.width / Math.max(1, Theme.fontScale) < 600
            Layout.fillWidth: true
            columns: under ? 2 : (page.wide ? 5 : 3)
            columnSpacing: 24
            rowSpacing: 8
            ColumnLayout {
                Layout.fillWidth: true
                Layout.columnSpan: parent.under ? 2 : 1
                spacing: 2
                Text { text: qsTr("Sick leave"); color: Theme.text; font.pixelSize: Theme.fs(26); font.bold: true; wrapMode: Text.Wrap; Layout.fillWidth: true }
                Text { text: Selection.unitName + " · " + Selection.year + " · " + sick.targetText; color: Theme.textMuted; font.pixelSize: Theme.fs(14); wrapMode: Text.WordWrap; Layout.fillWidth: true }
            }
            KeyFigure { label: qsTr("Year to date"); value: sick.totals.ytdText || "–"; Layout.fillWidth: parent.under; Layout.preferredWidth: parent.under ? 1 : -1 }
            KeyFigure { label: qsTr("Rolling 12 months"); value: sick.totals.rolling12Text || "–"; Layout.fillWidth: parent.under; Layout.preferredWidth: parent.under ? 1 : -1 }
            KeyFigure { visible: page.wide; label: qsTr("Share long-term (60+ days)"); value: sick.totals.longShareText || "–" }
            KeyFigure { visible: page.wide; label: qsTr("Sick pay cost"); value: sick.totals.costText || "–" }
        }

        GridLayout {
            Layout.fillWidth: true
            columns: page.wide ? 2 : 1
            columnSpacing: Theme.gap
            rowSpacing: Theme.gap
            Card {
                title: qsTr("Sick leave per month")
                subtitle: qsTr("Percentage of scheduled hours")
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                ChartCard {
                    id: trendChart
                    name: qsTr("Sick leave per month, percentage of scheduled hours")
                    Layout.fillWidth: true
                    Layout.preferredHeight: 300
                    BarCategoryAxis { id: trendX; categories: sick.categories; labelsColor: Theme.textMuted; gridVisible: false }
                    ValueAxis { id: trendY; min: 0; max: sick.chartMax; labelFormat: "%.0f"; titleText: "%"; labelsColor: Theme.textMuted; tickCount: 6 }
                    LineSeries { id: monthLine; name: qsTr("Month"); axisX: trendX; axisY: trendY; color: Theme.chart1; width: 3; pointsVisible: true }
                    LineSeries { id: rollingLine; name: qsTr("Rolling 12 months"); axisX: trendX; axisY: trendY; color: Theme.chart3; width: 3 }
                    LineSeries { id: targetLine; name: qsTr("Target"); axisX: trendX; axisY: trendY; color: Theme.chartTarget; width: 2; style: Qt.DashLine }
                }
            }
            Card {
                title: qsTr("Short and long sick leave")
                subtitle: qsTr("Day 1–14 and day 15+, percentage of scheduled hours")
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                ChartCard {
                    id: splitChart
                    name: qsTr("Short and long sick leave per month, percentage of scheduled hours")
                    Layout.fillWidth: true
                    Layout.preferredHeight: 300
                    StackedBarSeries {
                        axisX: BarCategoryAxis { categories: sick.categories; labelsColor: Theme.textMuted; gridVisible: false }
                        axisY: ValueAxis { min: 0; max: sick.chartMax; labelFormat: "%.0f"; titleText: "%"; labelsColor: Theme.textMuted; tickCount: 6 }
                        BarSet { id: shortSet; label: qsTr("Short-term (day 1–14)"); color: Theme.chart1; borderColor: Theme.surface }
                        BarSet { id: longSet; label: qsTr("Longer (day 15+)"); color: Theme.chart2; borderColor: Theme.surface }
                    }
                }
            }
        }

        GridLayout {
            Layout.fillWidth: true
            columns: page.wide ? 2 : 1
            columnSpacing: Theme.gap
            rowSpacing: Theme.gap
            Card {
                title: qsTr("Month by month")
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                RowLayout {
                    Layout.fillWidth: true
                    spacing: 12
                    Repeater {
                        model: [qsTr("Month"), qsTr("Sick leave"), qsTr("Short"), qsTr("Longer"), qsTr("Rolling 12")]
                        delegate: Text {
                            required property string modelData
                            required property int index
                            text: modelData; color: Theme.textMuted; font.pixelSize: Theme.fs(13); font.bold: true
                            Layout.fillWidth: true
                            Layout.preferredWidth: 1
                            horizontalAlignment: index === 0 ? Text.AlignLeft : Text.AlignRight
                            wrapMode: Text.Wrap // at large text a heading is wider than its column
                        }
                    }
                }
                ListView {
                    Layout.fillWidth: true
                    Layout.preferredHeight: contentHeight
                    interactive: false
                    model: sick
                    delegate: RowLayout {
                        id: monthRow
                        required property string monthText
                        required property string percentText
                        required property string shortText
                        required property string longText
                        required property string rolling12Text
                        required property string statusClass
                        required property bool hasData
                        required property int index
                        width: ListView.view.width
                        height: 34
                        spacing: 12
                        // A month without figures reads muted (not faded: 4.5:1 still holds).
                        readonly property color ink: monthRow.hasData ? Theme.text : Theme.textMuted
                        Text { text: monthText; color: monthRow.ink; font.pixelSize: Theme.fs(14); Layout.fillWidth: true; Layout.preferredWidth: 1 }
                        RowLayout {
                            Layout.fillWidth: true; Layout.preferredWidth: 1
                            Item { Layout.fillWidth: true }
                            Text { visible: hasData; text: Theme.statusShape(statusClass); color: Theme.statusColor(statusClass); font.pixelSize: Theme.fs(12) }
                            Text { text: percentText; color: monthRow.ink; font.pixelSize: Theme.fs(14); font.bold: true }
                        }
                        Text { text: shortText; color: monthRow.ink; font.pixelSize: Theme.fs(14); horizontalAlignment: Text.AlignRight; Layout.fillWidth: true; Layout.preferredWidth: 1 }
                        Text { text: longText; color: monthRow.ink; font.pixelSize: Theme.fs(14); horizontalAlignment: Text.AlignRight; Layout.fillWidth: true; Layout.preferredWidth: 1 }
                        Text { text: rolling12Text; color: monthRow.ink; font.pixelSize: Theme.fs(14); horizontalAlignment: Text.AlignRight; Layout.fillWidth: true; Layout.preferredWidth: 1 }
                    }
                }
            }
            ColumnLayout {
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                spacing: Theme.gap
                Card {
                    title: qsTr("Compared with related units")
                    subtitle: qsTr("Rolling 12 months to %1").arg(Selection.periodText)
                    Layout.fillWidth: true
                    ChartCard {
                        id: compareChart
                        name: qsTr("Sick leave compared with related units, rolling 12 months to %1").arg(Selection.periodText)
                        Layout.fillWidth: true
                        Layout.preferredHeight: Math.max(220, sick.compareCategories.length * 34 + 60)
                        legend.visible: false
                        HorizontalBarSeries {
                            labelsVisible: false
                            axisY: BarCategoryAxis { categories: sick.compareCategories; labelsColor: Theme.text; gridVisible: false }
                            axisX: ValueAxis { min: 0; max: sick.compareMax; labelFormat: "%.0f"; titleText: "%"; labelsColor: Theme.textMuted }
                            BarSet { id: compareSet; label: qsTr("Rolling 12 months"); color: Theme.chart1; labelColor: Theme.text }
                        }
                    }
                }
                Card {
                    Layout.fillWidth: true
                    CommentEditor {
                        Layout.fillWidth: true
                        area: "sjukfranvaro"
                        kind: "kommentar"
                        label: qsTr("Comment for %1").arg(Selection.periodText)
                    }
                }
            }
        }
    }
}
