import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Enhetspuls

// "Visa på APT": the month's follow-up full screen for a TV or projector, one message per slide,
// in the order of the meeting's agenda (PresentationModel): the agenda, goals, sick leave, budget,
// open actions and last meeting's decisions, each area with the manager's own comment, and the
// other agenda items that have a note (information, arbetsmiljö, ...) on slides of their own. Clicker
// keys (Page Up/Down), arrow keys, swipe or the big ‹ › buttons move between slides; the window
// goes full screen while presenting; Esc or ✕ leaves and restores it.
Popup {
    id: presenter
    objectName: "aptPresenter"
    property var previous: ({})   // AptModel.previousMeeting(aptId): aptId, title, dateText, decisions
    // The meeting presented (the one the APT page shows); "" = the unit's latest.
    property string aptId: ""
    readonly property var meeting: { apts.loads; return apts.get(Math.max(0, apts.indexOf(presenter.aptId))) }
    readonly property real s: Math.max(0.7, Math.min(width / 1280, height / 800))
    readonly property alias currentIndex: view.currentIndex
    readonly property int count: view.count
    readonly property string currentKind: view.currentItem ? view.currentItem.kind : ""
    // The row of the first slide of a kind ("agenda", "goals", "sickleave", "budget", "actions", "followup").
    function slideIndex(kind) { return slides.indexOfKind(kind) }

    // The manager's text for an area this month (Editor.areaNote).
    function areaNote(area, fallbackArea) {
        Editor.revision
        return Editor.areaNote(area, fallbackArea || "")
    }

    parent: Overlay.overlay
    x: 0
    y: 0
    width: parent ? parent.width : 1280
    height: parent ? parent.height : 800
    padding: 0
    modal: true
    focus: true
    closePolicy: Popup.CloseOnEscape
    Component.onCompleted: open()
    onOpened: {
        view.currentIndex = 0
        keys.forceActiveFocus()
        presenter.enterFullScreen()
    }
    onClosed: {
        presenter.leaveFullScreen()
        if (Navigation.page === "apt-present")
            Navigation.page = "apt"
    }
    Component.onDestruction: presenter.leaveFullScreen()
    enter: Transition { NumberAnimation { property: "opacity"; from: 0; to: 1; duration: 120 } }
    exit: Transition { NumberAnimation { property: "opacity"; from: 1; to: 0; duration: 120 } }
    background: Rectangle { color: PresentColors.background }

    // A real full-screen window while presenting (not when rendering offscreen: screenshots
    // and tests keep the size they asked for); the earlier state comes back on leaving.
    property var fullScreenWindow: null
    property int restoreVisibility: Window.Windowed
    function enterFullScreen() {
        const w = keys.Window.window
        if (!w || presenter.fullScreenWindow || Qt.platform.pluginName === "offscreen" || Qt.platform.pluginName === "minimal")
            return
        presenter.fullScreenWindow = w
        presenter.restoreVisibility = w.visibility
        w.showFullScreen()
    }
    function leaveFullScreen() {
        if (!presenter.fullScreenWindow)
            return
        const w = presenter.fullScreenWindow
        presenter.fullScreenWindow = null
        w.visibility = presenter.restoreVisibility === Window.FullScreen ? Window.Windowed : presenter.restoreVisibility
    }

    AptModel {
        id: apts
        property int loads: 0
        unitId: Selection.unitId
        year: Selection.year
        month: Selection.month
        revision: Editor.revision
        onReloaded: loads++
    }
    OverviewModel {
        id: ovModel
        unitId: Selection.unitId
        year: Selection.year
        month: Selection.month
        revision: Editor.revision
    }
    ActionModel {
        id: actModel
        unitId: Selection.unitId
        year: Selection.year
        month: Selection.month
        revision: Editor.revision
        showDone: false
    }
    PresentationModel {
        id: slides
        agenda: presenter.meeting.agendaText || ""
        items: presenter.meeting.items || []
        goalCount: ovModel.count
        actionCount: actModel.count
        decisionCount: (presenter.previous.decisions || []).length
    }

    contentItem: Item {
        id: keys
        focus: true
        Keys.onPressed: event => {
            if (event.key === Qt.Key_Right || event.key === Qt.Key_Down || event.key === Qt.Key_PageDown
                    || event.key === Qt.Key_Space || event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
                view.incrementCurrentIndex(); event.accepted = true
            } else if (event.key === Qt.Key_Left || event.key === Qt.Key_Up || event.key === Qt.Key_PageUp
                       || event.key === Qt.Key_Backspace) {
                view.decrementCurrentIndex(); event.accepted = true
            } else if (event.key === Qt.Key_Home) {
                view.currentIndex = 0; event.accepted = true
            } else if (event.key === Qt.Key_End) {
                view.currentIndex = view.count - 1; event.accepted = true
            }
        }

        // Top bar: unit and month, slide number, close.
        RowLayout {
            id: topBar
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.margins: 16 * presenter.s
            anchors.leftMargin: 120 * presenter.s
            spacing: 16
            Text {
                text: qsTr("APT · %1 · %2").arg(Selection.unitName).arg(Selection.periodText)
                color: PresentColors.muted
                font.pixelSize: 22 * presenter.s
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Text {
                objectName: "presentPosition"
                text: qsTr("%1 / %2").arg(view.currentIndex + 1).arg(view.count)
                color: PresentColors.muted
                font.pixelSize: 22 * presenter.s
            }
            Button {
                objectName: "presentClose"
                text: "✕"
                flat: true
                font.pixelSize: 28 * presenter.s
                Material.foreground: PresentColors.text
                Layout.preferredWidth: Math.max(64, 72 * presenter.s)
                Layout.preferredHeight: Math.max(64, 72 * presenter.s)
                Accessible.name: qsTr("Leave the presentation")
                onClicked: presenter.close()
            }
        }

        // The slides side by side, one screen each: a swipe, a key or a button moves one slide.
        // (A ListView rather than a SwipeView over a Repeater: it takes a reset of the slides,
        // when the figures or the agenda change, without a binding loop on currentIndex.)
        ListView {
            id: view
            objectName: "presentView"
            anchors.top: topBar.bottom
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: indicator.top
            clip: true
            orientation: ListView.Horizontal
            snapMode: ListView.SnapOneItem
            highlightRangeMode: ListView.StrictlyEnforceRange
            highlightMoveDuration: 250
            highlightMoveVelocity: -1
            boundsBehavior: Flickable.StopAtBounds
            keyNavigationEnabled: false
            model: slides
                // One slide of PresentationModel, drawn by the component of its kind.
                delegate: Item {
                    id: d
                    required property string kind
                    required property int first
                    required property int itemCount
                    required property int page
                    required property int pages
                    required property var lines
                    objectName: "presentSlide_" + kind + (page > 0 ? "_" + page : "")
                    width: view.width
                    height: view.height
                    Loader {
                        anchors.fill: parent
                        active: d.kind === "agenda"
                        sourceComponent: PresentListSlide {
                            s: presenter.s
                            baseTitle: qsTr("Agenda")
                            subtitle: presenter.meeting.title || ""
                            lines: d.lines
                            page: d.page
                            pages: d.pages
                        }
                    }
                    Loader {
                        anchors.fill: parent
                        active: d.kind === "item"
                        sourceComponent: PresentItemSlide {
                            s: presenter.s
                            title: d.lines.length > 0 ? d.lines[0] : ""
                            text: d.lines.length > 1 ? d.lines[1] : ""
                        }
                    }
                    Loader {
                        anchors.fill: parent
                        active: d.kind === "goals"
                        sourceComponent: PresentGoalsSlide {
                            s: presenter.s
                            ov: ovModel
                            first: d.first
                            count: d.itemCount
                            page: d.page
                            pages: d.pages
                            note: d.page === 0 ? presenter.areaNote("mal", "oversikt") : ""
                        }
                    }
                    Loader {
                        anchors.fill: parent
                        active: d.kind === "sickleave"
                        sourceComponent: PresentSickSlide { s: presenter.s; ov: ovModel; note: presenter.areaNote("sjukfranvaro") }
                    }
                    Loader {
                        anchors.fill: parent
                        active: d.kind === "budget"
                        sourceComponent: PresentBudgetSlide { s: presenter.s; ov: ovModel; note: presenter.areaNote("budget") }
                    }
                    Loader {
                        anchors.fill: parent
                        active: d.kind === "actions"
                        sourceComponent: PresentActionsSlide {
                            s: presenter.s
                            acts: actModel
                            first: d.first
                            count: d.itemCount
                            page: d.page
                            pages: d.pages
                        }
                    }
                    Loader {
                        anchors.fill: parent
                        active: d.kind === "followup"
                        sourceComponent: PresentListSlide {
                            s: presenter.s
                            baseTitle: qsTr("Follow-up of last meeting's decisions")
                            subtitle: presenter.previous.title ? qsTr("%1, %2").arg(presenter.previous.title).arg(presenter.previous.dateText) : ""
                            mark: "☐"
                            lines: (presenter.previous.decisions || []).slice(d.first, d.first + d.itemCount)
                            page: d.page
                            pages: d.pages
                            emptyText: presenter.previous.title ? qsTr("No decisions were written down at the last meeting.")
                                                                : qsTr("No earlier meeting: decisions made today are followed up at the next APT.")
                        }
                    }
                }
            }

        PageIndicator {
            id: indicator
            anchors.bottom: parent.bottom
            anchors.horizontalCenter: parent.horizontalCenter
            anchors.bottomMargin: 12 * presenter.s
            count: view.count
            currentIndex: view.currentIndex
            // A tap on a dot goes to its slide (one way: the view owns the index, so a model
            // reset that changes the count cannot loop between the two).
            delegate: Rectangle {
                required property int index
                implicitWidth: 14 * presenter.s
                implicitHeight: 14 * presenter.s
                radius: width / 2
                color: index === view.currentIndex ? PresentColors.text : "#4a525c"
                TapHandler { onTapped: view.currentIndex = parent.index }
            }
        }

        // Big previous / next buttons at the screen edges.
        RoundButton {
            objectName: "presentPrev"
            anchors.left: parent.left
            anchors.leftMargin: 16 * presenter.s
            anchors.verticalCenter: view.verticalCenter
            width: Math.max(64, 88 * presenter.s); height: width
            enabled: view.currentIndex > 0
            opacity: enabled ? 1 : 0.3
            text: "‹"
            font.pixelSize: 48 * presenter.s
            Material.background: PresentColors.panel
            Material.foreground: PresentColors.text
            Accessible.name: qsTr("Previous slide")
            onClicked: view.decrementCurrentIndex()
        }
        RoundButton {
            objectName: "presentNext"
            anchors.right: parent.right
            anchors.rightMargin: 16 * presenter.s
            anchors.verticalCenter: view.verticalCenter
            width: Math.max(64, 88 * presenter.s); height: width
            enabled: view.currentIndex < view.count - 1
            opacity: enabled ? 1 : 0.3
            text: "›"
            font.pixelSize: 48 * presenter.s
            Material.background: PresentColors.panel
            Material.foreground: PresentColors.text
            Accessible.name: qsTr("Next slide")
            onClicked: view.incrementCurrentIndex()
        }
    }
}
