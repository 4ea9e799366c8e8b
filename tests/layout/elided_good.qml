import QtQuick
Rectangle { width: 400; height: 300; color: "white"
    KeyFigure { x: 10; y: 10; width: 300; value: "−1 289 tkr" }
    Text { x: 10; y: 100; width: 40; elide: Text.ElideRight; text: "En vanlig text får kortas"; font.pixelSize: 14; color: "black" }
}
