import QtQuick
// Slides side by side in a view on a dark backdrop (as the APT presentation): the slide not shown
// is judged against what is behind the view, not against what happens to lie beside it.
Rectangle { width: 400; height: 300; color: "white"
    Rectangle { width: 400; height: 300; color: "#0a0d12" }
    ListView {
        width: 400; height: 300; clip: true
        orientation: ListView.Horizontal
        model: ["Mål · oktober", "Sjukfrånvaro · oktober"]
        delegate: Item { width: 400; height: 300
            required property string modelData
            Text { x: 20; y: 20; text: parent.modelData; font.pixelSize: 20; color: "#ffffff" } }
    }
}
