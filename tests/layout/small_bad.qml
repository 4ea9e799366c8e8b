import QtQuick
import QtQuick.Controls
Rectangle { width: 400; height: 300; color: "white"
    Button { x: 10; y: 10; width: 30; height: 30; text: "X" }
    Rectangle { x: 100; y: 10; width: 80; height: 24; color: "#ddd"; Accessible.name: "Synk"; Accessible.role: Accessible.Button
        activeFocusOnTab: true
        MouseArea { anchors.fill: parent } }
}
