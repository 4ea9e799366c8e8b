import QtQuick
import QtQuick.Layouts
import Enhetspuls

// A key figure for the APT presentation: a label and a very large value in high contrast. The
// value is never cut off: its font is made smaller until it fits the width, and the figure's
// height follows the font, so nothing below it is drawn over.
ColumnLayout {
    id: pf
    property string label
    property string value
    property string statusClass: ""
    property string note
    property real s: 1
    readonly property real fullPixelSize: 64 * s
    spacing: 4 * s
    TextMetrics { id: metrics; font.pixelSize: pf.fullPixelSize; font.bold: true; text: pf.value }
    FontMetrics { id: fullLine; font.pixelSize: pf.fullPixelSize; font.bold: true }
    Text {
        text: pf.label
        color: PresentColors.muted
        font.pixelSize: 24 * pf.s
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
    Text {
        objectName: "presentValue"
        text: pf.value
        color: PresentColors.status(pf.statusClass)
        font.pixelSize: Math.max(12, Math.floor(pf.fullPixelSize * Math.min(1, (pf.width - 2) / Math.max(1, metrics.advanceWidth))))
        font.bold: true
        verticalAlignment: Text.AlignVCenter
        Layout.fillWidth: true
        // As high as a line at full size whatever the width makes of the font, so the layout
        // never has to follow the font (nothing below is drawn over).
        Layout.preferredHeight: Math.ceil(fullLine.height)
    }
    Text {
        visible: pf.note.length > 0
        text: pf.note
        color: PresentColors.status(pf.statusClass)
        font.pixelSize: 24 * pf.s
        font.bold: true
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
}
