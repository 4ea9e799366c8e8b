import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Enhetspuls

// One indicator: value, target, status (colour + shape + text) and trend arrow with text.
AbstractButton {
    id: card
    required property string name
    required property string goalName
    required property string valueText
    required property string periodText
    required property string targetText
    required property string statusClass
    required property string statusText
    required property string trendArrow
    required property string trendText
    required property string previousText
    padding: 16
    leftPadding: 24
    focusPolicy: Qt.StrongFocus
    Accessible.name: name + ": " + valueText + ", " + statusText + ", " + trendText

    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.color: card.visualFocus || card.checked ? Theme.accent : Theme.border
        border.width: card.visualFocus || card.checked ? 2 : 1
        Rectangle {
            width: 6
            height: parent.height - 2 * Theme.radius
            anchors.verticalCenter: parent.verticalCenter
            color: Theme.statusColor(card.statusClass)
            radius: 3
        }
    }
    contentItem: ColumnLayout {
        id: col
        spacing: 6
        Text {
            text: card.goalName
            color: Theme.textMuted
            font.pixelSize: Theme.fs(12)
            elide: Text.ElideRight
            maximumLineCount: 1
            Layout.fillWidth: true
        }
        Text {
            text: card.name
            color: Theme.text
            font.pixelSize: Theme.fs(16)
            font.bold: true
            wrapMode: Text.WordWrap
            maximumLineCount: 2
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        RowLayout {
            spacing: 10
            Layout.fillWidth: true
            Text {
                text: card.valueText
                color: Theme.text
                font.pixelSize: Theme.fs(30)
                font.bold: true
            }
            Text {
                text: card.trendArrow
                visible: card.trendArrow.length > 0
                color: card.trendArrow === "↑" ? Theme.good : card.trendArrow === "↓" ? Theme.bad : Theme.textMuted
                font.pixelSize: Theme.fs(26)
                font.bold: true
                Accessible.name: card.trendText
            }
            Item { Layout.fillWidth: true }
            StatusBadge { statusClass: card.statusClass; text: card.statusText; compact: true }
        }
        Text {
            text: card.targetText + (card.periodText.length > 0 ? " · " + card.periodText : "")
            color: Theme.textMuted
            font.pixelSize: Theme.fs(13)
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Text {
            text: card.trendText + (card.previousText.length > 0 ? " (" + card.previousText + ")" : "")
            color: Theme.textMuted
            font.pixelSize: Theme.fs(12)
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
    }
}
