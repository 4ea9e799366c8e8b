import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import QtCharts
import Enhetspuls

// "Visa på APT": the month's follow-up full screen for a TV or projector, one slide per item
// (goals, sick leave, budget, open actions, last meeting's decisions). Arrow keys, Page Up/Down,
// swipe or the big ‹ › buttons move between slides; Esc or ✕ leaves. Every figure comes from
// the same C++ models as the pages.
Popup {
    id: presenter
    objectName: "aptPresenter"
    property var previous: ({})   // AptModel.previousMeeting(): title, dateText, decisions
    readonly property real s: Math.max(0.7, Math.min(width / 1280, height / 800))
    readonly property alias currentIndex: view.currentIndex
    readonly property int count: view.count

    parent: Overlay.overlay
    x: 0
    y: 0
    width: parent ? parent.width : 1280
    height: parent ? parent.height : 800
    padding: 0
    modal: true
    focus: true
    closePolicy: Popup.CloseOnEscape
    Component.onCompleted: open()
    onClosed: if (Navigation.page === "apt-present") Navigation.page = "apt"
    onOpened: { view.currentIndex = 0; keys.forceActiveFocus() }
    enter: Transition { NumberAnimation { property: "opacity"; from: 0; to: 1; duration: 120 } }
    exit: Transition { NumberAnimation { property: "opacity"; from: 1; to: 0; duration: 120 } }
    background: Rectangle { color: PresentColors.background }

    OverviewModel {
        id: ov
        unitId: Selection.unitId
        year: Selection.year
        month: Selection.month
        revision: Editor.revision
        onReloaded: presenter.fillChart()
    }
    ActionModel {
        id: acts
        unitId: Selection.unitId
        year: Selection.year
        month: Selection.month
        revision: Editor.revision
        showDone: false
    }
    function fillChart() {
        ov.fillSparkline(sickLine)
        ov.fillSparkTarget(targetLine)
    }

    contentItem: Item {
        id: keys
        focus: true
        Keys.onPressed: event => {
            if (event.key === Qt.Key_Right || event.key === Qt.Key_PageDown || event.key === Qt.Key_Space) {
                view.incrementCurrentIndex(); event.accepted = true
            } else if (event.key === Qt.Key_Left || event.key === Qt.Key_PageUp) {
                view.decrementCurrentIndex(); event.accepted = true
            } else if (event.key === Qt.Key_Home) {
                view.currentIndex = 0; event.accepted = true
            } else if (event.key === Qt.Key_End) {
                view.currentIndex = view.count - 1; event.accepted = true
            }
        }

        // Top bar: unit and month, slide number, close.
        RowLayout {
            id: topBar
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.margins: 16 * presenter.s
            spacing: 16
            Text {
                text: qsTr("APT · %1 · %2").arg(Selection.unitName).arg(Selection.periodText)
                color: PresentColors.muted
                font.pixelSize: 22 * presenter.s
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Text {
                objectName: "presentPosition"
                text: qsTr("%1 / %2").arg(view.currentIndex + 1).arg(view.count)
                color: PresentColors.muted
                font.pixelSize: 22 * presenter.s
            }
            Button {
                objectName: "presentClose"
                text: "✕"
                flat: true
                font.pixelSize: 28 * presenter.s
                Material.foreground: PresentColors.text
                Layout.preferredWidth: Math.max(64, 72 * presenter.s)
                Layout.preferredHeight: Math.max(64, 72 * presenter.s)
                Accessible.name: qsTr("Leave the presentation")
                onClicked: presenter.close()
            }
        }

        SwipeView {
            id: view
            objectName: "presentView"
            anchors.top: topBar.bottom
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: indicator.top
            clip: true

            // 1. Goals: status with shape and text, value, trend with arrow and text.
            PresentSlide {
                scale: presenter.s
                title: qsTr("Goals · %1").arg(Selection.periodText)
                subtitle: [ov.summary.metText, ov.summary.partlyText, ov.summary.notMetText].filter(t => t).join(" · ")
                GridLayout {
                    Layout.fillWidth: true
                    columns: ov.count > 5 && presenter.width > 1100 ? 2 : 1
                    columnSpacing: 24 * presenter.s
                    rowSpacing: 10 * presenter.s
                    Repeater {
                        model: ov
                        delegate: Rectangle {
                            id: goalRow
                            required property string name
                            required property string valueText
                            required property string targetText
                            required property string statusClass
                            required property string statusText
                            required property string trendArrow
                            required property string trendText
                            required property int index
                            visible: index < 10
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            Layout.preferredWidth: 1
                            implicitHeight: goalCol.implicitHeight + 20 * presenter.s
                            color: PresentColors.panel
                            radius: 8
                            Rectangle { width: 8; height: parent.height; radius: 4; color: PresentColors.status(goalRow.statusClass) }
                            ColumnLayout {
                                id: goalCol
                                anchors.fill: parent
                                anchors.margins: 10 * presenter.s
                                anchors.leftMargin: 24 * presenter.s
                                spacing: 2
                                RowLayout {
                                    Layout.fillWidth: true
                                    spacing: 16 * presenter.s
                                    Text { text: goalRow.name; color: PresentColors.text; font.pixelSize: 24 * presenter.s; font.bold: true; wrapMode: Text.WordWrap; maximumLineCount: 2; elide: Text.ElideRight; Layout.fillWidth: true }
                                    Text { text: goalRow.valueText; color: PresentColors.text; font.pixelSize: 30 * presenter.s; font.bold: true; Layout.alignment: Qt.AlignTop }
                                }
                                Text {
                                    text: Theme.statusShape(goalRow.statusClass) + " " + goalRow.statusText + "   " + goalRow.targetText
                                    color: PresentColors.status(goalRow.statusClass)
                                    font.pixelSize: 20 * presenter.s
                                    font.bold: true
                                    elide: Text.ElideRight
                                    Layout.fillWidth: true
                                }
                                Text {
                                    text: (goalRow.trendArrow.length > 0 ? goalRow.trendArrow + " " : "") + goalRow.trendText
                                    color: PresentColors.muted
                                    font.pixelSize: 20 * presenter.s
                                    elide: Text.ElideRight
                                    Layout.fillWidth: true
                                }
                            }
                        }
                    }
                }
                Text {
                    visible: ov.count === 0
                    text: qsTr("No indicators have targets or values for this unit and period.")
                    color: PresentColors.muted
                    font.pixelSize: 26 * presenter.s
                }
                Item { Layout.fillHeight: true }
            }

            // 2. Sick leave: month, year to date, rolling 12 and the last 12 months against the target.
            PresentSlide {
                scale: presenter.s
                title: qsTr("Sick leave")
                subtitle: (ov.sickLeave.targetText || "") + " · " + Theme.statusShape(ov.sickLeave.statusClass || "none") + " " + (ov.sickLeave.statusText || "")
                RowLayout {
                    Layout.fillWidth: true
                    spacing: 40 * presenter.s
                    PresentFigure { scale: presenter.s; label: qsTr("This month"); value: ov.sickLeave.monthText || "–"; Layout.fillWidth: true; Layout.preferredWidth: 1 }
                    PresentFigure { objectName: "presentSickYtd"; scale: presenter.s; label: qsTr("Year to date"); value: ov.sickLeave.ytdText || "–"; statusClass: ov.sickLeave.statusClass || ""; Layout.fillWidth: true; Layout.preferredWidth: 1 }
                    PresentFigure { scale: presenter.s; label: qsTr("Rolling 12 months"); value: ov.sickLeave.rolling12Text || "–"; Layout.fillWidth: true; Layout.preferredWidth: 1 }
                }
                ChartView {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.minimumHeight: 160
                    antialiasing: true
                    backgroundColor: PresentColors.background
                    plotAreaColor: PresentColors.background
                    backgroundRoundness: 0
                    localizeNumbers: true
                    legend.alignment: Qt.AlignBottom
                    legend.labelColor: PresentColors.text
                    legend.font.pixelSize: 20 * presenter.s
                    margins { left: 0; right: 0; top: 0; bottom: 0 }
                    BarCategoryAxis { id: sx; categories: ov.sparkLabels; labelsColor: PresentColors.text; labelsFont.pixelSize: 18 * presenter.s; gridVisible: false }
                    ValueAxis { id: sy; min: 0; max: ov.sparkMax; labelFormat: "%.0f"; titleText: "%"; titleBrush: PresentColors.text; labelsColor: PresentColors.text; labelsFont.pixelSize: 18 * presenter.s; tickCount: 5; gridLineColor: "#30363d" }
                    LineSeries { id: sickLine; name: qsTr("Sick leave per month"); axisX: sx; axisY: sy; color: PresentColors.accent; width: 5; pointsVisible: true }
                    LineSeries { id: targetLine; name: qsTr("Target"); axisX: sx; axisY: sy; color: PresentColors.warn; width: 3; style: Qt.DashLine }
                    Component.onCompleted: presenter.fillChart()
                }
            }

            // 3. Budget: deviation to date and forecast deviation with a one-line explanation.
            PresentSlide {
                scale: presenter.s
                title: qsTr("Budget · %1").arg(Selection.periodText)
                subtitle: qsTr("Net cost in tkr. Positive = better than budget")
                RowLayout {
                    Layout.fillWidth: true
                    spacing: 60 * presenter.s
                    PresentFigure {
                        scale: presenter.s
                        label: qsTr("Deviation year to date")
                        value: ov.budget.ytdDeviationText || "–"
                        statusClass: ov.budget.ytdDeviationClass || ""
                        Layout.fillWidth: true; Layout.preferredWidth: 1
                    }
                    PresentFigure {
                        objectName: "presentForecastDeviation"
                        scale: presenter.s
                        label: qsTr("Forecast deviation, full year")
                        value: ov.budget.forecastDeviationText || "–"
                        statusClass: ov.budget.forecastDeviationClass || ""
                        Layout.fillWidth: true; Layout.preferredWidth: 1
                    }
                }
                Text {
                    objectName: "presentBudgetExplanation"
                    text: ov.budget.explanationText || ""
                    color: PresentColors.text
                    font.pixelSize: 28 * presenter.s
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                    Layout.topMargin: 24 * presenter.s
                }
                Text {
                    text: qsTr("Budget to date %1 · actual %2 · forecast full year %3")
                          .arg(ov.budget.ytdBudgetText || "–").arg(ov.budget.ytdActualText || "–").arg(ov.budget.forecastText || "–")
                    color: PresentColors.muted
                    font.pixelSize: 22 * presenter.s
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                Item { Layout.fillHeight: true }
            }

            // 4. Open actions with owners and due dates.
            PresentSlide {
                scale: presenter.s
                title: qsTr("Open actions")
                subtitle: qsTr("%Ln open", "", acts.openCount) + ", " + qsTr("%Ln late", "", acts.lateCount)
                Repeater {
                    model: acts
                    delegate: RowLayout {
                        id: actRow
                        required property string title
                        required property string owner
                        required property string dueText
                        required property string statusText
                        required property string statusClass
                        required property bool late
                        required property int index
                        visible: index < 7
                        Layout.fillWidth: true
                        spacing: 20 * presenter.s
                        Text {
                            text: Theme.statusShape(actRow.statusClass)
                            color: PresentColors.status(actRow.statusClass)
                            font.pixelSize: 26 * presenter.s
                            Layout.alignment: Qt.AlignTop
                            Layout.preferredWidth: 32 * presenter.s
                        }
                        ColumnLayout {
                            spacing: 0
                            Layout.fillWidth: true
                            Text { text: actRow.title; color: PresentColors.text; font.pixelSize: 26 * presenter.s; font.bold: true; elide: Text.ElideRight; Layout.fillWidth: true }
                            Text {
                                text: [actRow.owner, actRow.dueText, actRow.statusText].filter(t => t.length > 0).join(" · ")
                                color: actRow.late ? PresentColors.bad : PresentColors.muted
                                font.pixelSize: 20 * presenter.s
                                elide: Text.ElideRight
                                Layout.fillWidth: true
                            }
                        }
                    }
                }
                Text {
                    visible: acts.count > 7
                    text: qsTr("+ %Ln more", "", acts.count - 7)
                    color: PresentColors.muted
                    font.pixelSize: 22 * presenter.s
                }
                Text {
                    visible: acts.count === 0
                    text: qsTr("No open actions.")
                    color: PresentColors.muted
                    font.pixelSize: 26 * presenter.s
                }
                Item { Layout.fillHeight: true }
            }

            // 5. Last meeting's decisions to follow up.
            PresentSlide {
                scale: presenter.s
                title: qsTr("Follow-up of last meeting's decisions")
                subtitle: presenter.previous.title ? qsTr("%1, %2").arg(presenter.previous.title).arg(presenter.previous.dateText) : ""
                Repeater {
                    model: presenter.previous.decisions || []
                    delegate: RowLayout {
                        required property string modelData
                        Layout.fillWidth: true
                        spacing: 16 * presenter.s
                        Text { text: "☐"; color: PresentColors.text; font.pixelSize: 28 * presenter.s; Layout.alignment: Qt.AlignTop }
                        Text { text: modelData; color: PresentColors.text; font.pixelSize: 28 * presenter.s; wrapMode: Text.WordWrap; Layout.fillWidth: true }
                    }
                }
                Text {
                    visible: !(presenter.previous.decisions && presenter.previous.decisions.length > 0)
                    text: presenter.previous.title ? qsTr("No decisions were written down at the last meeting.")
                                                   : qsTr("No earlier meeting: decisions made today are followed up at the next APT.")
                    color: PresentColors.muted
                    font.pixelSize: 26 * presenter.s
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                Item { Layout.fillHeight: true }
            }
        }

        PageIndicator {
            id: indicator
            anchors.bottom: parent.bottom
            anchors.horizontalCenter: parent.horizontalCenter
            anchors.bottomMargin: 12 * presenter.s
            count: view.count
            currentIndex: view.currentIndex
            interactive: true
            onCurrentIndexChanged: view.currentIndex = currentIndex
            delegate: Rectangle {
                required property int index
                implicitWidth: 14 * presenter.s
                implicitHeight: 14 * presenter.s
                radius: width / 2
                color: index === view.currentIndex ? PresentColors.text : "#4a525c"
            }
        }

        // Big previous / next buttons at the screen edges.
        RoundButton {
            objectName: "presentPrev"
            anchors.left: parent.left
            anchors.leftMargin: 16 * presenter.s
            anchors.verticalCenter: view.verticalCenter
            width: Math.max(64, 88 * presenter.s); height: width
            enabled: view.currentIndex > 0
            opacity: enabled ? 1 : 0.3
            text: "‹"
            font.pixelSize: 48 * presenter.s
            Material.background: PresentColors.panel
            Material.foreground: PresentColors.text
            Accessible.name: qsTr("Previous slide")
            onClicked: view.decrementCurrentIndex()
        }
        RoundButton {
            objectName: "presentNext"
            anchors.right: parent.right
            anchors.rightMargin: 16 * presenter.s
            anchors.verticalCenter: view.verticalCenter
            width: Math.max(64, 88 * presenter.s); height: width
            enabled: view.currentIndex < view.count - 1
            opacity: enabled ? 1 : 0.3
            text: "›"
            font.pixelSize: 48 * presenter.s
            Material.background: PresentColors.panel
            Material.foreground: PresentColors.text
            Accessible.name: qsTr("Next slide")
            onClicked: view.incrementCurrentIndex()
        }
    }
}
