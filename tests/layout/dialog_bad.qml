import QtQuick
import QtQuick.Controls
// An open dialog (a tab fence): Tab goes from the button at its foot back up to a field, and a
// button in it draws no focus. The page's own control under it is not judged while it is open.
Rectangle { width: 500; height: 420; color: "white"
    Button { objectName: "underneath"; x: 10; y: 10; width: 120; height: 48; text: "Sidan"
        background: Rectangle { color: "#0b5cad" } }
    Dialog { visible: true; modal: true; x: 40; y: 40; width: 420; height: 340; title: "Ny åtgärd"
        Item { anchors.fill: parent
            TextField { objectName: "title"; x: 0; y: 0; width: 200; height: 48; Accessible.name: "Rubrik" }
            Button { objectName: "save"; x: 0; y: 160; width: 120; height: 48; text: "Spara" }
            TextField { objectName: "owner"; x: 0; y: 70; width: 200; height: 48; Accessible.name: "Ansvarig" }
            Button { objectName: "plain"; x: 140; y: 160; width: 120; height: 48; text: "Avbryt"
                background: Rectangle { color: "#0b5cad"; radius: 6 } }
        }
    }
}
