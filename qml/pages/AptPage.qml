import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Enhetspuls

Flickable {
    objectName: "aptPage"
    Text { text: "Apt"; color: Theme.text }
}
