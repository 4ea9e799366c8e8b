import QtQuick
import QtQuick.Controls
// Controls only a pointer can use: a tappable area Tab never reaches, a button taken out of
// the tab chain.
Rectangle { width: 400; height: 300; color: "white"
    Button { x: 10; y: 10; width: 120; height: 48; text: "Spara"; focusPolicy: Qt.NoFocus }
    Rectangle { x: 150; y: 10; width: 80; height: 48; color: "#ddd"; Accessible.name: "Synk"; Accessible.role: Accessible.Button
        MouseArea { anchors.fill: parent } }
}
