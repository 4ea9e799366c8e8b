import QtQuick
Rectangle { width: 400; height: 300; color: "white"
    KeyFigure { x: 10; y: 10; width: 40; value: "−1 289 tkr" }
}
