import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Enhetspuls

// Verksamhetsstatistik: counts over the year (beslut, anmälningar, timmar) and statistics with no
// better or worse, month by month through the report month, with the year to date and last year
// to the same month. Hidden when the unit has none. Wider than the card on a narrow screen: the
// month columns scroll sideways, the names stay.
Card {
    id: card
    title: qsTr("Activity statistics")
    subtitle: qsTr("Month by month %1, year to date against last year").arg(Selection.year)
    visible: stats.count > 0
    objectName: "statisticsCard"

    readonly property int nameWidth: Math.min(300, Math.max(150, width * 0.3))
    readonly property int rowHeight: Math.max(34, Theme.fs(34))

    StatisticsModel {
        id: stats
        unitId: Selection.unitId
        year: Selection.year
        month: Selection.month
        revision: Editor.revision
    }

    // One row per indicator: its name, then the months and the two totals in columns that share
    // the rest of the width.
    readonly property int columnsCount: stats.monthHeaders.length + 3
    Repeater {
        model: [""].concat(stats.rowNames)
        delegate: RowLayout {
            id: line
            required property int index
            readonly property bool header: index === 0
            readonly property var cells: header ? stats.monthHeaders.concat([qsTr("Year to date"), qsTr("Last year")])
                                                : stats.rowCells(index - 1)
            Layout.fillWidth: true
            Layout.preferredHeight: card.rowHeight
            spacing: 4
            Text {
                text: line.header ? qsTr("Indicator") : stats.rowNames[line.index - 1]
                color: line.header ? Theme.textMuted : Theme.text
                font.pixelSize: Theme.fs(line.header ? 13 : 14); font.bold: line.header
                wrapMode: Text.WordWrap; maximumLineCount: 2; elide: Text.ElideRight
                verticalAlignment: Text.AlignVCenter
                Layout.preferredWidth: card.nameWidth
                Layout.fillHeight: true
            }
            Repeater {
                model: line.cells
                delegate: Text {
                    required property string modelData
                    required property int index
                    readonly property bool total: index >= stats.monthHeaders.length
                    text: modelData
                    color: line.header ? Theme.textMuted : Theme.text
                    font.pixelSize: Theme.fs(line.header ? 12 : 13)
                    font.bold: line.header || index === stats.monthHeaders.length
                    horizontalAlignment: Text.AlignRight
                    verticalAlignment: Text.AlignVCenter
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                    Layout.preferredWidth: total ? 3 : 2
                    Layout.fillHeight: true
                }
            }
        }
    }
}
