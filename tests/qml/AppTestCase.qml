import QtQuick
import QtTest
import Enhetspuls

// A TestCase that opens the real app window (Main.qml) over the demo data and finds its
// controls by objectName, in the pages and in the popups (the window's overlay).
TestCase {
    id: tc
    when: windowShown
    property var win: null
    property int winWidth: 1280
    property int winHeight: 800

    Component { id: mainComponent; Main {} }

    function openApp() {
        win = createTemporaryObject(mainComponent, tc, { width: tc.winWidth, height: tc.winHeight })
        verify(win, "Main.qml did not load")
        tryVerify(() => win.visible && win.contentItem.width > 0)
        waitForRendering(win.contentItem)
        return win
    }
    // The control named `name` anywhere in the window (pages, header, drawers, dialogs).
    function find(name) {
        let o = findChild(win.contentItem.parent, name)
        if (!o)
            o = findChild(win, name)
        verify(o, "no control named " + name)
        return o
    }
    function tryFind(name) {
        let o = null
        tryVerify(() => { o = findChild(win.contentItem.parent, name); return o !== null }, 3000, "no control named " + name)
        return o
    }
    // Scrolls the page (the nearest Flickable) so that `item` is on screen.
    function scrollTo(item) {
        for (let p = item.parent; p; p = p.parent) {
            if (p.contentY !== undefined && p.contentItem !== undefined && p.contentHeight !== undefined) {
                const y = item.mapToItem(p.contentItem, 0, 0).y
                if (y < p.contentY || y + item.height > p.contentY + p.height)
                    p.contentY = Math.max(0, Math.min(p.contentHeight - p.height, y - p.height / 3))
                wait(20)
                return
            }
        }
    }
    function click(name) {
        const o = tryFind(name)
        tryVerify(() => o.visible && o.enabled, 3000, name + " is not visible and enabled")
        scrollTo(o)
        mouseClick(o)
        return o
    }
    function typeText(text) {
        for (let i = 0; i < text.length; ++i)
            keyClick(text[i] === "\n" ? Qt.Key_Return : text[i])
    }
    function showPage(page) {
        click("nav_" + page)
        tryCompare(Navigation, "page", page)
        wait(50)
    }
}
