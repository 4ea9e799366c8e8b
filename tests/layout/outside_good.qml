import QtQuick
Rectangle { width: 400; height: 300; color: "white"
    Card { x: 10; y: 10; width: 300; height: 60
        Text { x: 8; y: 8; width: 284; text: "En lång text som bryts inom kortet i stället"; wrapMode: Text.WordWrap; font.pixelSize: 14; color: "black" } }
    // In a Flickable: judged in the content, so a row below the view is not "outside".
    Flickable { x: 10; y: 100; width: 300; height: 60; clip: true; contentHeight: 400
        Text { y: 300; text: "Längre ner i listan"; font.pixelSize: 14; color: "black" } }
}
