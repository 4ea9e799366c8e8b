import QtQuick
import QtQuick.Controls
// The same controls with a focus frame of their own.
Rectangle { width: 400; height: 300; color: "white"
    Button { id: plain; objectName: "plain"; x: 10; y: 10; width: 120; height: 48; text: "Spara"
        background: Rectangle { color: "#0b5cad"; radius: 6; border.width: plain.visualFocus ? 3 : 0; border.color: "#101820" } }
    Rectangle { objectName: "tile"; x: 150; y: 10; width: 80; height: 48; color: "#ddd"; activeFocusOnTab: true
        border.width: activeFocus ? 3 : 0; border.color: "#101820"
        Accessible.name: "Synk"; Accessible.role: Accessible.Button }
}
