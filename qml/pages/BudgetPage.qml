import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Enhetspuls

Flickable {
    objectName: "budgetPage"
    Text { text: "Budget"; color: Theme.text }
}
