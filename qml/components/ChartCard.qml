import QtQuick
import QtCharts
import Enhetspuls

// A Qt Charts view styled for the app: Swedish number formats, legend at the bottom.
ChartView {
    id: chart
    antialiasing: true
    theme: Theme.dark ? ChartView.ChartThemeDark : ChartView.ChartThemeLight
    backgroundColor: Theme.surface
    plotAreaColor: Theme.surface
    backgroundRoundness: 0
    localizeNumbers: true
    legend.alignment: Qt.AlignBottom
    legend.labelColor: Theme.text
    legend.font.pixelSize: Theme.fs(13)
    titleColor: Theme.text
    titleFont.pixelSize: Theme.fs(15)
    titleFont.bold: true
    margins { left: 4; right: 8; top: 4; bottom: 4 }

    // Its text alternative (WCAG 1.1.1): `name` says what it shows and the description reads out
    // what it draws (ChartText); the page calls fed() once it has fed the series (read after the
    // axes have taken the new categories too).
    property string name: ""
    property int revision: 0
    function fed() { Qt.callLater(chart.nextRevision) }
    function nextRevision() { chart.revision++ }
    Accessible.role: Accessible.Chart
    Accessible.name: name
    Accessible.description: chart.revision >= 0 ? ChartText.describe(chart) : ""
}
