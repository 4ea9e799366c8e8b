import QtQuick

// Where the keyboard focus is (WCAG 2.4.7), drawn once for the whole window and over everything:
// a two-tone ring (dark outside, light inside) round the item that has the focus when it came
// from the keyboard, so that it shows on light and dark pages, on the dark header and round an
// accent-filled button alike. Main.qml puts it on the overlay and places it after every frame.
Item {
    id: ring
    // The window's active focus item.
    property Item target: null
    // A control reached with Tab (visualFocus), or a list or view that only the keyboard focuses.
    readonly property bool keyboard: target !== null && target.visible
        && (target.visualFocus === true
            || (target.visualFocus === undefined && target.activeFocusOnTab && target.contentY !== undefined))
    visible: keyboard
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
