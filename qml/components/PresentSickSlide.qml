import QtQuick
import QtQuick.Layouts
import QtCharts
import Enhetspuls

// Sick leave: month, year to date and rolling 12 months, the year to date against last year
// in words and colour ("12,1 % · lägre än förra året · bättre"), and the last 12 months against
// the target.
PresentSlide {
    id: slide
    property var ov
    readonly property var sl: ov ? ov.sickLeave : ({})
    title: qsTr("Sick leave · %1").arg(Selection.periodText)
    subtitle: (sl.targetText || "") + " · " + Theme.statusShape(sl.statusClass || "none") + " " + (sl.statusText || "")
    onOvChanged: fillChart()
    function fillChart() {
        if (!slide.ov)
            return
        slide.ov.fillSparkline(sickLine)
        slide.ov.fillSparkTarget(targetLine)
        sickChart.fed()
    }
    Connections { target: slide.ov ? slide.ov : null; ignoreUnknownSignals: true; function onReloaded() { slide.fillChart() } }
    RowLayout {
        Layout.fillWidth: true
        spacing: 40 * slide.s
        PresentFigure { s: slide.s; label: qsTr("This month"); value: slide.sl.monthText || "–"; Layout.fillWidth: true; Layout.preferredWidth: 1 }
        PresentFigure { objectName: "presentSickYtd"; s: slide.s; label: qsTr("Year to date"); value: slide.sl.ytdText || "–"; statusClass: slide.sl.statusClass || ""; Layout.fillWidth: true; Layout.preferredWidth: 1 }
        PresentFigure { s: slide.s; label: qsTr("Rolling 12 months"); value: slide.sl.rolling12Text || "–"; Layout.fillWidth: true; Layout.preferredWidth: 1 }
    }
    Text {
        objectName: "presentSickTrend"
        readonly property string cls: slide.sl.trendClass || "none"
        text: slide.sl.trendLine || ""
        color: cls === "none" ? PresentColors.text : PresentColors.status(cls)
        font.pixelSize: 30 * slide.s
        font.bold: true
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
    DescribedChart {
        id: sickChart
        name: qsTr("Sick leave per month, last 12 months")
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.minimumHeight: 90 * slide.s
        antialiasing: true
        backgroundColor: PresentColors.background
        plotAreaColor: PresentColors.background
        backgroundRoundness: 0
        localizeNumbers: true
        legend.alignment: Qt.AlignBottom
        legend.labelColor: PresentColors.text
        legend.font.pixelSize: 20 * slide.s
        margins { left: 0; right: 0; top: 0; bottom: 0 }
        BarCategoryAxis { id: sx; categories: slide.ov ? slide.ov.sparkLabels : []; labelsColor: PresentColors.text; labelsFont.pixelSize: 18 * slide.s; gridVisible: false }
        ValueAxis { id: sy; min: 0; max: slide.ov ? slide.ov.sparkMax : 1; labelFormat: sy.max <= 2 ? "%.1f" : "%.0f"; titleText: "%"; titleBrush: PresentColors.text; labelsColor: PresentColors.text; labelsFont.pixelSize: 18 * slide.s; tickCount: 3; gridLineColor: "#30363d" }
        LineSeries { id: sickLine; name: qsTr("Sick leave per month"); axisX: sx; axisY: sy; color: PresentColors.accent; width: 5; pointsVisible: true }
        LineSeries { id: targetLine; name: qsTr("Target"); axisX: sx; axisY: sy; color: PresentColors.warn; width: 3; style: Qt.DashLine }
        Component.onCompleted: slide.fillChart()
    }
}
