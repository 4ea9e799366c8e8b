import QtQuick
import QtQuick.Layouts
import Enhetspuls

// An agenda item of no figure area (Information, Arbetsmiljö/SAM, Värdegrund, the manager's own)
// with the note written for it: the item's title and the note, large, shrinking down to a size
// still readable from the back of the room so that it never runs off the slide.
PresentSlide {
    id: slide
    property string text
    Text {
        objectName: "presentItemNote"
        text: slide.text
        color: PresentColors.text
        font.pixelSize: Math.round(34 * slide.s)
        fontSizeMode: Text.Fit
        minimumPixelSize: Math.round(22 * slide.s)
        wrapMode: Text.WordWrap
        elide: Text.ElideRight
        verticalAlignment: Text.AlignTop
        Layout.fillWidth: true
        Layout.fillHeight: true
    }
}
