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
    // A short list (clipped) with rows scrolled out of it, and a text under the list where the
    // third row would be: not an overlap, the row is not shown there.
    ListView { x: 220; y: 60; width: 170; height: 40; clip: true; interactive: false
        model: ["Mål ett", "Mål två", "Mål tre"]
        delegate: Text { required property string modelData; height: 20; text: modelData; font.pixelSize: 14; color: "black" } }
    Text { x: 220; y: 102; text: "Under listan"; font.pixelSize: 14; color: "black" }
}
