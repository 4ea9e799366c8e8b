import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Enhetspuls

// Shown instead of the pages while there is no unit at all (a fresh install): says what to
// do, in the order a manager is most likely to need it, instead of empty cards and dashes.
Flickable {
    id: page
    objectName: "firstRunPage"
    contentHeight: content.implicitHeight + 64
    clip: true

    component Explanation: Text {
        color: Theme.text; font.pixelSize: Theme.fs(15)
        wrapMode: Text.WordWrap; Layout.fillWidth: true
    }

    ColumnLayout {
        id: content
        x: Math.max(24, (page.width - width) / 2)
        y: 32
        width: Math.min(page.width - 48, 720)
        spacing: Theme.gap

        Text {
            text: qsTr("Welcome to Enhetspuls")
            color: Theme.text; font.pixelSize: Theme.fs(28); font.bold: true
            wrapMode: Text.WordWrap; Layout.fillWidth: true
        }
        Text {
            text: qsTr("There are no units here yet. Follow-up figures, goals and budgets come from your organisation's server, so start there.")
            color: Theme.textMuted; font.pixelSize: Theme.fs(16)
            wrapMode: Text.WordWrap; Layout.fillWidth: true
        }

        Card {
            objectName: "firstRunConnect"
            title: qsTr("1. Connect to the server")
            Layout.fillWidth: true
            Explanation { text: qsTr("Use the address, user name and password you got from the administration (förvaltningen). Your units and their figures arrive at the first sync.") }
            AppButton {
                objectName: "firstRunConnectButton"
                primary: true
                text: qsTr("Connect…")
                Accessible.name: qsTr("Connect to the server")
                onClicked: Navigation.page = "sync"
            }
        }

        Card {
            objectName: "firstRunImport"
            title: qsTr("2. Or import files")
            Layout.fillWidth: true
            Explanation { text: qsTr("Without a server you can import the CSV files from the HR and economy systems yourself, starting with the units file.") }
            AppButton {
                objectName: "firstRunImportButton"
                text: qsTr("Import files…")
                Accessible.name: qsTr("Import files")
                onClicked: Navigation.page = "sync"
            }
        }

        Card {
            objectName: "firstRunDemo"
            visible: AppSettings.canTryDemo
            title: qsTr("3. Or look around with demo data")
            Layout.fillWidth: true
            Explanation { text: qsTr("Opens a separate window with made-up units and figures. Nothing you do there reaches this app or the server.") }
            AppButton {
                id: demoButton
                objectName: "firstRunDemoButton"
                text: qsTr("Try the demo")
                Accessible.name: text
                onClicked: demoFailed.visible = !AppSettings.tryDemo()
            }
            Text {
                id: demoFailed
                visible: false
                text: qsTr("The demo could not be started.")
                color: Theme.textMuted; font.pixelSize: Theme.fs(14)
                wrapMode: Text.WordWrap; Layout.fillWidth: true
            }
        }
    }
}
