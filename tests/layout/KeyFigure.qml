import QtQuick
// A stand-in for the app's KeyFigure: a big value that must never be elided.
Item {
    property alias value: v.text
    implicitHeight: v.implicitHeight
    Text { id: v; width: parent.width; font.pixelSize: 26; font.bold: true; elide: Text.ElideRight; color: "#14181d" }
}
