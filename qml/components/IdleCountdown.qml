import QtQuick
import QtQuick.Layouts
import ReturnsKiosk

// Shown when the shopper seems to have walked away: how long until the kiosk starts over, and a
// button to stay. Starting over wipes everything the session showed.
Rectangle {
    id: bar
    property int secondsLeft: 0
    property bool finishing: false
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
            text: bar.finishing ? qsTr("This screen closes in %n second(s).", "", bar.secondsLeft)
                                : qsTr("Still there? Starting over in %n second(s).", "", bar.secondsLeft)
        }
        KioskButton {
            objectName: "stayButton"
            visible: !bar.finishing
            text: qsTr("I'm still here")
            onClicked: Session.touch()
        }
    }
}
