import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Enhetspuls

// A button with its own plain background: filled accent (`primary`) or outlined. The Material
// button draws its fill through a layer effect that the software renderer (and so the
// screenshots and any device without a GPU) does not draw, which left "Ny APT" invisible.
Button {
    id: control
    property bool primary: false
    implicitHeight: Theme.touch
    topInset: 0
    bottomInset: 0
    font.pixelSize: Theme.fs(15)
    font.bold: control.primary
    Material.foreground: control.primary ? (Theme.dark ? "#0a1929" : Theme.accentText) : Theme.accent
    icon.color: Material.foreground
    background: Rectangle {
        implicitWidth: 64
        implicitHeight: Theme.touch
        radius: 6
        color: !control.enabled ? Theme.surfaceAlt
             : control.primary ? (control.down ? Qt.darker(Theme.accent, 1.2) : Theme.accent)
             : (control.down ? Theme.accentSoft : Theme.surface)
        border.width: control.primary ? 0 : (control.visualFocus ? 2 : 1)
        border.color: control.visualFocus ? Theme.accent : Theme.border
    }
}
