pragma Singleton
import QtQuick
import Enhetspuls

// Colours, sizes and fonts. Status colours are paired with a text and a shape everywhere.
QtObject {
    readonly property bool dark: AppSettings.darkMode
    property real fontScale: 1.0

    readonly property color background: dark ? "#121417" : "#f3f5f7"
    readonly property color surface: dark ? "#1e2126" : "#ffffff"
    readonly property color surfaceAlt: dark ? "#272b31" : "#eef1f4"
    readonly property color border: dark ? "#3a3f46" : "#d5dbe1"
    readonly property color text: dark ? "#eef1f4" : "#14181d"
    readonly property color textMuted: dark ? "#b3bac3" : "#4a5561"
    readonly property color accent: dark ? "#7cb6ff" : "#0b5cad"
    readonly property color accentSoft: dark ? "#22364d" : "#dcebfa"
    readonly property color accentText: "#ffffff"
    readonly property color rail: dark ? "#181b1f" : "#0d2f52"
    readonly property color railText: "#dfe8f2"
    readonly property color railActive: dark ? "#2f4a6a" : "#1c4f86"

    readonly property color good: dark ? "#5fd38a" : "#1b7a3d"
    readonly property color warn: dark ? "#f2c14e" : "#8a5a00"
    readonly property color bad: dark ? "#ff7b72" : "#b3261e"
    readonly property color none: dark ? "#8b949e" : "#5f6b76"
    readonly property color goodSoft: dark ? "#173524" : "#e3f4e8"
    readonly property color warnSoft: dark ? "#3a3015" : "#fdf1d6"
    readonly property color badSoft: dark ? "#3d1c1a" : "#fbe4e2"
    readonly property color noneSoft: dark ? "#262a30" : "#eceff2"

    readonly property color chart1: dark ? "#7cb6ff" : "#0b5cad"
    readonly property color chart2: dark ? "#f2a65a" : "#c05a00"
    readonly property color chart3: dark ? "#b49cff" : "#6a3fb5"
    readonly property color chartTarget: bad

    readonly property int touch: 48
    readonly property int radius: 10
    readonly property int gap: 16

    function fs(px) { return Math.round(px * fontScale) }
    function statusColor(cls) { return cls === "good" ? good : cls === "warn" ? warn : cls === "bad" ? bad : none }
    function statusSoft(cls) { return cls === "good" ? goodSoft : cls === "warn" ? warnSoft : cls === "bad" ? badSoft : noneSoft }
    function statusShape(cls) { return cls === "good" ? "✔" : cls === "warn" ? "▲" : cls === "bad" ? "✖" : "–" }
}
