import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Enhetspuls

// Actions as rows with status, due date, effect, and edit/close buttons.
ColumnLayout {
    id: list
    property ActionModel model
    property bool showUnit: false
    signal editRequested(var row)
    spacing: 8

    Repeater {
        model: list.model
        delegate: Rectangle {
            id: rowItem
            required property var model
            required property string actionId
            required property string title
            required property string owner
            required property string dueText
            required property string statusText
            required property string statusClass
            required property string effectText
            required property string goalName
            required property string unitName
            required property bool done
            Layout.fillWidth: true
            implicitHeight: col.implicitHeight + 20
            radius: 8
            color: Theme.surfaceAlt
            ColumnLayout {
                id: col
                anchors.fill: parent
                anchors.margins: 10
                spacing: 4
                RowLayout {
                    Layout.fillWidth: true
                    spacing: 10
                    StatusBadge { statusClass: rowItem.statusClass; text: rowItem.statusText; compact: true }
                    Text {
                        text: rowItem.title
                        color: Theme.text
                        font.pixelSize: Theme.fs(15)
                        font.bold: true
                        font.strikeout: rowItem.done
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                    Text {
                        visible: rowItem.effectText.length > 0
                        text: rowItem.effectText
                        color: Theme.text
                        font.pixelSize: Theme.fs(15)
                        font.bold: true
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: 8
                    Text {
                        text: [rowItem.dueText, rowItem.owner, list.showUnit ? rowItem.unitName : "", rowItem.goalName]
                              .filter(s => s.length > 0).join(" · ")
                        color: Theme.textMuted
                        font.pixelSize: Theme.fs(12)
                        wrapMode: Text.WordWrap
                        maximumLineCount: 2
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    Button {
                        objectName: "editAction_" + rowItem.title
                        text: qsTr("Edit")
                        flat: true
                        Layout.preferredHeight: Theme.touch
                        onClicked: list.editRequested(rowItem.model)
                    }
                    AppButton {
                        objectName: "closeAction_" + rowItem.title
                        visible: !rowItem.done
                        text: qsTr("Close")
                        Layout.preferredHeight: Theme.touch
                        Accessible.name: qsTr("Mark %1 as done").arg(rowItem.title)
                        onClicked: Editor.closeAction(rowItem.actionId)
                    }
                }
            }
        }
    }
    Text {
        visible: list.model && list.model.count === 0
        text: qsTr("No actions yet.")
        color: Theme.textMuted
        font.pixelSize: Theme.fs(14)
    }
}
