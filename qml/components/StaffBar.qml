import QtQuick
import QtQuick.Layouts
import ReturnsKiosk

// Across the top of every maintenance screen: who is signed in, when they will be signed out if they
// leave the screen alone (a tap anywhere on the bar keeps them in), and "Sign out".
Rectangle {
    id: bar
    property string title
    implicitHeight: Theme.touchTarget + 24
    color: Theme.text
    radius: Theme.radius

    readonly property int secondsLeft: Session.idleSecondsLeft
    readonly property string timeLeft: Math.floor(secondsLeft / 60) + ":" + String(secondsLeft % 60).padStart(2, "0")

    RowLayout {
        anchors.fill: parent
        anchors.margins: 12
        spacing: Theme.spacing
        Text {
            objectName: "staffBarTitle"
            Layout.fillWidth: true
            Layout.maximumWidth: implicitWidth
            Layout.fillHeight: true
            verticalAlignment: Text.AlignVCenter
            wrapMode: Text.WordWrap
            fontSizeMode: Text.Fit
            minimumPixelSize: Theme.smallSize - 4
            text: bar.title
            color: "white"
            font.pixelSize: Theme.headingSize
            font.bold: true
        }
        Text {
            objectName: "staffBarWho"
            Layout.fillWidth: true
            Layout.minimumWidth: 240
            color: "white"
            font.pixelSize: Theme.bodySize
            horizontalAlignment: Text.AlignRight
            wrapMode: Text.WordWrap
            fontSizeMode: Text.VerticalFit // two lines at most, smaller before anything is cut
            minimumPixelSize: Theme.smallSize - 4
            Layout.fillHeight: true
            verticalAlignment: Text.AlignVCenter
            text: qsTr("Signed in: %1 · signs out in %2").arg(Session.signIn.staffId).arg(bar.timeLeft)
            Accessible.name: qsTr("Signed in as %1. Signs out in %n second(s).", "", bar.secondsLeft).arg(Session.signIn.staffId)
        }
        KioskButton {
            objectName: "stayInButton"
            primary: false
            text: qsTr("Stay signed in")
            onClicked: Session.touch()
        }
        KioskButton {
            objectName: "maintenanceSignOutButton"
            text: qsTr("Sign out")
            onClicked: Session.signOut()
        }
    }
}
