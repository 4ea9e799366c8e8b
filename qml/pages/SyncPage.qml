import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Enhetspuls

// Synk: what is saved on this device and not yet sent to the server.
Flickable {
    id: page
    objectName: "syncPage"
    contentHeight: content.implicitHeight + 48
    clip: true
    ColumnLayout {
        id: content
        x: 24; y: 24
        width: Math.min(page.width - 48, 900)
        spacing: Theme.gap
        Text { text: qsTr("Sync"); color: Theme.text; font.pixelSize: Theme.fs(26); font.bold: true }
        Card {
            title: qsTr("Changes on this device")
            subtitle: qsTr("Everything you write is saved at once on this device and sent to the server when sync is set up.")
            Layout.fillWidth: true
            RowLayout {
                spacing: 16
                Rectangle {
                    width: 72; height: 72; radius: 36
                    color: AppState.dirtyCount > 0 ? Theme.warnSoft : Theme.goodSoft
                    Text {
                        anchors.centerIn: parent
                        text: AppState.dirtyCount
                        color: AppState.dirtyCount > 0 ? Theme.warn : Theme.good
                        font.pixelSize: Theme.fs(28); font.bold: true
                    }
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    Text {
                        objectName: "dirtyText"
                        text: AppState.dirtyText
                        color: Theme.text; font.pixelSize: Theme.fs(18); font.bold: true
                    }
                    Text {
                        text: AppState.dirtyCount > 0 ? qsTr("Not yet synced: comments, actions, forecasts, values and APT notes written here.")
                                                      : qsTr("Nothing is waiting to be sent.")
                        color: Theme.textMuted; font.pixelSize: Theme.fs(14)
                        wrapMode: Text.WordWrap; Layout.fillWidth: true
                    }
                }
            }
            Button {
                visible: AppState.canUndo
                text: AppState.undoText
                Layout.preferredHeight: Theme.touch
                onClicked: AppState.undo()
            }
        }
        Card {
            title: qsTr("Server")
            Layout.fillWidth: true
            GridLayout {
                columns: 2
                columnSpacing: 16
                rowSpacing: 8
                Text { text: qsTr("Server address"); color: Theme.textMuted; font.pixelSize: Theme.fs(14) }
                Text {
                    text: AppState.serverUrl.length > 0 ? AppState.serverUrl : qsTr("Not configured (start with --server URL)")
                    color: Theme.text; font.pixelSize: Theme.fs(14); wrapMode: Text.WrapAnywhere; Layout.fillWidth: true
                }
                Text { text: qsTr("Local database"); color: Theme.textMuted; font.pixelSize: Theme.fs(14) }
                Text {
                    text: AppState.demo ? qsTr("Demo data (a throwaway copy, deleted when the app closes)") : AppState.databasePath
                    color: Theme.text; font.pixelSize: Theme.fs(14); wrapMode: Text.WrapAnywhere; Layout.fillWidth: true
                }
                Text { text: qsTr("Status"); color: Theme.textMuted; font.pixelSize: Theme.fs(14) }
                Text {
                    text: qsTr("Sync with the server is not available in this version yet; your changes are kept on this device.")
                    color: Theme.text; font.pixelSize: Theme.fs(14); wrapMode: Text.WordWrap; Layout.fillWidth: true
                }
            }
        }
        Card {
            title: qsTr("Display")
            Layout.fillWidth: true
            Switch {
                text: qsTr("Dark mode")
                checked: AppState.darkMode
                onToggled: AppState.darkMode = checked
            }
            RowLayout {
                Text { text: qsTr("Text size"); color: Theme.text; font.pixelSize: Theme.fs(14) }
                Slider {
                    from: 0.85; to: 1.5; stepSize: 0.05
                    value: Theme.fontScale
                    onMoved: Theme.fontScale = value
                    Layout.preferredWidth: 240
                    Accessible.name: qsTr("Text size")
                }
            }
        }
    }
}
