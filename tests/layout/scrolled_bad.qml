import QtQuick
// As scrolled_good, but the slide not shown has dark text on the dark backdrop.
Rectangle { width: 400; height: 300; color: "white"
    Rectangle { width: 400; height: 300; color: "#0a0d12" }
    ListView {
        width: 400; height: 300; clip: true
        orientation: ListView.Horizontal
        model: ["Mål · oktober", "Sjukfrånvaro · oktober"]
        delegate: Item { width: 400; height: 300
            required property string modelData
            required property int index
            Text { x: 20; y: 20; text: parent.modelData; font.pixelSize: 20; color: parent.index === 0 ? "#ffffff" : "#333333" } }
    }
}
