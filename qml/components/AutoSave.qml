import QtQuick
import Enhetspuls

// Saves what the user types in `field` while typing: every change of the text made with the
// field focused that differs from `stored` is staged with Editor.stage() for `target`, written
// shortly after the last keystroke (or, with deferred, when the field loses focus) and at once
// on a page, unit or period change, window close, quit and when the field goes away.
QtObject {
    id: autoSave
    // The TextField or TextArea typed in.
    required property Item field
    // What the text is written to (see Editor.stage); read when the text changes.
    property var target: ({})
    // The text as it is stored: typing nothing new stages nothing.
    property string stored: ""
    // Write only on leaving the field or a flush, not after a pause (numbers, dates).
    property bool deferred: false
    // The key of the last staged edit ("" before the first).
    property string key: ""
    // True while something typed here is not yet written.
    readonly property bool pending: Editor.pendingCount >= 0 && key.length > 0 && Editor.isPending(key)

    // Writes what is staged for this field now.
    function flush() {
        if (autoSave.key.length > 0)
            Editor.flushKey(autoSave.key)
    }

    property Connections _typing: Connections {
        target: autoSave.field
        function onTextChanged() {
            const f = autoSave.field
            // Not typed (loaded or set by a binding), or nothing new; a staged edit is kept: the
            // text may have been set for another unit before that edit was written.
            if (!f.activeFocus || f.text === autoSave.stored)
                return
            const t = Object.assign({}, autoSave.target)
            t.deferred = autoSave.deferred
            autoSave.key = Editor.stage(t, f.text)
        }
        function onEditingFinished() { autoSave.flush() }
    }
    Component.onDestruction: flush()
}
