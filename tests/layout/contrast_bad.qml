import QtQuick
Rectangle { width: 400; height: 300; color: "white"
    Text { x: 10; y: 10; text: "Ljusgrå på vitt"; font.pixelSize: 14; color: "#999999" }
    Rectangle { x: 10; y: 50; width: 300; height: 40; color: "#0d2f52"
        Text { x: 8; y: 8; text: "Mörk text på mörk list"; font.pixelSize: 14; color: "#333333" } }
    Text { x: 10; y: 120; text: "Stor men blek"; font.pixelSize: 28; color: "#cccccc" }
    Text { x: 10; y: 180; text: "Genomskinlig"; font.pixelSize: 14; color: "black"; opacity: 0.3 }
    // Padded so that the box's centre is on white while the glyphs are on the dark list.
    Rectangle { x: 10; y: 240; width: 100; height: 30; color: "#0d2f52" }
    Text { x: 10; y: 240; width: 330; height: 30; horizontalAlignment: Text.AlignRight; rightPadding: 250; text: "Vadderad"; font.pixelSize: 14; color: "#14181d" }
}
