import QtQuick
import QtQuick.Controls

ApplicationWindow {
    width: 1280
    height: 800
    visible: true
    title: qsTr("Enhetspuls")
    Label { anchors.centerIn: parent; text: qsTr("Enhetspuls") }
}
