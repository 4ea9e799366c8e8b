import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Dialogs
import Enhetspuls

// Synk: sign-in to the sync server, what is not yet synced, the last sync, errors in plain
// words, and the conflict log with restore/ignore. All logic is in SyncManager (C++).
Flickable {
    id: page
    objectName: "syncPage"
    contentHeight: content.implicitHeight + 48
    clip: true

    // A filled button that renders the same with every scene graph backend.
    component PrimaryButton: Button {
        id: btn
        Layout.preferredHeight: Theme.touch
        contentItem: Text {
            text: btn.text
            // Dark text on the light dark-theme accent (white on it was 2.1:1; found by --layout-check).
            color: Theme.dark ? "#0a1929" : Theme.accentText
            font.pixelSize: Theme.fs(15); font.bold: true
            horizontalAlignment: Text.AlignHCenter; verticalAlignment: Text.AlignVCenter
        }
        background: Rectangle {
            implicitWidth: 120; implicitHeight: Theme.touch - 8
            radius: 6
            color: btn.enabled ? (btn.down ? Qt.darker(Theme.accent, 1.2) : Theme.accent) : Theme.none
        }
    }

    ColumnLayout {
        id: content
        x: 24; y: 24
        width: Math.min(page.width - 48, 900)
        spacing: Theme.gap
        Text { text: qsTr("Sync"); color: Theme.text; font.pixelSize: Theme.fs(26); font.bold: true }

        Card {
            title: qsTr("Sync status")
            subtitle: SyncManager.statusText
            Layout.fillWidth: true
            RowLayout {
                spacing: 16
                Layout.fillWidth: true
                Layout.minimumHeight: 76
                Rectangle {
                    visible: SyncManager.configured
                    implicitWidth: 72; implicitHeight: 72; radius: 36
                    Layout.alignment: Qt.AlignTop
                    color: SyncManager.pendingCount > 0 ? Theme.warnSoft : Theme.goodSoft
                    Text {
                        anchors.centerIn: parent
                        text: SyncManager.pendingCount
                        color: SyncManager.pendingCount > 0 ? Theme.warn : Theme.good
                        font.pixelSize: Theme.fs(28); font.bold: true
                    }
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    Text {
                        objectName: "pendingText"
                        text: SyncManager.pendingText
                        color: Theme.text; font.pixelSize: Theme.fs(18); font.bold: true
                        wrapMode: Text.WordWrap; Layout.fillWidth: true
                    }
                    Text {
                        objectName: "lastSyncedText"
                        visible: SyncManager.configured
                        text: SyncManager.lastSyncedText
                        color: Theme.textMuted; font.pixelSize: Theme.fs(14)
                        wrapMode: Text.WordWrap; Layout.fillWidth: true
                    }
                    Text {
                        text: SyncManager.configured
                              ? qsTr("Everything you write is saved at once on this device and sent to the server at the next sync.")
                              : qsTr("Everything you write is saved here at once. Sign in to your organisation's server below to share it and to get the figures.")
                        color: Theme.textMuted; font.pixelSize: Theme.fs(14)
                        wrapMode: Text.WordWrap; Layout.fillWidth: true
                    }
                }
                BusyIndicator { running: SyncManager.busy; visible: running; Layout.preferredWidth: Theme.touch }
            }
            Rectangle {
                visible: SyncManager.errorText.length > 0
                color: Theme.badSoft; radius: Theme.radius
                Layout.fillWidth: true
                implicitHeight: errorLabel.implicitHeight + 20
                Text {
                    id: errorLabel
                    objectName: "syncError"
                    anchors.fill: parent; anchors.margins: 10
                    text: SyncManager.errorText
                    color: Theme.bad; font.pixelSize: Theme.fs(14)
                    wrapMode: Text.WordWrap
                }
            }
            Text {
                visible: text.length > 0
                text: SyncManager.keychainNote
                color: Theme.textMuted; font.pixelSize: Theme.fs(13)
                wrapMode: Text.WordWrap; Layout.fillWidth: true
            }
            Flow {
                spacing: 8
                Layout.fillWidth: true
                PrimaryButton {
                    objectName: "syncNow"
                    visible: SyncManager.loggedIn
                    enabled: !SyncManager.busy
                    text: qsTr("Sync now")
                    onClicked: SyncManager.syncNow()
                }
                Button {
                    visible: Editor.canUndo
                    text: Editor.undoText
                    height: Theme.touch
                    onClicked: Editor.undo()
                }
                Button {
                    objectName: "logout"
                    visible: SyncManager.loggedIn
                    text: qsTr("Sign out")
                    flat: true
                    height: Theme.touch
                    onClicked: SyncManager.logout()
                }
            }
        }

        Card {
            objectName: "loginCard"
            visible: !SyncManager.loggedIn
            title: qsTr("Sign in to the sync server")
            subtitle: qsTr("Your user account from the administration; the password is only sent to the server.")
            Layout.fillWidth: true
            GridLayout {
                columns: page.width > 640 ? 2 : 1
                columnSpacing: 16
                rowSpacing: 8
                Layout.fillWidth: true
                Label { text: qsTr("Server address") }
                TextField {
                    id: serverField
                    objectName: "serverField"
                    text: SyncManager.serverUrl
                    placeholderText: "https://enhetspuls.kommun.se"
                    placeholderTextColor: Theme.textMuted
                    Accessible.name: qsTr("Server address")
                    inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
                    Layout.fillWidth: true; Layout.preferredHeight: Theme.touch
                }
                Label { text: qsTr("User name") }
                TextField {
                    id: userField
                    objectName: "userField"
                    Accessible.name: qsTr("User name")
                    text: SyncManager.userName
                    inputMethodHints: Qt.ImhNoAutoUppercase
                    Layout.fillWidth: true; Layout.preferredHeight: Theme.touch
                }
                Label { text: qsTr("Password") }
                TextField {
                    id: passwordField
                    objectName: "passwordField"
                    Accessible.name: qsTr("Password")
                    echoMode: TextInput.Password
                    Layout.fillWidth: true; Layout.preferredHeight: Theme.touch
                    onAccepted: loginButton.clicked()
                }
            }
            PrimaryButton {
                id: loginButton
                objectName: "loginButton"
                text: qsTr("Sign in and sync")
                enabled: !SyncManager.busy && serverField.text.length > 0 && userField.text.length > 0
                         && passwordField.text.length > 0
                onClicked: {
                    SyncManager.login(serverField.text, userField.text, passwordField.text)
                    passwordField.text = ""
                }
            }
        }

        Card {
            objectName: "conflictCard"
            title: qsTr("Conflicts")
            subtitle: SyncManager.conflictCount > 0
                      ? qsTr("%n value(s) you wrote lost to a newer change from another device.", "", SyncManager.conflictCount)
                      : qsTr("No conflicts: nothing you wrote has been overwritten.")
            Layout.fillWidth: true
            Repeater {
                model: SyncManager.conflicts
                delegate: Rectangle {
                    required property string conflictId
                    required property string what
                    required property string unitName
                    required property string field
                    required property string lostValue
                    required property string winningValue
                    required property string when
                    required property string reason
                    required property bool canRestore
                    Layout.fillWidth: true
                    implicitHeight: row.implicitHeight + 20
                    color: Theme.surfaceAlt; radius: Theme.radius
                    ColumnLayout {
                        id: row
                        anchors.fill: parent; anchors.margins: 10
                        spacing: 4
                        Text {
                            text: unitName.length > 0 ? unitName + " · " + what : what
                            color: Theme.text; font.pixelSize: Theme.fs(15); font.bold: true
                            wrapMode: Text.WordWrap; Layout.fillWidth: true
                        }
                        Text {
                            text: qsTr("%1 · %2 · %3").arg(field).arg(when).arg(reason)
                            color: Theme.textMuted; font.pixelSize: Theme.fs(13)
                            wrapMode: Text.WordWrap; Layout.fillWidth: true
                        }
                        Text {
                            text: qsTr("Your value: %1").arg(lostValue)
                            color: Theme.text; font.pixelSize: Theme.fs(14)
                            maximumLineCount: 3; elide: Text.ElideRight
                            wrapMode: Text.WordWrap; Layout.fillWidth: true
                        }
                        Text {
                            text: qsTr("Value now: %1").arg(winningValue)
                            color: Theme.textMuted; font.pixelSize: Theme.fs(14)
                            maximumLineCount: 3; elide: Text.ElideRight
                            wrapMode: Text.WordWrap; Layout.fillWidth: true
                        }
                        RowLayout {
                            spacing: 8
                            Button {
                                visible: canRestore
                                text: qsTr("Restore")
                                Accessible.name: qsTr("Restore your value")
                                Layout.preferredHeight: Theme.touch
                                onClicked: SyncManager.restoreConflict(conflictId)
                            }
                            Button {
                                text: qsTr("Ignore")
                                flat: true
                                Layout.preferredHeight: Theme.touch
                                onClicked: SyncManager.ignoreConflict(conflictId)
                            }
                        }
                    }
                }
            }
        }

        Card {
            id: importCard
            objectName: "importCard"
            title: qsTr("Import data from a file")
            subtitle: SyncManager.configured
                      ? qsTr("Figures from the HR and economy systems are imported on the server. Here you can import comments and actions.")
                      : qsTr("CSV files in the documented formats; a file with an error is not imported at all.")
            Layout.fillWidth: true
            RowLayout {
                spacing: 12
                Layout.fillWidth: true
                ComboBox {
                    id: kindBox
                    objectName: "importKind"
                    model: DataImport.kinds
                    textRole: "label"
                    valueRole: "key"
                    Layout.preferredHeight: Theme.touch
                    Layout.preferredWidth: 340
                    Accessible.name: qsTr("Kind of file")
                }
                PrimaryButton {
                    objectName: "importChoose"
                    text: qsTr("Choose file…")
                    enabled: DataImport.allowed(kindBox.currentValue ?? "")
                    onClicked: fileDialog.open()
                }
            }
            Text {
                objectName: "importMessage"
                visible: DataImport.message.length > 0
                text: DataImport.message
                color: DataImport.ok ? Theme.good : Theme.bad
                font.pixelSize: Theme.fs(14)
                wrapMode: Text.WrapAnywhere
                Layout.fillWidth: true
            }
            FileDialog {
                id: fileDialog
                objectName: "fileDialog"
                currentFolder: AppSettings.documentsFolder
                title: qsTr("Choose a CSV file")
                nameFilters: [qsTr("CSV files (*.csv *.txt)")]
                onAccepted: DataImport.importFile(kindBox.currentValue, selectedFile)
            }
        }

        Card {
            title: qsTr("This device")
            Layout.fillWidth: true
            GridLayout {
                columns: 2
                columnSpacing: 16
                rowSpacing: 8
                Layout.fillWidth: true
                Text { text: qsTr("Server address"); color: Theme.textMuted; font.pixelSize: Theme.fs(14) }
                Text {
                    text: SyncManager.configured ? SyncManager.serverUrl : qsTr("Not set")
                    color: Theme.text; font.pixelSize: Theme.fs(14); wrapMode: Text.WrapAnywhere; Layout.fillWidth: true
                }
                Text { text: qsTr("Local database"); color: Theme.textMuted; font.pixelSize: Theme.fs(14) }
                Text {
                    text: AppSettings.demo ? qsTr("Demo data (a throwaway copy, deleted when the app closes)") : AppSettings.databasePath
                    color: Theme.text; font.pixelSize: Theme.fs(14); wrapMode: Text.WrapAnywhere; Layout.fillWidth: true
                }
            }
        }

        Card {
            title: qsTr("Display")
            Layout.fillWidth: true
            Switch {
                text: qsTr("Dark mode")
                checked: AppSettings.darkMode
                onToggled: AppSettings.darkMode = checked
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
