import QtQuick
import QtQuick.Layouts
import ReturnsKiosk

// Where a screen's controls start in the lower layout: an empty item in a screen's top-level column,
// as high as it takes to get from where the column puts it to the bottom 60% of the window (the
// screen's words stay above, where they are read, not reached). Nothing in the full layout.
Item {
    Layout.fillWidth: true
    Layout.preferredHeight: Theme.lowerLayout ? Math.max(0, Theme.reachLine - y) : 0
}
