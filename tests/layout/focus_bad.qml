import QtQuick
import QtQuick.Controls
// Controls Tab reaches that look the same with the focus as without: a button whose own
// background ignores the focus, a tappable tile that takes focus but draws none, and a list
// whose current row (which the list hands its focus to) looks the same with it.
Rectangle { width: 400; height: 300; color: "white"
    Button { objectName: "plain"; x: 10; y: 10; width: 120; height: 48; text: "Spara"
        background: Rectangle { color: "#0b5cad"; radius: 6 } }
    Rectangle { objectName: "tile"; x: 150; y: 10; width: 80; height: 48; color: "#ddd"; activeFocusOnTab: true
        Accessible.name: "Synk"; Accessible.role: Accessible.Button }
    ListView { objectName: "rows"; x: 10; y: 80; width: 300; height: 150; activeFocusOnTab: true
        model: 3; Accessible.name: "Enheter"
        delegate: Rectangle { width: 300; height: 48; color: "#eeeeee"; focus: true
            Text { x: 8; y: 14; text: "Enhet " + index } } }
}
