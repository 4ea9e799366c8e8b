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
    property bool dirty: false
    property alias textArea: area_
    spacing: 6

    // The unit, period and ref the shown text belongs to: a pending edit is saved there even when
    // the selection has just changed.
    property string shownUnit: ""
    property string shownPeriod: ""
    property string shownRef: ""

    function load() {
        editor.shownUnit = Selection.unitId
        editor.shownPeriod = editor.period.length > 0 ? editor.period : Selection.period
        editor.shownRef = editor.ref
        area_.text = Editor.comment(editor.area, editor.kind, editor.ref, editor.period)
        editor.dirty = false
        status.text = ""
    }
    function save() {
        if (!editor.dirty)
            return
        saveTimer.stop()
        if (Editor.setUnitComment(editor.shownUnit, editor.shownPeriod, editor.area, editor.kind, editor.shownRef, area_.text))
            status.text = qsTr("Saved on this device")
        editor.dirty = false
    }
    function reselect() {
        editor.save()
        editor.load()
    }

    Component.onCompleted: load()
    Component.onDestruction: save()
    onPeriodChanged: reselect()
    onRefChanged: reselect()
    Connections {
        target: Selection
        function onUnitChanged() { editor.reselect() }
        function onPeriodChanged() { editor.reselect() }
    }
    Connections {
        target: Editor
        // An undo (or a sync) changed the stored text: show it unless the user is typing.
        function onDataChanged() {
            if (!editor.dirty && Editor.comment(editor.area, editor.kind, editor.ref, editor.period) !== area_.text)
                editor.load()
        }
    }
    Timer { id: saveTimer; interval: 1200; onTriggered: editor.save() }

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
        font.pixelSize: Theme.fs(15)
        Accessible.name: editor.label
        onTextChanged: if (activeFocus) { editor.dirty = true; saveTimer.restart() }
        onEditingFinished: editor.save()
        background: Rectangle {
            color: Theme.surfaceAlt
            radius: 8
            border.color: area_.activeFocus ? Theme.accent : Theme.border
            border.width: area_.activeFocus ? 2 : 1
        }
    }
}
