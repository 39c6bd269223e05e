import QtQuick
import ReturnsKiosk

// A problem the shopper needs to read, in words they can act on. Hidden when there is none.
Rectangle {
    property alias text: label.text
    visible: text.length > 0
    implicitHeight: label.implicitHeight + 32
    radius: Theme.radius
    color: Theme.problemSurface
    border.color: Theme.problem
    border.width: 2
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text

    Text {
        id: label
        objectName: "messageText"
        anchors.fill: parent
        anchors.margins: 16
        wrapMode: Text.WordWrap
        fontSizeMode: Text.Fit // squeezed by a crowded screen: smaller, never cut
        minimumPixelSize: Theme.smallSize - 4
        font.pixelSize: Theme.bodySize
        color: Theme.problem
        verticalAlignment: Text.AlignVCenter
    }
}
