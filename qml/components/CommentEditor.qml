import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Enhetspuls

// A comment or analysis that is saved locally as you type (no save button to forget).
ColumnLayout {
    id: editor
    property string area
    property string kind: "kommentar"
    property string ref: ""
    property string period: ""          // "" = the selected month
    property string label
    property string placeholder: qsTr("Write a comment for the staff meeting and the report…")
    // True while something typed is not yet written.
    readonly property bool dirty: autoSave.pending
    property alias textArea: area_
    spacing: 6

    // The unit, period and ref the shown text belongs to: a pending edit is saved there even when
    // the selection has just changed.
    property string shownUnit: ""
    property string shownPeriod: ""
    property string shownRef: ""

    // The stored text the editor shows (what typing is compared with).
    property string storedText: ""

    function load() {
        editor.shownUnit = Selection.unitId
        editor.shownPeriod = editor.period.length > 0 ? editor.period : Selection.period
        editor.shownRef = editor.ref
        editor.storedText = Editor.comment(editor.area, editor.kind, editor.ref, editor.period)
        area_.text = editor.storedText
        status.text = ""
    }
    function reselect() {
        autoSave.flush()
        editor.load()
    }

    Component.onCompleted: load()
    onPeriodChanged: reselect()
    onRefChanged: reselect()
    onDirtyChanged: if (!editor.dirty && area_.text === editor.storedText && area_.text.length > 0) status.text = qsTr("Saved on this device")
    Connections {
        target: Selection
        // What was typed is written for the unit or period left, then the new one shown.
        function onUnitChanged() { editor.reselect() }
        function onPeriodChanged() { editor.reselect() }
    }
    Connections {
        target: Editor
        // A save, an undo or a sync changed the stored text: show it unless the user is typing.
        function onDataChanged() {
            if (editor.shownUnit !== Selection.unitId
                    || editor.shownPeriod !== (editor.period.length > 0 ? editor.period : Selection.period))
                return // written for the unit or period just left; load() follows
            const stored = Editor.comment(editor.area, editor.kind, editor.ref, editor.period)
            editor.storedText = stored
            if (!editor.dirty && stored !== area_.text)
                editor.load()
        }
    }
    AutoSave {
        id: autoSave
        field: area_
        stored: editor.storedText
        target: ({ "type": "comment", "unit": editor.shownUnit, "period": editor.shownPeriod, "area": editor.area,
                   "kind": editor.kind, "ref": editor.shownRef })
    }

    RowLayout {
        Layout.fillWidth: true
        visible: editor.label.length > 0
        Text {
            text: editor.label
            color: Theme.text
            font.pixelSize: Theme.fs(15)
            font.bold: true
            Layout.fillWidth: true
        }
        Text {
            id: status
            color: Theme.good
            font.pixelSize: Theme.fs(12)
        }
    }
    TextArea {
        id: area_
        objectName: "commentArea_" + editor.area + "_" + editor.kind
        Layout.fillWidth: true
        Layout.minimumHeight: 96
        wrapMode: TextEdit.Wrap
        placeholderText: editor.placeholder
        placeholderTextColor: Theme.textMuted
        font.pixelSize: Theme.fs(15)
        Accessible.name: editor.label
        background: Rectangle {
            color: Theme.surfaceAlt
            radius: 8
            border.color: area_.activeFocus ? Theme.accent : Theme.border
            border.width: area_.activeFocus ? 2 : 1
        }
    }
}
