pragma Singleton
import QtQuick

// High-contrast colours for the APT presentation on a TV or projector (light text on near
// black, the same in light and dark mode). Status is always shown with a shape and a text too.
QtObject {
    readonly property color background: "#0a0d12"
    readonly property color panel: "#161b22"
    readonly property color text: "#ffffff"
    readonly property color muted: "#c9d1d9"
    readonly property color accent: "#7cb6ff"
    readonly property color good: "#5fd38a"
    readonly property color warn: "#f2c14e"
    readonly property color bad: "#ff8a80"
    readonly property color none: "#c9d1d9"

    function status(cls) { return cls === "good" ? good : cls === "warn" ? warn : cls === "bad" ? bad : text }
}
