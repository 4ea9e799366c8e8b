import QtQuick
import QtCharts
import Enhetspuls

// A small line chart without axes, fed from C++ by `feed(series)`.
DescribedChart {
    id: chart
    property var feed            // function(series) filling the line in one replace()
    property real maxY: 10
    property color lineColor: Theme.chart1
    property int points: 12
    antialiasing: true
    legend.visible: false
    backgroundColor: "transparent"
    plotAreaColor: "transparent"
    margins { left: 0; right: 0; top: 0; bottom: 0 }
    backgroundRoundness: 0

    // Read out in words under the `labels` and in the `unit` the page gives (it has no axes).
    function refill() { if (chart.feed) chart.feed(line); chart.fed() }

    ValueAxis { id: ax; min: 0; max: Math.max(1, chart.points - 1); visible: false }
    ValueAxis { id: ay; min: 0; max: chart.maxY; visible: false }
    LineSeries {
        id: line
        axisX: ax
        axisY: ay
        color: chart.lineColor
        width: 3
    }
    Component.onCompleted: refill()
}
