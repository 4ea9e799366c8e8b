import QtQuick
import QtQuick.Controls
// The same controls with a focus frame of their own; the long list shows the focus on the row it
// hands the focus to (a thin frame, small against the whole list, plain round the row).
Rectangle { width: 400; height: 700; color: "white"
    Button { id: plain; objectName: "plain"; x: 10; y: 10; width: 120; height: 48; text: "Spara"
        background: Rectangle { color: "#0b5cad"; radius: 6; border.width: plain.visualFocus ? 3 : 0; border.color: "#101820" } }
    Rectangle { objectName: "tile"; x: 150; y: 10; width: 80; height: 48; color: "#ddd"; activeFocusOnTab: true
        border.width: activeFocus ? 3 : 0; border.color: "#101820"
        Accessible.name: "Synk"; Accessible.role: Accessible.Button }
    ListView { objectName: "rows"; x: 10; y: 80; width: 380; height: 560; activeFocusOnTab: true
        model: 30; Accessible.name: "Enheter"; clip: true
        delegate: Rectangle { width: 380; height: 48; color: "#eeeeee"; focus: true
            border.width: activeFocus ? 1 : 0; border.color: "#101820"
            Text { x: 8; y: 14; text: "Enhet " + index } } }
}
