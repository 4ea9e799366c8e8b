import QtQuick
Rectangle { width: 400; height: 300; color: "white"
    Card { x: 10; y: 10; width: 100; height: 40
        Text { x: 8; y: 8; text: "En alldeles för lång text för kortet"; font.pixelSize: 14; color: "black" } }
    Text { x: 300; y: 100; text: "Utanför fönstret till höger"; font.pixelSize: 14; color: "black" }
    Item { x: 10; y: 150; width: 80; height: 30; clip: true
        Text { text: "Klipps av sin förälder här"; font.pixelSize: 14; color: "black" } }
}
