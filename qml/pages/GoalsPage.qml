import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Enhetspuls

Flickable {
    objectName: "goalsPage"
    Text { text: "Goals"; color: Theme.text }
}
