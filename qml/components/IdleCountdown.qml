import QtQuick
import QtQuick.Layouts
import ReturnsKiosk

// Shown when the shopper seems to have walked away, and on the done screen: how long until the kiosk
// starts over (or the screen closes), and "I need more time", which starts the countdown again.
// Starting over wipes everything the session showed.
Rectangle {
    id: bar
    property int secondsLeft: 0
    property bool finishing: false
    property bool extendable: true
    implicitHeight: Theme.touchTarget + 24
    color: Theme.text
    radius: Theme.radius

    RowLayout {
        anchors.fill: parent
        anchors.margins: 12
        spacing: Theme.spacing
        Text {
            objectName: "idleText"
            Layout.fillWidth: true
            color: "white"
            font.pixelSize: Theme.bodySize
            wrapMode: Text.WordWrap
            text: bar.finishing ? qsTr("This screen closes in %1 s.").arg(bar.secondsLeft)
                                : qsTr("Still there? Starting over in %1 s.").arg(bar.secondsLeft)
        }
        KioskButton {
            objectName: "moreTimeButton"
            visible: bar.extendable
            text: qsTr("I need more time")
            onClicked: Session.touch()
        }
    }
}
