import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Enhetspuls

// The organisation tree as an indented, searchable list in a drawer.
Drawer {
    id: picker
    edge: Qt.LeftEdge
    width: Math.min(parent ? parent.width * 0.9 : 420, 440)
    height: parent ? parent.height : 600
    modal: true

    background: Rectangle { color: Theme.surface }

    onOpened: { search.text = ""; search.forceActiveFocus() }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 12
        Text {
            text: qsTr("Choose unit")
            color: Theme.text
            font.pixelSize: Theme.fs(20)
            font.bold: true
        }
        TextField {
            id: search
            objectName: "unitSearch"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touch
            placeholderText: qsTr("Search unit or code")
            placeholderTextColor: Theme.textMuted
            inputMethodHints: Qt.ImhNoPredictiveText
            Keys.onDownPressed: list.forceActiveFocus()
            // Enter picks the first unit the search matches.
            onAccepted: {
                const row = list.itemAtIndex(units.firstMatch())
                if (row)
                    row.clicked()
            }
        }
        ListView {
            id: list
            objectName: "unitList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            keyNavigationEnabled: true
            // Tab from the search reaches the list; the arrows move in it, Enter picks.
            activeFocusOnTab: true
            Keys.onReturnPressed: if (currentItem) currentItem.clicked()
            Keys.onEnterPressed: if (currentItem) currentItem.clicked()
            model: UnitListModel { id: units; filter: search.text; revision: Editor.revision }
            delegate: ItemDelegate {
                id: row
                objectName: "unit_" + code
                required property string unitId
                required property string name
                required property string code
                required property int depth
                required property string kindText
                required property int index
                width: ListView.view.width
                // Grows with large text (two lines of it did not fit in a fixed row).
                height: Math.max(Theme.touch + 8, implicitHeight)
                highlighted: unitId === Selection.unitId || ListView.isCurrentItem
                Accessible.name: name + ", " + kindText
                leftPadding: 12 + depth * 22
                contentItem: RowLayout {
                    spacing: 10
                    Rectangle {
                        width: 8; height: 8; radius: 4
                        color: row.depth === 0 ? Theme.accent : row.depth === 1 ? Theme.chart3 : Theme.textMuted
                    }
                    ColumnLayout {
                        spacing: 0
                        Layout.fillWidth: true
                        Text {
                            text: row.name
                            color: Theme.text
                            font.pixelSize: Theme.fs(16)
                            font.bold: row.depth < 2
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                        Text {
                            text: row.kindText + " · " + row.code
                            color: Theme.textMuted
                            font.pixelSize: Theme.fs(12)
                        }
                    }
                }
                onClicked: { Selection.selectUnit(unitId); picker.close() }
            }
        }
    }
}
