import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Enhetspuls

// Year and month selector for the follow-up period.
Popup {
    id: popup
    modal: true
    focus: true
    padding: 16
    property int shownYear: Selection.year
    // Months after the latest with figures are not offered: they would show empty cards.
    property int lastDataMonth: 12
    // The years offered: Selection.years, newest (this year) first.
    readonly property int newestYear: Selection.years[0]
    readonly property int oldestYear: Selection.years[Selection.years.length - 1]
    function refresh() { lastDataMonth = Selection.lastMonthWithData(shownYear) }
    onAboutToShow: { shownYear = Selection.year; refresh() }
    onShownYearChanged: if (visible) refresh()

    background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.border }

    contentItem: ColumnLayout {
        spacing: 12
        RowLayout {
            Layout.fillWidth: true
            ToolButton {
                objectName: "prevYear"
                text: "‹"
                font.pixelSize: Theme.fs(22)
                Layout.preferredWidth: Theme.touch; Layout.preferredHeight: Theme.touch
                Accessible.name: qsTr("Previous year")
                enabled: popup.shownYear > popup.oldestYear
                onClicked: popup.shownYear -= 1
            }
            Text {
                text: popup.shownYear
                color: Theme.text
                font.pixelSize: Theme.fs(20)
                font.bold: true
                horizontalAlignment: Text.AlignHCenter
                Layout.fillWidth: true
            }
            ToolButton {
                objectName: "nextYear"
                text: "›"
                font.pixelSize: Theme.fs(22)
                Layout.preferredWidth: Theme.touch; Layout.preferredHeight: Theme.touch
                Accessible.name: qsTr("Next year")
                enabled: popup.shownYear < popup.newestYear
                onClicked: popup.shownYear += 1
            }
        }
        Text {
            objectName: "noDataYear"
            visible: popup.lastDataMonth === 0
            text: qsTr("No figures for %1 yet.").arg(popup.shownYear)
            color: Theme.textMuted; font.pixelSize: Theme.fs(14)
            Layout.fillWidth: true; wrapMode: Text.WordWrap
        }
        GridLayout {
            columns: 4
            rowSpacing: 8
            columnSpacing: 8
            Repeater {
                model: Selection.monthNames
                delegate: Button {
                    required property string modelData
                    required property int index
                    objectName: "month_" + (index + 1)
                    text: modelData
                    Layout.preferredWidth: 76
                    Layout.preferredHeight: Theme.touch
                    highlighted: popup.shownYear === Selection.year && index + 1 === Selection.month
                    // White on the light dark-mode accent was 2.1:1; the darker blue holds 4.5:1.
                    Material.accent: Theme.dark ? Theme.railActive : Theme.accent
                    enabled: index + 1 <= popup.lastDataMonth
                    onClicked: { Selection.setPeriod(popup.shownYear, index + 1); popup.close() }
                }
            }
        }
    }
}
