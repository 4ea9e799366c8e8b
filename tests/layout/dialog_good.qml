import QtQuick
import QtQuick.Controls
// The same dialog in reading order, every control showing its focus; its footer buttons come
// before its content among the dialog's children, so the chain begins there and goes round.
Rectangle { width: 500; height: 420; color: "white"
    Button { objectName: "underneath"; x: 10; y: 10; width: 120; height: 48; text: "Sidan"
        background: Rectangle { color: "#0b5cad" } }
    Dialog { visible: true; modal: true; x: 40; y: 40; width: 420; height: 340; title: "Ny åtgärd"
        standardButtons: Dialog.Save | Dialog.Cancel
        Item { anchors.fill: parent
            TextField { objectName: "title"; x: 0; y: 0; width: 200; height: 48; Accessible.name: "Rubrik" }
            TextField { objectName: "owner"; x: 0; y: 70; width: 200; height: 48; Accessible.name: "Ansvarig" }
            Button { objectName: "more"; x: 0; y: 140; width: 120; height: 48; text: "Mer" }
        }
    }
}
