import QtQuick
import QtQuick.Layouts
Rectangle { width: 400; height: 300; color: "white"
    ColumnLayout { x: 10; y: 10; width: 380
        Text { text: "Översyn av bemanning"; font.pixelSize: 14; color: "black"; Layout.fillWidth: true }
        Text { text: "Klar senast 31 dec"; font.pixelSize: 14; color: "black"; Layout.fillWidth: true; horizontalAlignment: Text.AlignRight }
    }
    // Covered by an opaque surface (a popup over a page): not an overlap.
    Text { x: 10; y: 200; text: "Under"; font.pixelSize: 14; color: "black" }
    Rectangle { x: 0; y: 190; width: 200; height: 40; color: "white"
        Text { x: 10; y: 10; text: "Över"; font.pixelSize: 14; color: "black" } }
}
