import QtQuick
import QtCharts
// Qt Charts draws its texts itself: pale axis labels, a pale legend and an axis title left at
// the light theme's grey on a dark background; neither chart has a text alternative.
Rectangle { width: 500; height: 360; color: "white"
    ChartView { id: chart; anchors.fill: parent; title: "Sjukfrånvaro"; titleColor: "#222222"
        backgroundColor: "white"; legend.labelColor: "#bbbbbb"; antialiasing: true
        BarSeries { name: "Total"; axisX: BarCategoryAxis { categories: ["jan", "feb"]; labelsColor: "#aaaaaa" }
            axisY: ValueAxis { min: 0; max: 10; titleText: "%"; titleBrush: Qt.color("#222222"); labelsColor: "#222222" }
            BarSet { label: "Total"; values: [4, 6] } }
    }
    ChartView { anchors.fill: parent; anchors.topMargin: 200; title: "Budget"; titleColor: "#e6edf3"
        backgroundColor: "#161b22"; legend.visible: false
        LineSeries { name: "Utfall"; axisY: ValueAxis { min: 0; max: 10; titleText: "tkr"; titleBrush: Qt.color("#30363d"); labelsColor: "#e6edf3" }
            axisX: ValueAxis { min: 0; max: 2; labelsColor: "#e6edf3" }
            XYPoint { x: 0; y: 1 } XYPoint { x: 2; y: 5 } }
    }
}
