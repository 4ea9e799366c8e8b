import QtQuick
import QtQuick.Layouts
import Enhetspuls

// Budget: the deviation to date (through the budget's month) and the full-year forecast
// deviation, what drives it (the largest category deviation) and the amounts behind it.
PresentSlide {
    id: slide
    property var ov
    readonly property var bd: ov ? ov.budget : ({})
    readonly property string through: bd.periodText || ""
    title: qsTr("Budget · %1").arg(Selection.periodText)
    subtitle: through.length > 0 ? qsTr("Net cost in tkr %1. Positive = better than budget").arg(through)
                                 : qsTr("Net cost in tkr. Positive = better than budget")
    RowLayout {
        Layout.fillWidth: true
        spacing: 60 * slide.s
        PresentFigure {
            s: slide.s
            label: slide.through.length > 0 ? qsTr("Deviation %1").arg(slide.through) : qsTr("Deviation year to date")
            value: slide.bd.ytdDeviationText || "–"
            statusClass: slide.bd.ytdDeviationClass || ""
            Layout.fillWidth: true; Layout.preferredWidth: 1
        }
        PresentFigure {
            objectName: "presentForecastDeviation"
            s: slide.s
            label: qsTr("Forecast deviation, full year")
            value: slide.bd.forecastDeviationText || "–"
            statusClass: slide.bd.forecastDeviationClass || ""
            Layout.fillWidth: true; Layout.preferredWidth: 1
        }
    }
    Text {
        objectName: "presentBudgetExplanation"
        text: slide.bd.explanationText || ""
        color: PresentColors.text
        font.pixelSize: 28 * slide.s
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
        Layout.topMargin: 12 * slide.s
    }
    Text {
        text: qsTr("Budget to date %1 · actual %2 · forecast full year %3")
              .arg(slide.bd.ytdBudgetText || "–").arg(slide.bd.ytdActualText || "–").arg(slide.bd.forecastText || "–")
        color: PresentColors.muted
        font.pixelSize: 22 * slide.s
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
    Item { Layout.fillHeight: true }
}
