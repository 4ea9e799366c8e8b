import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Enhetspuls

// Create or edit an action; saved at once when confirmed, and when the app flushes what is typed
// (page or unit change, window close, quit) while it is open with a title.
Dialog {
    id: dlg
    objectName: "actionDialog"
    property string actionId: ""
    property string goalId: ""
    property string area: "mal"
    property string unitId: ""          // the unit the action is written for (selected on open)
    property string decisionId: ""      // set: the action is made from this APT decision
    // Goals the action can be linked to, [{key, text}]; the goal picker shows only when given.
    property var goals: []
    modal: true
    focus: true
    title: actionId.length > 0 ? qsTr("Edit action") : decisionId.length > 0 ? qsTr("Make the decision an action") : qsTr("New action")
    footer: DialogButtonBox {
        Button {
            objectName: "actionCancel"
            text: qsTr("Cancel")
            flat: true
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
        AppButton {
            objectName: "actionSave"
            text: qsTr("Save")
            primary: true
            enabled: titleField.text.trim().length > 0
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
        }
    }
    width: Math.min(parent ? parent.width - 32 : 560, 560)
    x: parent ? (parent.width - width) / 2 : 0
    y: 24

    property var statuses: []
    property var areas: []

    // Opens for a new action (goal/area preset) or for an existing row's values.
    function openNew(goal, areaKey) {
        actionId = ""; decisionId = ""; goalId = goal || ""; area = areaKey || "mal"; unitId = Selection.unitId
        titleField.text = ""; ownerField.text = ""; endField.text = ""; effectField.text = ""; noteField.text = ""
        statusBox.currentIndex = 0
        areaBox.currentIndex = Math.max(0, areas.findIndex(a => a.key === area))
        open(); titleField.forceActiveFocus()
    }
    // Opens for making an APT decision an action: the decision's text as the title.
    function openForDecision(decision, body) {
        openNew("", "mal")
        decisionId = decision
        titleField.text = body
        goalBox.currentIndex = 0
        ownerField.forceActiveFocus()
    }
    function openEdit(row) {
        actionId = row.actionId; decisionId = ""; goalId = row.goalId; area = row.area; unitId = Selection.unitId
        titleField.text = row.title; ownerField.text = row.owner; endField.text = row.endDate
        effectField.text = row.effect; noteField.text = row.note
        statusBox.currentIndex = Math.max(0, statuses.findIndex(s => s.key === row.status))
        areaBox.currentIndex = Math.max(0, areas.findIndex(a => a.key === row.area))
        open()
    }

    onAccepted: {
        const fields = {
            "title": titleField.text, "owner": ownerField.text, "end_date": endField.text,
            "effect": effectField.text, "note": noteField.text,
            "status": statuses[statusBox.currentIndex].key, "area": areas[areaBox.currentIndex].key
        }
        if (goals.length > 0 && goalBox.currentIndex > 0)
            fields["goal_id"] = goals[goalBox.currentIndex - 1].key
        else if (goalId.length > 0)
            fields["goal_id"] = goalId
        if (decisionId.length > 0) {
            Editor.decisionToAction(decisionId, fields)
            decisionId = ""
        } else if (actionId.length > 0) {
            Editor.updateAction(actionId, fields)
        } else {
            fields["unit_id"] = unitId
            Editor.createAction(fields)
        }
    }
    Connections {
        target: Editor
        // Nothing typed is lost: an open dialog with a title is saved as if confirmed.
        function onFlushing() {
            if (dlg.opened && titleField.text.trim().length > 0)
                dlg.accept()
        }
    }

    GridLayout {
        anchors.fill: parent
        columns: 2
        columnSpacing: 12
        rowSpacing: 6
        Label { text: qsTr("Title") }
        TextField { id: titleField; objectName: "actionTitle"; Accessible.name: qsTr("Title"); Layout.fillWidth: true; Layout.preferredHeight: Theme.touch }
        Label { text: qsTr("Owner") }
        TextField { id: ownerField; objectName: "actionOwner"; Accessible.name: qsTr("Owner"); Layout.fillWidth: true; Layout.preferredHeight: Theme.touch }
        Label { text: qsTr("End date") }
        DateField { id: endField; objectName: "actionEnd"; accessibleName: qsTr("End date"); Layout.fillWidth: true }
        Label { text: qsTr("Status") }
        ComboBox { id: statusBox; Accessible.name: qsTr("Status"); model: dlg.statuses; textRole: "text"; Layout.fillWidth: true; Layout.preferredHeight: Theme.touch }
        Label { text: qsTr("Area") }
        ComboBox { id: areaBox; Accessible.name: qsTr("Area"); model: dlg.areas; textRole: "text"; Layout.fillWidth: true; Layout.preferredHeight: Theme.touch }
        Label { visible: dlg.goals.length > 0; text: qsTr("Goal") }
        ComboBox {
            id: goalBox
            objectName: "actionGoal"
            visible: dlg.goals.length > 0
            Accessible.name: qsTr("Goal")
            model: [qsTr("No goal")].concat(dlg.goals.map(g => g.text))
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touch
        }
        Label { text: qsTr("Expected effect (tkr)") }
        TextField { id: effectField; objectName: "actionEffect"; Accessible.name: qsTr("Expected effect (tkr)"); inputMethodHints: Qt.ImhFormattedNumbersOnly; Layout.fillWidth: true; Layout.preferredHeight: Theme.touch }
        Label { text: qsTr("Note") }
        TextField { id: noteField; Accessible.name: qsTr("Note"); Layout.fillWidth: true; Layout.preferredHeight: Theme.touch }
    }
}
