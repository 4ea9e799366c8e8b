import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Enhetspuls

// The app shell: header with unit picker, period and undo; navigation rail in landscape,
// bottom bar in portrait; one page at a time.
ApplicationWindow {
    id: window
    width: 1280
    height: 800
    minimumWidth: 360
    minimumHeight: 480
    visible: true
    title: qsTr("Enhetspuls") + " – " + Selection.unitName

    Material.theme: AppSettings.darkMode ? Material.Dark : Material.Light
    Material.accent: Theme.accent
    Material.primary: Theme.rail
    // No Material.background here: an explicit background is inherited by every Button as its
    // fill, which made highlighted buttons ("Ny APT", "Ny åtgärd") white text on the page colour.
    Material.foreground: Theme.text
    color: Theme.background
    font.capitalization: Font.MixedCase

    readonly property bool landscape: width >= height
    readonly property bool compact: width < 900
    // No unit at all: nothing synced or imported yet.
    readonly property bool firstRun: Selection.unitId.length === 0
    // Every page, in navigation order; the self-test and screenshots visit them by name.
    // Jämför is last, so leaving it out (it is for verksamhetschef/controller roles) keeps every
    // other page's index in the StackLayout below.
    readonly property var allPageNames: ["overview", "goals", "sickleave", "budget", "actions", "apt", "report", "sync", "compare"]
    readonly property var allPageTitles: [qsTr("Overview"), qsTr("Goals"), qsTr("Sick leave"), qsTr("Budget"),
                                          qsTr("Actions"), qsTr("APT"), qsTr("Report"), qsTr("Sync"), qsTr("Compare")]
    readonly property int pageCount: SyncManager.canCompare ? allPageNames.length : allPageNames.length - 1
    readonly property var pageNames: allPageNames.slice(0, pageCount)
    readonly property var pageTitles: allPageTitles.slice(0, pageCount)
    // The screenshot test also renders the APT presentation ("Visa på APT" over the APT page).
    readonly property var screenshotPages: pageNames.concat(["apt-present"])
    readonly property int pageIndex: Math.max(0, pageNames.indexOf(Navigation.page === "apt-present" ? "apt" : Navigation.page))

    Shortcut { sequences: [StandardKey.Undo]; enabled: Editor.canUndo; onActivated: Editor.undo() }
    // Quits from a dialog too (a modal popup blocks window shortcuts); pending text is written on quit.
    Shortcut { sequences: [StandardKey.Quit]; context: Qt.ApplicationShortcut; onActivated: Qt.quit() }
    // Whatever is typed and not yet saved is written before the window or the page goes.
    onClosing: Editor.flush()
    Connections {
        target: Navigation
        function onPageChanged() { Editor.flush() }
    }
    Shortcut { sequence: "Ctrl+PgUp"; onActivated: Selection.stepMonth(-1) }
    Shortcut { sequence: "Ctrl+PgDown"; onActivated: Selection.stepMonth(1) }
    Shortcut { sequence: "Ctrl+U"; onActivated: unitPicker.open() }
    Repeater {
        model: window.pageNames.length
        delegate: Item {
            required property int index
            Shortcut { sequence: "Alt+" + (index + 1); onActivated: Navigation.page = window.pageNames[index] }
        }
    }

    header: ToolBar {
        // Grows with the text size (200 %, WCAG 1.4.4) instead of clipping the unit line.
        height: Math.max(64, headerRow.implicitHeight + 8)
        background: Rectangle { color: Theme.rail }
        RowLayout {
            id: headerRow
            anchors.fill: parent
            anchors.leftMargin: 12
            anchors.rightMargin: 12
            spacing: 8
            Text {
                visible: !window.compact
                text: qsTr("Enhetspuls")
                color: Theme.railText
                font.pixelSize: Theme.fs(20)
                font.bold: true
                Layout.rightMargin: 12
            }
            ToolButton {
                id: unitButton
                objectName: "unitButton"
                visible: !window.firstRun
                Layout.fillWidth: true
                Layout.maximumWidth: 520
                Layout.preferredHeight: Math.max(56, implicitContentHeight + topPadding + bottomPadding)
                Accessible.name: qsTr("Unit: %1. Change unit").arg(Selection.unitName)
                onClicked: unitPicker.open()
                contentItem: RowLayout {
                    spacing: 10
                    Image { source: "qrc:/qt/qml/Enhetspuls/icons/unit.svg"; sourceSize: Qt.size(24, 24) }
                    ColumnLayout {
                        spacing: 0
                        Layout.fillWidth: true
                        Text {
                            text: Selection.unitName
                            color: Theme.railText
                            font.pixelSize: Theme.fs(18)
                            font.bold: true
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                        Text {
                            text: Selection.unitKindText + (Selection.unitPath.length > 0 ? " · " + Selection.unitPath : "")
                            color: Theme.railText
                            opacity: 0.8
                            font.pixelSize: Theme.fs(12)
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                    }
                    Text { text: "▾"; color: Theme.railText; font.pixelSize: Theme.fs(16) }
                }
            }
            Item { Layout.fillWidth: true }
            ToolButton {
                Layout.preferredWidth: Theme.touch; Layout.preferredHeight: Theme.touch
                icon.source: "qrc:/qt/qml/Enhetspuls/icons/prev.svg"
                icon.color: Theme.railText
                Accessible.name: qsTr("Previous month")
                visible: !window.firstRun
                onClicked: Selection.stepMonth(-1)
            }
            ToolButton {
                id: periodButton
                objectName: "periodButton"
                visible: !window.firstRun
                Layout.preferredHeight: Theme.touch
                Layout.minimumWidth: 150
                Accessible.name: qsTr("Period: %1. Change period").arg(Selection.periodText)
                onClicked: periodPicker.open()
                contentItem: RowLayout {
                    spacing: 8
                    Image { source: "qrc:/qt/qml/Enhetspuls/icons/calendar.svg"; sourceSize: Qt.size(22, 22) }
                    Text {
                        text: Selection.periodText
                        color: Theme.railText
                        font.pixelSize: Theme.fs(16)
                        font.bold: true
                    }
                }
            }
            ToolButton {
                Layout.preferredWidth: Theme.touch; Layout.preferredHeight: Theme.touch
                icon.source: "qrc:/qt/qml/Enhetspuls/icons/next.svg"
                icon.color: Theme.railText
                Accessible.name: qsTr("Next month")
                visible: !window.firstRun
                onClicked: Selection.stepMonth(1)
            }
            ToolButton {
                objectName: "undoButton"
                visible: Editor.canUndo
                Layout.preferredHeight: Theme.touch
                icon.source: "qrc:/qt/qml/Enhetspuls/icons/undo.svg"
                icon.color: Theme.railText
                text: window.compact ? "" : Editor.undoText
                Material.foreground: Theme.railText
                Accessible.name: Editor.undoText
                onClicked: Editor.undo()
            }
            Rectangle {
                readonly property bool warn: SyncManager.configured && Editor.dirtyCount > 0
                visible: !window.compact || warn
                radius: 14
                color: warn ? "#f2c14e" : Qt.rgba(1, 1, 1, 0.12)
                Layout.preferredHeight: 28
                Layout.preferredWidth: syncText.implicitWidth + 24
                // With no server there is nothing to sync: say the work is kept here instead of
                // counting changes that will never leave this tablet.
                readonly property string label: !SyncManager.configured ? qsTr("Saved here")
                                              : window.compact ? Editor.dirtyCount : Editor.dirtyText
                Accessible.name: SyncManager.configured ? Editor.dirtyText : qsTr("Saved here, no server set")
                Accessible.role: Accessible.Button
                Text {
                    id: syncText
                    anchors.centerIn: parent
                    text: parent.label
                    color: parent.warn ? "#1d1600" : Theme.railText
                    font.pixelSize: Theme.fs(12)
                    font.bold: parent.warn
                }
                MouseArea { anchors.fill: parent; onClicked: Navigation.page = "sync" }
            }
        }
    }

    footer: ToolBar {
        visible: !window.landscape
        height: visible ? 68 : 0
        background: Rectangle { color: Theme.rail }
        RowLayout {
            anchors.fill: parent
            anchors.margins: 4
            spacing: 0
            Repeater {
                model: window.pageNames.length
                delegate: NavButton {
                    required property int index
                    vertical: false
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    iconName: window.pageNames[index]
                    text: window.pageTitles[index]
                    current: window.pageIndex === index
                    onClicked: Navigation.page = window.pageNames[index]
                }
            }
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0
        Rectangle {
            visible: window.landscape
            color: Theme.rail
            Layout.fillHeight: true
            Layout.preferredWidth: 104
            ColumnLayout {
                anchors.fill: parent
                anchors.topMargin: 8
                anchors.margins: 6
                spacing: 4
                Repeater {
                    model: window.pageNames.length
                    delegate: NavButton {
                        required property int index
                        objectName: "nav_" + window.pageNames[index]
                        Layout.fillWidth: true
                        iconName: window.pageNames[index]
                        text: window.pageTitles[index]
                        current: window.pageIndex === index
                        onClicked: Navigation.page = window.pageNames[index]
                    }
                }
                Item { Layout.fillHeight: true }
            }
        }
        // A fresh install has no unit: every page but Synk would be empty cards, so say what to do.
        Loader {
            active: window.firstRun && Navigation.page !== "sync"
            visible: active
            Layout.fillWidth: true
            Layout.fillHeight: true
            sourceComponent: FirstRunPage {}
        }
        StackLayout {
            id: stack
            objectName: "pageStack"
            visible: !window.firstRun || Navigation.page === "sync"
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: window.pageIndex
            Loader { active: Navigation.page === "overview"; sourceComponent: OverviewPage {} }
            Loader { active: Navigation.page === "goals"; sourceComponent: GoalsPage {} }
            Loader { active: Navigation.page === "sickleave"; sourceComponent: SickLeavePage {} }
            Loader { active: Navigation.page === "budget"; sourceComponent: BudgetPage {} }
            Loader { active: Navigation.page === "actions"; sourceComponent: ActionsPage {} }
            Loader { active: Navigation.page === "apt" || Navigation.page === "apt-present"; sourceComponent: AptPage {} }
            Loader { active: Navigation.page === "report"; sourceComponent: ReportPage {} }
            Loader { active: Navigation.page === "sync"; sourceComponent: SyncPage {} }
            Loader { active: Navigation.page === "compare"; sourceComponent: ComparePage {} }
        }
    }

    UnitPicker { id: unitPicker; objectName: "unitPicker" }
    PeriodPicker {
        id: periodPicker
        objectName: "periodPicker"
        x: (window.width - width) / 2
        y: 8
    }

    ToolTip {
        id: errorTip
        visible: Editor.lastError.length > 0
        text: Editor.lastError
        timeout: 5000
        x: (window.width - width) / 2
        y: window.height - 160
    }

    // The keyboard focus, shown the same way for every control (placed after every frame, so it
    // follows pages that scroll or lay out again).
    FocusRing {
        id: focusRing
        objectName: "focusRing"
        parent: Overlay.overlay
        target: window.activeFocusItem
    }
    onFrameSwapped: focusRing.place()
}
