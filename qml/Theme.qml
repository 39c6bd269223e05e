pragma Singleton
import QtQuick
import ReturnsKiosk

// Colours, type sizes and spacing for every screen: high contrast, large touch targets
// (at least 9 mm: 72 px on a 15.6" 1280x800 panel), one accent colour from the retailer's config.
QtObject {
    // Lower layout: every screen's controls sit in the bottom part of the window, within reach
    // from a wheelchair. Set by the header's toggle; reset when the session ends.
    property bool lowerLayout: false
    // In the lower layout, the y (in a screen's coordinates) below which its controls go: the top
    // of the bottom 60% of the window. Set by the window.
    property real reachLine: 0

    readonly property color accent: Kiosk.accentColor
    readonly property color background: "#f4f5f7"
    readonly property color surface: "#ffffff"
    readonly property color text: "#111418"
    readonly property color mutedText: "#4a525c"
    readonly property color textOnAccent: "#ffffff"
    readonly property color problem: "#a4161a"
    readonly property color problemSurface: "#fdecea"
    readonly property color success: "#1b6e3a"
    readonly property color warning: "#8a5a00"
    readonly property color divider: "#d5d9de"
    readonly property color selectedSurface: Qt.tint(surface, Qt.rgba(accent.r, accent.g, accent.b, 0.12))

    readonly property int touchTarget: 72
    readonly property int spacing: 24
    readonly property int radius: 12

    readonly property int titleSize: 44
    readonly property int headingSize: 32
    readonly property int bodySize: 24
    readonly property int smallSize: 20
}
