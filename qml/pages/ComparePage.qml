import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Enhetspuls

Flickable {
    objectName: "comparePage"
    Text { text: "Compare"; color: Theme.text }
}
