import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Enhetspuls

// Jämför: units × key figures as a heat map (colour + shape + text), sortable; tap a unit to open it.
Flickable {
    id: page
    objectName: "comparePage"
    contentHeight: content.implicitHeight + 48
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar {}

    CompareModel {
        id: compare
        objectName: "compareModel"
        unitId: Selection.unitId
        year: Selection.year
        month: Selection.month
        revision: Editor.revision
    }

    ColumnLayout {
        id: content
        x: 24; y: 24
        width: page.width - 48
        spacing: Theme.gap
        ColumnLayout {
            spacing: 2
            Text { text: qsTr("Compare units"); color: Theme.text; font.pixelSize: Theme.fs(26); font.bold: true }
            Text {
                text: qsTr("Key figures to %1. Tap a column to sort, a unit to open it.").arg(Selection.periodText)
                color: Theme.textMuted; font.pixelSize: Theme.fs(14); wrapMode: Text.WordWrap; Layout.fillWidth: true
            }
        }
        Card {
            Layout.fillWidth: true
            RowLayout {
                Layout.fillWidth: true
                spacing: 6
                ItemDelegate {
                    focusPolicy: Qt.StrongFocus // reached with Tab, Space sorts or opens
                    text: qsTr("Unit") + (compare.sortColumn === -1 ? " ▲" : "")
                    font.bold: true
                    Layout.fillWidth: true
                    Layout.preferredWidth: page.width < 900 ? 1.3 : 2
                    Layout.preferredHeight: Theme.touch
                    onClicked: compare.sortColumn = -1
                }
                Repeater {
                    model: compare.columns
                    delegate: ItemDelegate {
                        focusPolicy: Qt.StrongFocus // reached with Tab, Space sorts or opens
                        required property string modelData
                        required property int index
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        Layout.preferredHeight: Theme.touch + 8
                        leftPadding: 4
                        rightPadding: 4
                        Accessible.name: qsTr("Sort by %1").arg(modelData)
                        onClicked: {
                            if (compare.sortColumn === index)
                                compare.ascending = !compare.ascending
                            else
                                compare.sortColumn = index
                        }
                        contentItem: Text {
                            text: modelData + (compare.sortColumn === index ? (compare.ascending ? " ▲" : " ▼") : "")
                            color: Theme.text
                            font.pixelSize: Theme.fs(13)
                            font.bold: true
                            wrapMode: Text.WordWrap
                            fontSizeMode: Text.HorizontalFit
                            minimumPixelSize: 9
                            horizontalAlignment: Text.AlignRight
                            verticalAlignment: Text.AlignVCenter
                        }
                    }
                }
            }
            Repeater {
                model: compare
                delegate: ItemDelegate {
                    focusPolicy: Qt.StrongFocus // reached with Tab, Space sorts or opens
                    id: crow
                    required property string unitId
                    required property string name
                    required property var cells
                    required property var classes
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touch
                    padding: 0
                    highlighted: unitId === Selection.unitId
                    Accessible.name: name
                    onClicked: { Selection.selectUnit(unitId); Navigation.page = "overview" }
                    contentItem: RowLayout {
                        spacing: 6
                        Text {
                            text: crow.name
                            color: Theme.text
                            font.pixelSize: Theme.fs(14)
                            font.bold: crow.highlighted
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                            Layout.preferredWidth: page.width < 900 ? 1.3 : 2
                            leftPadding: 12
                        }
                        Repeater {
                            model: crow.cells.length
                            delegate: Rectangle {
                                required property int index
                                Layout.fillWidth: true
                                Layout.preferredWidth: 1
                                Layout.fillHeight: true
                                Layout.topMargin: 3
                                Layout.bottomMargin: 3
                                radius: 6
                                color: Theme.statusSoft(crow.classes[index])
                                Text {
                                    anchors.fill: parent
                                    anchors.rightMargin: 8
                                    anchors.leftMargin: 4
                                    horizontalAlignment: Text.AlignRight
                                    fontSizeMode: Text.HorizontalFit
                                    minimumPixelSize: 10
                                    verticalAlignment: Text.AlignVCenter
                                    text: Theme.statusShape(crow.classes[index]) + "  " + crow.cells[index]
                                    color: Theme.dark ? Theme.text : Theme.statusColor(crow.classes[index])
                                    font.pixelSize: Theme.fs(14)
                                    font.bold: true
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
