import QtQuick
Rectangle { width: 400; height: 300; color: "white"
    Text { x: 10; y: 10; text: "Översyn av bemanning"; font.pixelSize: 14; color: "black" }
    Text { x: 10; y: 14; text: "Klar senast 31 dec"; font.pixelSize: 14; color: "black" }
    // A text over the row a short (clipped) list shows.
    ListView { x: 220; y: 60; width: 170; height: 40; clip: true; interactive: false
        model: ["Mål ett", "Mål två", "Mål tre"]
        delegate: Text { required property string modelData; height: 20; text: modelData; font.pixelSize: 14; color: "black" } }
    Text { x: 220; y: 64; text: "Över listan"; font.pixelSize: 14; color: "black" }
}
