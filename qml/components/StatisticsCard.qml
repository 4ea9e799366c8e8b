import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Enhetspuls

// Verksamhetsstatistik: counts over the year (beslut, anmälningar, timmar) and statistics with no
// better or worse, month by month through the report month, with the year to date and last year
// to the same month. Hidden when the unit has none. On a narrow card the earliest months are left
// out (the latest months and the totals stay).
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
    // the rest of the width (a total 1.5 times a month). Where that would make a month narrower
    // than a five-digit figure (Mål beside its goal list, portrait), the earliest months are left
    // out; the latest months and the totals always show. A Row with computed widths, not a
    // RowLayout: Qt 6.4's layouts kept the space of hidden cells.
    TextMetrics { id: widest; font.pixelSize: Theme.fs(13); font.bold: true; text: "99 999" }
    readonly property real minCell: Math.ceil(widest.width) + 8
    readonly property int monthCount: stats.monthHeaders.length
    readonly property real cellsWidth: width - 2 * padding - nameWidth - 4
    readonly property int shownMonths: Math.max(1, Math.min(monthCount, Math.floor((cellsWidth - 3 * minCell - 8) / (minCell + 4))))
    readonly property int firstMonth: monthCount - shownMonths
    // Width of a month column (a total is 1.5 of it), spacing 4 between columns.
    readonly property real monthWidth: Math.max(minCell, (cellsWidth - (shownMonths + 1) * 4) / (shownMonths + 3))
    readonly property int columnsCount: stats.monthHeaders.length + 3
    Repeater {
        model: [""].concat(stats.rowNames)
        delegate: Row {
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
                width: card.nameWidth
                height: line.height
            }
            Repeater {
                model: line.cells
                delegate: Text {
                    required property string modelData
                    required property int index
                    readonly property bool total: index >= stats.monthHeaders.length
                    visible: total || index >= card.firstMonth
                    text: modelData
                    color: line.header ? Theme.textMuted : Theme.text
                    font.pixelSize: Theme.fs(line.header ? 12 : 13)
                    font.bold: line.header || index === stats.monthHeaders.length
                    horizontalAlignment: Text.AlignRight
                    verticalAlignment: Text.AlignVCenter
                    wrapMode: Text.WordWrap
                    width: total ? 1.5 * card.monthWidth : card.monthWidth
                    height: line.height
                }
            }
        }
    }
}
