import QtQuick
import QtQuick.Controls
import ReturnsKiosk

// The one button every screen uses: big, high-contrast, with its label as its accessible name, and a
// thick dark outline while the read-aloud mode's keys are on it.
Button {
    id: control
    property bool primary: true

    implicitHeight: Theme.touchTarget
    implicitWidth: Math.max(220, contentItem.implicitWidth + 64)
    font.pixelSize: Theme.bodySize
    font.bold: primary
    Accessible.name: text

    contentItem: Text {
        text: control.text
        font: control.font
        color: !control.enabled ? Theme.mutedText : control.primary ? Theme.textOnAccent : Theme.accent
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.WordWrap // a longer translation: two lines, then a smaller size, before it is cut
        fontSizeMode: Text.Fit
        minimumPixelSize: Theme.smallSize - 4
        elide: Text.ElideRight
    }
    background: Rectangle {
        radius: Theme.radius
        color: !control.enabled ? Theme.divider : control.primary ? (control.down ? Qt.darker(Theme.accent, 1.2) : Theme.accent) : Theme.surface
        border.color: control.visualFocus ? Theme.text : control.primary ? "transparent" : Theme.accent
        border.width: control.visualFocus ? 6 : 3
    }
}
