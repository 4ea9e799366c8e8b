import QtQuick
import QtCharts
import Enhetspuls

// A Qt Charts view styled for the app: Swedish number formats, legend at the bottom; read out in
// words (DescribedChart).
DescribedChart {
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
}
