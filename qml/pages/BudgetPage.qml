import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtCharts
import Enhetspuls

// Budget: cumulative utfall against budget with the forecast, a table per category with the
// manager's editable forecast, a comment, and actions with expected savings against the deviation.
Flickable {
    id: page
    objectName: "budgetPage"
    contentHeight: content.implicitHeight + 48
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar {}
    // Side by side only where the text leaves room (large text stacks the columns).
    readonly property bool wide: width / Math.max(1, Theme.fontScale) > 1000
    // The category table as one block per category (label beside each figure) where six
    // columns do not fit the text (portrait at large text).
    readonly property bool stacked: width / Math.max(1, Theme.fontScale) < 700

    BudgetModel {
        id: budget
        objectName: "budgetModel"
        unitId: Selection.unitId
        year: Selection.year
        month: Selection.month
        revision: Editor.revision
        onReloaded: page.refill()
    }
    function refill() {
        budget.fillCumulative(budgetLine, actualLine, forecastLine)
        cumulativeChart.fed()
    }
    ActionModel {
        id: actions
        unitId: Selection.unitId
        year: Selection.year
        month: Selection.month
        revision: Editor.revision
        area: "budget"
        showDone: false
    }
    Component.onCompleted: refill()

    ColumnLayout {
        id: content
        x: 24; y: 24
        width: page.width - 48
        spacing: Theme.gap

        RowLayout {
            Layout.fillWidth: true
            spacing: 24
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                Text { text: qsTr("Budget"); color: Theme.text; font.pixelSize: Theme.fs(26); font.bold: true }
                Text { objectName: "budgetPeriod"; text: qsTr("%1 · actual %2 · net cost in tkr, positive deviation = better than budget").arg(Selection.unitName).arg(budget.totals.periodText || qsTr("not reported yet this year")); color: Theme.textMuted; font.pixelSize: Theme.fs(14); wrapMode: Text.WordWrap; Layout.fillWidth: true }
            }
            KeyFigure { objectName: "budgetYtdDeviation"; label: qsTr("Deviation to date"); value: budget.totals.ytdDeviationText || "–"; statusClass: budget.totals.ytdDeviationClass || "" }
            KeyFigure { objectName: "budgetForecastDeviation"; label: qsTr("Forecast deviation"); value: budget.totals.forecastDeviationText || "–"; statusClass: budget.totals.forecastDeviationClass || "" }
        }

        GridLayout {
            Layout.fillWidth: true
            columns: page.wide ? 2 : 1
            columnSpacing: Theme.gap
            rowSpacing: Theme.gap
            Card {
                title: qsTr("Cumulative net cost %1").arg(Selection.year)
                subtitle: qsTr("Budget %1 · forecast %2").arg(budget.totals.yearBudgetText || "–").arg(budget.totals.forecastText || "–")
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                ChartCard {
                    id: cumulativeChart
                    objectName: "budgetChart"
                    name: qsTr("Cumulative net cost %1 in tkr: budget, actual and forecast").arg(Selection.year)
                    Layout.fillWidth: true
                    Layout.preferredHeight: 340
                    BarCategoryAxis { id: bx; categories: budget.categories; labelsColor: Theme.textMuted; gridVisible: false }
                    ValueAxis { id: by; min: 0; max: budget.chartMax; labelFormat: "%.0f"; labelsColor: Theme.textMuted; tickCount: 6; titleText: "tkr" }
                    LineSeries { id: budgetLine; name: qsTr("Budget"); axisX: bx; axisY: by; color: Theme.textMuted; width: 2; style: Qt.DashLine }
                    LineSeries { id: actualLine; name: qsTr("Actual"); axisX: bx; axisY: by; color: Theme.chart1; width: 3; pointsVisible: true }
                    LineSeries { id: forecastLine; name: qsTr("Forecast"); axisX: bx; axisY: by; color: Theme.chart2; width: 3; style: Qt.DotLine }
                }
            }
            Card {
                title: qsTr("Per category, to date (tkr)")
                subtitle: budget.editable ? qsTr("Type your full-year forecast; it is saved at once.") : qsTr("Forecasts are entered on each unit.")
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                RowLayout {
                    visible: !page.stacked
                    Layout.fillWidth: true
                    spacing: 8
                    Repeater {
                        model: [qsTr("Category"), qsTr("Budget"), qsTr("Actual"), qsTr("Deviation"), qsTr("Forecast, year"), qsTr("vs budget")]
                        delegate: Text {
                            required property string modelData
                            required property int index
                            text: modelData; color: Theme.textMuted; font.pixelSize: Theme.fs(12); font.bold: true
                            Layout.fillWidth: true; Layout.preferredWidth: index === 0 ? 2.4 : 1
                            horizontalAlignment: index === 0 ? Text.AlignLeft : Text.AlignRight
                            // Inside a word if need be: at large text "Avvikelse" is wider than its column.
                            wrapMode: Text.Wrap
                        }
                    }
                }
                Repeater {
                    model: budget
                    delegate: Rectangle {
                        id: brow
                        required property string category
                        required property string name
                        required property string budgetText
                        required property string actualText
                        required property string deviationText
                        required property string deviationClass
                        required property string forecast
                        required property string forecastText
                        required property string forecastDeviationText
                        required property string forecastDeviationClass
                        required property bool isTotal
                        Layout.fillWidth: true
                        implicitHeight: page.stacked ? cells.implicitHeight + 12 : Math.max(Theme.touch + 4, cells.implicitHeight)
                        color: isTotal || page.stacked ? Theme.surfaceAlt : "transparent"
                        radius: 6
                        // Six columns in a row; stacked, the name over pairs of label and figure
                        // (the labels are left out of the row, where the header names them).
                        GridLayout {
                            id: cells
                            anchors.fill: parent
                            anchors.leftMargin: page.stacked ? 10 : 4
                            anchors.rightMargin: page.stacked ? 10 : 4
                            anchors.topMargin: page.stacked ? 6 : 0
                            anchors.bottomMargin: page.stacked ? 6 : 0
                            columns: page.stacked ? 2 : 6
                            columnSpacing: 8
                            rowSpacing: 2
                            Text {
                                text: brow.name; color: Theme.text; font.pixelSize: Theme.fs(14); font.bold: brow.isTotal || page.stacked
                                Layout.fillWidth: true; Layout.preferredWidth: 2.4; Layout.columnSpan: page.stacked ? 2 : 1
                                elide: page.stacked ? Text.ElideNone : Text.ElideRight
                                wrapMode: page.stacked ? Text.Wrap : Text.NoWrap
                            }
                            Text { visible: page.stacked; text: qsTr("Budget"); color: Theme.textMuted; font.pixelSize: Theme.fs(14); Layout.fillWidth: true; Layout.preferredWidth: 1; wrapMode: Text.Wrap }
                            Text { text: brow.budgetText; color: Theme.text; font.pixelSize: Theme.fs(14); horizontalAlignment: Text.AlignRight; Layout.fillWidth: true; Layout.preferredWidth: 1 }
                            Text { visible: page.stacked; text: qsTr("Actual"); color: Theme.textMuted; font.pixelSize: Theme.fs(14); Layout.fillWidth: true; Layout.preferredWidth: 1; wrapMode: Text.Wrap }
                            Text { text: brow.actualText; color: Theme.text; font.pixelSize: Theme.fs(14); horizontalAlignment: Text.AlignRight; Layout.fillWidth: true; Layout.preferredWidth: 1 }
                            Text { visible: page.stacked; text: qsTr("Deviation"); color: Theme.textMuted; font.pixelSize: Theme.fs(14); Layout.fillWidth: true; Layout.preferredWidth: 1; wrapMode: Text.Wrap }
                            Text { text: brow.deviationText; color: Theme.statusColor(brow.deviationClass); font.pixelSize: Theme.fs(14); font.bold: true; horizontalAlignment: Text.AlignRight; Layout.fillWidth: true; Layout.preferredWidth: 1 }
                            Text { visible: page.stacked; text: qsTr("Forecast, year"); color: Theme.textMuted; font.pixelSize: Theme.fs(14); Layout.fillWidth: true; Layout.preferredWidth: 1; wrapMode: Text.Wrap }
                            Item {
                                Layout.fillWidth: true; Layout.preferredWidth: 1
                                // Tall enough for the field's text at any text size (it was cut at 200 %).
                                Layout.preferredHeight: Math.max(Theme.touch, forecastField.implicitHeight + 4)
                                TextField {
                                    id: forecastField
                                    objectName: "forecast_" + brow.category
                                    visible: !brow.isTotal && budget.editable
                                    anchors.fill: parent
                                    anchors.topMargin: 2
                                    anchors.bottomMargin: 2
                                    text: brow.forecast
                                    placeholderText: "–"
                                    placeholderTextColor: Theme.textMuted
                                    horizontalAlignment: Text.AlignRight
                                    font.pixelSize: Theme.fs(14)
                                    inputMethodHints: Qt.ImhFormattedNumbersOnly
                                    Accessible.name: qsTr("Forecast for %1 in tkr").arg(brow.name)
                                    // Written on leaving the field: a save rebuilds the rows.
                                    AutoSave {
                                        field: forecastField
                                        deferred: true
                                        stored: brow.forecast
                                        target: ({ "type": "forecast", "category": brow.category })
                                    }
                                }
                                Text {
                                    visible: brow.isTotal || !budget.editable
                                    anchors.fill: parent
                                    verticalAlignment: Text.AlignVCenter
                                    horizontalAlignment: Text.AlignRight
                                    text: brow.forecastText; color: Theme.text; font.pixelSize: Theme.fs(14); font.bold: brow.isTotal
                                }
                            }
                            Text { visible: page.stacked; text: qsTr("vs budget"); color: Theme.textMuted; font.pixelSize: Theme.fs(14); Layout.fillWidth: true; Layout.preferredWidth: 1; wrapMode: Text.Wrap }
                            Text { text: brow.forecastDeviationText; color: Theme.statusColor(brow.forecastDeviationClass); font.pixelSize: Theme.fs(14); horizontalAlignment: Text.AlignRight; Layout.fillWidth: true; Layout.preferredWidth: 1 }
                        }
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
                title: qsTr("Actions for a budget in balance")
                subtitle: qsTr("Expected savings of open actions %1 against a forecast deviation of %2")
                          .arg(actions.effectSumText).arg(budget.totals.forecastDeviationText || "–")
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                headerExtra: AppButton {
                    objectName: "newBudgetAction"
                    text: qsTr("New action")
                    Layout.preferredHeight: Theme.touch
                    onClicked: dialog.openNew("", "budget")
                }
                ActionList {
                    Layout.fillWidth: true
                    model: actions
                    onEditRequested: row => dialog.openEdit(row)
                }
            }
            Card {
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                CommentEditor {
                    Layout.fillWidth: true
                    area: "budget"
                    kind: "analys"
                    label: qsTr("Budget analysis for %1").arg(Selection.periodText)
                    placeholder: qsTr("Explain the deviation and what is being done about it…")
                }
            }
        }
    }
    ActionDialog {
        id: dialog
        parent: Overlay.overlay
        statuses: actions.statuses()
        areas: actions.areas()
    }
}
