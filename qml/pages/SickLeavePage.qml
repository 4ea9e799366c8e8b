import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Enhetspuls

Flickable {
    objectName: "sickLeavePage"
    Text { text: "SickLeave"; color: Theme.text }
}
