import QtQuick
import Enhetspuls

// Where the keyboard focus is (WCAG 2.4.7), drawn once for the whole window and over everything:
// a two-tone ring (dark outside, light inside) round the item that has the focus when it came
// from the keyboard, so that it shows on light and dark pages, on the dark header and round an
// accent-filled button alike. Main.qml puts it on the overlay and places it after every frame.
Item {
    id: ring
    // The window's active focus item.
    property Item target: null
    // A control reached with Tab (visualFocus), a list or view that only the keyboard focuses, or
    // whatever has the focus while the keyboard is in use (a list's row reached with the arrows).
    readonly property bool keyboard: target !== null && target.visible
        && (target.visualFocus === true || (InputModality.keyboard && ring.takesKeys(target))
            || (target.visualFocus === undefined && target.activeFocusOnTab && target.contentY !== undefined))
    visible: keyboard
    // Reached with the keyboard: with Tab, or as the row of a list that Tab reaches.
    function takesKeys(item) {
        return item.activeFocusOnTab || (item.ListView.view !== null && item.ListView.view.activeFocusOnTab)
    }
    enabled: false
    z: 1000000
    function place() {
        if (!keyboard || !parent)
            return
        const p = target.mapToItem(parent, 0, 0)
        x = p.x - 4
        y = p.y - 4
        width = target.width + 8
        height = target.height + 8
    }
    onTargetChanged: place()
    onKeyboardChanged: place()
    Rectangle {
        anchors.fill: parent
        radius: 8
        color: "transparent"
        border.width: 2
        border.color: "#101820"
    }
    Rectangle {
        anchors.fill: parent
        anchors.margins: 2
        radius: 6
        color: "transparent"
        border.width: 2
        border.color: "#ffffff"
    }
}
