import QtQuick
import QtQuick.Layouts
import Enhetspuls

// One labelled key figure: a label, a big value and an optional note.
ColumnLayout {
    id: kf
    property string label
    property string value
    property string note
    property string statusClass: ""
    property int valueSize: 26
    spacing: 2
    Text {
        text: kf.label
        color: Theme.textMuted
        font.pixelSize: Theme.fs(13)
        // Anywhere if need be: at large text one word ("Prognosavvikelse") is wider than a column.
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Text {
        text: kf.value
        color: kf.statusClass.length > 0 ? Theme.statusColor(kf.statusClass) : Theme.text
        font.pixelSize: Theme.fs(kf.valueSize)
        font.bold: true
        Layout.fillWidth: true
        fontSizeMode: Text.HorizontalFit
        minimumPixelSize: 12
    }
    Text {
        visible: kf.note.length > 0
        text: kf.note
        color: Theme.textMuted
        font.pixelSize: Theme.fs(12)
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
}
