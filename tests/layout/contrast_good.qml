import QtQuick
Rectangle { width: 400; height: 300; color: "white"
    Text { x: 10; y: 10; text: "Mörkgrå på vitt"; font.pixelSize: 14; color: "#4a5561" }
    Rectangle { x: 10; y: 50; width: 300; height: 40; color: "#0d2f52"
        Text { x: 8; y: 8; text: "Ljus text på mörk list"; font.pixelSize: 14; color: "#dfe8f2" } }
    Text { x: 10; y: 120; text: "Stor räcker 3:1"; font.pixelSize: 28; color: "#888888" }
    // A padded label (a Switch's, past its indicator): the glyphs are on white, not the box's centre.
    Rectangle { x: 10; y: 240; width: 230; height: 30; color: "#0d2f52" }
    Text { x: 10; y: 240; width: 330; height: 30; leftPadding: 250; text: "Mörkt läge"; font.pixelSize: 14; color: "#14181d" }
}
