import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Enhetspuls

// Åtgärder: every action of the unit (and its subtree), create, edit and close.
Flickable {
    id: page
    objectName: "actionsPage"
    contentHeight: content.implicitHeight + 48
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar {}

    ActionModel {
        id: actions
        objectName: "actionsModel"
        unitId: Selection.unitId
        year: Selection.year
        month: Selection.month
        revision: Editor.revision
        showDone: showDoneSwitch.checked
    }

    ColumnLayout {
        id: content
        x: 24; y: 24
        width: page.width - 48
        spacing: Theme.gap
        RowLayout {
            Layout.fillWidth: true
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                Text { text: qsTr("Actions"); color: Theme.text; font.pixelSize: Theme.fs(26); font.bold: true }
                Text {
                    text: qsTr("%Ln open", "", actions.openCount) + ", " + qsTr("%Ln late", "", actions.lateCount)
                          + " · " + qsTr("expected effect of open actions %1").arg(actions.effectSumText)
                    color: Theme.textMuted; font.pixelSize: Theme.fs(14)
                    wrapMode: Text.WordWrap; Layout.fillWidth: true
                }
            }
            CheckBox { id: showDoneSwitch; text: qsTr("Show done"); checked: true; Layout.preferredHeight: Theme.touch }
            AppButton {
                objectName: "newAction"
                text: qsTr("New action")
                primary: true
                icon.source: "qrc:/qt/qml/Enhetspuls/icons/add.svg"
                Layout.preferredHeight: Theme.touch
                onClicked: dialog.openNew("", "mal")
            }
        }
        Card {
            Layout.fillWidth: true
            ActionList {
                Layout.fillWidth: true
                model: actions
                showUnit: true
                onEditRequested: row => dialog.openEdit(row)
            }
        }
    }
    ActionDialog {
        id: dialog
        parent: Overlay.overlay
        statuses: actions.statuses()
        areas: actions.areas()
    }
}
