import QtQuick
import QtCharts
import Enhetspuls

// A ChartView with its text alternative (WCAG 1.1.1): `name` says what it shows, and the
// description reads out what it draws (ChartText), under `labels` and in `unit` where the chart
// has no category axis or axis title to take them from. Whoever feeds the series calls fed()
// afterwards (the description is read once the axes have taken new categories too).
ChartView {
    id: chart
    property string name: ""
    property var labels: []
    property string unit: ""
    property int revision: 0
    function fed() { Qt.callLater(chart.nextRevision) }
    function nextRevision() { chart.revision++ }
    Accessible.role: Accessible.Chart
    Accessible.name: name
    Accessible.description: chart.revision >= 0 ? ChartText.describe(chart, chart.labels, chart.unit) : ""
}
