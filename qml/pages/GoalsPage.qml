import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtCharts
import Enhetspuls

// Mål: the goal cascade as a navigable tree; per goal its indicators with a trend chart and
// the target line, manual values, the period's analysis and the goal's actions.
Item {
    id: page
    objectName: "goalsPage"
    // Side by side only where the text leaves room (large text stacks the columns).
    readonly property bool wide: width / Math.max(1, Theme.fontScale) > 1000
    property string goalId: goals.goalAt(0)
    property string indicatorId: cards.count > 0 ? cards.indicatorAt(0) : ""
    property string goalName: ""

    GoalModel {
        id: goals
        objectName: "goalModel"
        unitId: Selection.unitId
        year: Selection.year
        month: Selection.month
        revision: Editor.revision
        onModelReset: if (goals.subtree(page.goalId).length === 0 || page.goalId === "") page.goalId = goals.goalAt(0)
    }
    OverviewModel {
        id: cards
        unitId: Selection.unitId
        year: Selection.year
        month: Selection.month
        revision: Editor.revision
        goalIds: page.goalId.length > 0 ? goals.subtree(page.goalId) : []
    }
    IndicatorSeriesModel {
        id: series
        objectName: "indicatorSeriesModel"
        unitId: Selection.unitId
        year: Selection.year
        month: Selection.month
        revision: Editor.revision
        indicatorId: page.indicatorId
        onReloaded: { series.fill(valueLine, targetLine); indicatorChart.fed() }
    }
    ActionModel {
        id: goalActions
        unitId: Selection.unitId
        year: Selection.year
        month: Selection.month
        revision: Editor.revision
        goalId: page.goalId
    }

    GridLayout {
        anchors.fill: parent
        anchors.margins: 24
        columns: page.wide ? 2 : 1
        columnSpacing: Theme.gap
        rowSpacing: Theme.gap

        Card {
            title: qsTr("Goals")
            subtitle: qsTr("Council → board → administration → unit")
            Layout.fillHeight: page.wide
            Layout.fillWidth: true
            Layout.preferredWidth: page.wide ? 380 : -1
            Layout.maximumWidth: page.wide ? 420 : 100000
            Layout.preferredHeight: page.wide ? -1 : Math.min(260, page.height * 0.3)
            ListView {
                id: goalList
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: goals
                keyNavigationEnabled: true
                // Tab reaches the list; the arrows move in it (the row is marked), Enter or Space opens the goal.
                activeFocusOnTab: true
                Keys.onReturnPressed: if (currentItem) currentItem.clicked()
                Keys.onEnterPressed: if (currentItem) currentItem.clicked()
                Keys.onSpacePressed: if (currentItem) currentItem.clicked()
                ScrollBar.vertical: ScrollBar {}
                delegate: ItemDelegate {
                    id: gd
                    required property string goalId
                    required property string code
                    required property string name
                    required property string levelText
                    required property int depth
                    required property string statusClass
                    required property string statusText
                    width: ListView.view.width
                    leftPadding: 8 + depth * 18
                    highlighted: goalId === page.goalId || (ListView.isCurrentItem && ListView.view.activeFocus)
                    Accessible.name: levelText + " " + code + ": " + name + ". " + statusText
                    onClicked: { page.goalId = goalId; page.goalName = name }
                    contentItem: ColumnLayout {
                        spacing: 0
                        RowLayout {
                            Layout.fillWidth: true
                            spacing: 8
                            Text { text: gd.levelText + " · " + gd.code; color: Theme.textMuted; font.pixelSize: Theme.fs(11); elide: Text.ElideRight; Layout.fillWidth: true }
                            StatusBadge { compact: true; statusClass: gd.statusClass; text: gd.statusText }
                        }
                        Text { text: gd.name; color: Theme.text; font.pixelSize: Theme.fs(14); font.bold: gd.highlighted; wrapMode: Text.WordWrap; maximumLineCount: 2; elide: Text.ElideRight; Layout.fillWidth: true }
                    }
                }
            }
        }

        Flickable {
            id: detail
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentHeight: detailCol.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
            ColumnLayout {
                id: detailCol
                width: detail.width
                spacing: Theme.gap
                GridLayout {
                    Layout.fillWidth: true
                    columns: detail.width / Math.max(1, Theme.fontScale) > 700 ? 2 : 1
                    columnSpacing: Theme.gap
                    rowSpacing: Theme.gap
                    Repeater {
                        model: cards
                        delegate: IndicatorCard {
                            required property string indicatorId
                            Layout.fillWidth: true
                            Layout.preferredWidth: 1
                            checked: indicatorId === page.indicatorId
                            onClicked: page.indicatorId = indicatorId
                        }
                    }
                }
                Text {
                    visible: cards.count === 0
                    text: qsTr("This goal has no indicators of its own; its analysis and actions are below.")
                    color: Theme.textMuted; font.pixelSize: Theme.fs(14); wrapMode: Text.WordWrap; Layout.fillWidth: true
                }
                Card {
                    visible: page.indicatorId.length > 0 && cards.count > 0
                    title: qsTr("Trend")
                    subtitle: series.targetText
                    Layout.fillWidth: true
                    ChartCard {
                        id: indicatorChart
                        name: qsTr("Trend of the indicator: its values and its target")
                        Layout.fillWidth: true
                        Layout.preferredHeight: 260
                        BarCategoryAxis { id: ix; categories: series.categories; labelsColor: Theme.textMuted; gridVisible: false }
                        ValueAxis { id: iy; min: series.chartMin; max: series.chartMax; labelFormat: "%.0f"; labelsColor: Theme.textMuted; tickCount: 5 }
                        LineSeries { id: valueLine; name: qsTr("Value"); axisX: ix; axisY: iy; color: Theme.chart1; width: 3; pointsVisible: true }
                        LineSeries { id: targetLine; name: qsTr("Target"); axisX: ix; axisY: iy; color: Theme.chartTarget; width: 2; style: Qt.DashLine }
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: 12
                        Text { text: qsTr("Value for %1").arg(series.currentPeriod); color: Theme.text; font.pixelSize: Theme.fs(14) }
                        TextField {
                            id: manualValue
                            objectName: "manualValue"
                            text: series.currentValue
                            placeholderText: "–"
                            placeholderTextColor: Theme.textMuted
                            Layout.preferredWidth: 120
                            Layout.preferredHeight: Theme.touch
                            inputMethodHints: Qt.ImhFormattedNumbersOnly
                            Accessible.name: qsTr("Value for %1").arg(series.currentPeriod)
                            // Written on leaving the field: a save re-formats the number.
                            AutoSave {
                                field: manualValue
                                deferred: true
                                stored: series.currentValue
                                target: ({ "type": "value", "indicator": page.indicatorId, "period": series.currentPeriod })
                            }
                        }
                        Text { text: qsTr("Entered by hand; imported values come from the source systems."); color: Theme.textMuted; font.pixelSize: Theme.fs(12); wrapMode: Text.WordWrap; Layout.fillWidth: true }
                    }
                }
                Card {
                    Layout.fillWidth: true
                    CommentEditor {
                        Layout.fillWidth: true
                        area: "mal"
                        kind: "analys"
                        ref: page.goalId
                        label: qsTr("Analysis for %1").arg(Selection.periodText)
                        placeholder: qsTr("How is the goal going, and why?")
                    }
                }
                Card {
                    title: qsTr("Actions for this goal")
                    Layout.fillWidth: true
                    headerExtra: Button {
                        objectName: "newGoalAction"
                        text: qsTr("New action")
                        Layout.preferredHeight: Theme.touch
                        onClicked: dialog.openNew(page.goalId, "mal")
                    }
                    ActionList {
                        Layout.fillWidth: true
                        model: goalActions
                        onEditRequested: row => dialog.openEdit(row)
                    }
                }
                // The unit's counts and statistics over the year (not only this goal's).
                StatisticsCard { Layout.fillWidth: true }
            }
        }
    }
    ActionDialog {
        id: dialog
        parent: Overlay.overlay
        statuses: goalActions.statuses()
        areas: goalActions.areas()
    }
}
