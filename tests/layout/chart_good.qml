import QtQuick
import QtCharts
// The same charts with readable texts and a text alternative; a chart with no background is judged on what is under it.
Rectangle { width: 500; height: 360; color: "#161b22"
    ChartView { anchors.fill: parent; anchors.bottomMargin: 180; title: "Sjukfrånvaro"; titleColor: "#222222"
        backgroundColor: "white"; legend.labelColor: "#444444"; antialiasing: true
        Accessible.name: "Sjukfrånvaro per månad"; Accessible.description: "Total: jan 4,0 %, feb 6,0 %."
        BarSeries { name: "Total"; axisX: BarCategoryAxis { categories: ["jan", "feb"]; labelsColor: "#555555" }
            axisY: ValueAxis { min: 0; max: 10; titleText: "%"; titleBrush: Qt.color("#222222"); labelsColor: "#222222" }
            BarSet { label: "Total"; values: [4, 6] } }
    }
    ChartView { anchors.fill: parent; anchors.topMargin: 180; title: "Budget"; titleColor: "#e6edf3"
        backgroundColor: "transparent"; legend.visible: false
        Accessible.name: "Budget"; Accessible.description: "Utfall: 1,0 tkr, 5,0 tkr."
        LineSeries { name: "Utfall"; axisY: ValueAxis { min: 0; max: 10; titleText: "tkr"; titleBrush: Qt.color("#8b949e"); labelsColor: "#e6edf3" }
            axisX: ValueAxis { min: 0; max: 2; labelsColor: "#e6edf3" }
            XYPoint { x: 0; y: 1 } XYPoint { x: 2; y: 5 } }
    }
}
