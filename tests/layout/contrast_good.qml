import QtQuick
Rectangle { width: 400; height: 300; color: "white"
    Text { x: 10; y: 10; text: "Mörkgrå på vitt"; font.pixelSize: 14; color: "#4a5561" }
    Rectangle { x: 10; y: 50; width: 300; height: 40; color: "#0d2f52"
        Text { x: 8; y: 8; text: "Ljus text på mörk list"; font.pixelSize: 14; color: "#dfe8f2" } }
    Text { x: 10; y: 120; text: "Stor räcker 3:1"; font.pixelSize: 28; color: "#888888" }
}
