import QtQuick
import QtQuick.Controls
// The same, reached with Tab: the button in the chain, the area's owner taking focus (and Space).
Rectangle { width: 400; height: 300; color: "white"
    Button { x: 10; y: 10; width: 120; height: 48; text: "Spara" }
    Rectangle { x: 150; y: 10; width: 80; height: 48; color: "#ddd"; Accessible.name: "Synk"; Accessible.role: Accessible.Button
        activeFocusOnTab: true
        Keys.onSpacePressed: area.clicked(null)
        MouseArea { id: area; anchors.fill: parent } }
}
