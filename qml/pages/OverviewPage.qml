import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Enhetspuls

// Översikt: goals' indicators, sick leave, budget and actions due for the unit and period.
Flickable {
    id: page
    objectName: "overviewPage"
    contentHeight: content.implicitHeight + 48
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar {}

    // Fewer columns with larger text (the width a column needs grows with the text).
    readonly property real textWidth: width / Math.max(1, Theme.fontScale)
    readonly property int columns: textWidth > 1500 ? 4 : textWidth > 1000 ? 3 : textWidth > 640 ? 2 : 1

    OverviewModel {
        id: overview
        objectName: "overviewModel"
        unitId: Selection.unitId
        year: Selection.year
        month: Selection.month
        revision: Editor.revision
        onReloaded: spark.refill()
    }
    ActionModel {
        id: due
        unitId: Selection.unitId
        year: Selection.year
        month: Selection.month
        revision: Editor.revision
        dueOnly: true
    }

    ColumnLayout {
        id: content
        x: 24
        y: 24
        width: page.width - 48
        spacing: Theme.gap

        // The heading, and the goal counts beside it where they fit (else under it, wrapping):
        // in a row they made the whole page wider than a portrait screen.
        GridLayout {
            Layout.fillWidth: true
            columns: page.width - 48 >= titleBlock.implicitWidth + 12 + badges.rowWidth ? 2 : 1
            columnSpacing: 12
            rowSpacing: 8
            ColumnLayout {
                id: titleBlock
                spacing: 2
                Layout.fillWidth: true
                Text {
                    text: qsTr("Overview")
                    color: Theme.text
                    font.pixelSize: Theme.fs(26)
                    font.bold: true
                }
                Text {
                    text: qsTr("%1 · %2").arg(Selection.unitName).arg(overview.dataMonthText)
                    color: Theme.textMuted
                    font.pixelSize: Theme.fs(14)
                }
            }
            Flow {
                id: badges
                readonly property real rowWidth: met.implicitWidth + partly.implicitWidth + notMet.implicitWidth + 2 * spacing
                spacing: 8
                Layout.fillWidth: true
                Layout.maximumWidth: rowWidth
                Layout.alignment: Qt.AlignRight | Qt.AlignVCenter
                StatusBadge { id: met; statusClass: "good"; text: overview.summary.metText || "" }
                StatusBadge { id: partly; statusClass: "warn"; text: overview.summary.partlyText || "" }
                StatusBadge { id: notMet; statusClass: "bad"; text: overview.summary.notMetText || "" }
            }
        }

        GridLayout {
            Layout.fillWidth: true
            columns: page.columns >= 3 ? 3 : page.columns
            columnSpacing: Theme.gap
            rowSpacing: Theme.gap

            Card {
                title: qsTr("Sick leave")
                subtitle: overview.sickLeave.targetText || ""
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                headerExtra: StatusBadge {
                    compact: true
                    statusClass: overview.sickLeave.statusClass || "none"
                    text: overview.sickLeave.statusText || ""
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: 12
                    KeyFigure { objectName: "overviewSickMonth"; label: qsTr("This month"); value: overview.sickLeave.monthText || "–"; Layout.fillWidth: true; Layout.preferredWidth: 1 }
                    KeyFigure { objectName: "overviewSickYtd"; label: qsTr("Year to date"); value: overview.sickLeave.ytdText || "–"; statusClass: overview.sickLeave.statusClass || ""; Layout.fillWidth: true; Layout.preferredWidth: 1 }
                    KeyFigure { label: qsTr("Rolling 12 months"); value: overview.sickLeave.rolling12Text || "–"; Layout.fillWidth: true; Layout.preferredWidth: 1 }
                }
                Sparkline {
                    id: spark
                    Layout.fillWidth: true
                    Layout.preferredHeight: 70
                    maxY: overview.sparkMax
                    feed: function(series) { overview.fillSparkline(series) }
                    labels: overview.sparkLabels
                    unit: "%"
                    name: qsTr("Sick leave per month, last 12 months")
                }
                Text {
                    text: qsTr("Short-term (day 1–14) %1 · long-term %2 of scheduled time, year to date")
                          .arg(overview.sickLeave.shortText || "–").arg(overview.sickLeave.longText || "–")
                    color: Theme.textMuted
                    font.pixelSize: Theme.fs(12)
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
            }

            Card {
                title: qsTr("Budget")
                subtitle: qsTr("Net cost, tkr. Positive = better than budget")
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                RowLayout {
                    Layout.fillWidth: true
                    spacing: 12
                    KeyFigure {
                        objectName: "overviewBudgetYtd"
                        label: qsTr("Deviation year to date")
                        value: overview.budget.ytdDeviationText || "–"
                        statusClass: overview.budget.ytdDeviationClass || ""
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                    }
                    KeyFigure {
                        objectName: "overviewForecastDeviation"
                        label: qsTr("Forecast deviation, full year")
                        value: overview.budget.forecastDeviationText || "–"
                        statusClass: overview.budget.forecastDeviationClass || ""
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                    }
                }
                GridLayout {
                    columns: 2
                    columnSpacing: 12
                    rowSpacing: 4
                    Layout.fillWidth: true
                    Text { text: qsTr("Budget to date"); color: Theme.textMuted; font.pixelSize: Theme.fs(13) }
                    Text { text: overview.budget.ytdBudgetText || "–"; color: Theme.text; font.pixelSize: Theme.fs(13); Layout.alignment: Qt.AlignRight }
                    Text { text: qsTr("Actual to date"); color: Theme.textMuted; font.pixelSize: Theme.fs(13) }
                    Text { text: overview.budget.ytdActualText || "–"; color: Theme.text; font.pixelSize: Theme.fs(13); Layout.alignment: Qt.AlignRight }
                    Text { text: qsTr("Budget full year"); color: Theme.textMuted; font.pixelSize: Theme.fs(13) }
                    Text { text: overview.budget.yearBudgetText || "–"; color: Theme.text; font.pixelSize: Theme.fs(13); Layout.alignment: Qt.AlignRight }
                    Text { text: qsTr("Forecast full year"); color: Theme.textMuted; font.pixelSize: Theme.fs(13) }
                    Text { text: overview.budget.forecastText || "–"; color: Theme.text; font.pixelSize: Theme.fs(13); Layout.alignment: Qt.AlignRight }
                }
            }

            Card {
                title: qsTr("Actions due or late")
                subtitle: qsTr("%Ln late · next 31 days", "", due.lateCount)
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                Layout.columnSpan: page.columns === 2 ? 2 : 1
                // A positioner, not the card's layout: a Layout left the rows a Repeater adds after
                // a reload stacked on top of each other.
                Column {
                    objectName: "overviewDueRows"
                    Layout.fillWidth: true
                    spacing: 8
                    Repeater {
                    model: due
                    delegate: RowLayout {
                        required property string title
                        required property string dueText
                        required property string statusClass
                        required property string statusText
                        required property int index
                        objectName: "dueRow_" + index
                        visible: index < 4
                        width: parent ? parent.width : 0
                        spacing: 8
                        Text {
                            text: Theme.statusShape(statusClass)
                            color: Theme.statusColor(statusClass)
                            font.pixelSize: Theme.fs(14)
                        }
                        ColumnLayout {
                            spacing: 0
                            Layout.fillWidth: true
                            // Both wrap: at large text a due date alone was wider than the card.
                            Text { text: title; color: Theme.text; font.pixelSize: Theme.fs(14); wrapMode: Text.WordWrap; maximumLineCount: 2; elide: Text.ElideRight; Layout.fillWidth: true }
                            Text { text: dueText; color: Theme.statusColor(statusClass); font.pixelSize: Theme.fs(12); wrapMode: Text.WordWrap; Layout.fillWidth: true }
                        }
                    }
                    }
                }
                Text {
                    visible: due.count === 0
                    text: qsTr("No actions are due in the coming month.")
                    color: Theme.textMuted
                    font.pixelSize: Theme.fs(14)
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                Text {
                    visible: due.count > 4
                    text: qsTr("+ %Ln more", "", due.count - 4)
                    color: Theme.accent
                    font.pixelSize: Theme.fs(13)
                }
                Item { Layout.fillHeight: true }
                Button {
                    text: qsTr("All actions")
                    flat: true
                    Layout.preferredHeight: Theme.touch
                    onClicked: Navigation.page = "actions"
                }
            }
        }

        Text {
            text: qsTr("Goals and indicators")
            color: Theme.text
            font.pixelSize: Theme.fs(20)
            font.bold: true
            Layout.topMargin: 8
        }

        GridLayout {
            Layout.fillWidth: true
            columns: page.columns
            columnSpacing: Theme.gap
            rowSpacing: Theme.gap
            Repeater {
                model: overview
                delegate: IndicatorCard {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 1
                    onClicked: Navigation.page = "goals"
                }
            }
        }
        Text {
            visible: overview.count === 0
            text: qsTr("No indicators have targets or values for this unit and period.")
            color: Theme.textMuted
            font.pixelSize: Theme.fs(15)
            // Wraps in the page's width (unwrapped it set the page's minimum width and pushed
            // every card past a portrait screen at large text).
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }

        Card {
            Layout.fillWidth: true
            CommentEditor {
                Layout.fillWidth: true
                area: "oversikt"
                kind: "analys"
                label: qsTr("Analysis of the period")
                placeholder: qsTr("Summarise the month: what went well, what needs action…")
            }
        }
    }
}
