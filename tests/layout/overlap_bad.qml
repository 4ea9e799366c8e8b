import QtQuick
Rectangle { width: 400; height: 300; color: "white"
    Text { x: 10; y: 10; text: "Översyn av bemanning"; font.pixelSize: 14; color: "black" }
    Text { x: 10; y: 14; text: "Klar senast 31 dec"; font.pixelSize: 14; color: "black" }
}
