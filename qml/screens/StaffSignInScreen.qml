import QtQuick
import QtQuick.Layouts
import ReturnsKiosk

// A colleague scanned their badge on the attract screen: it names them, their PIN signs them in to
// maintenance mode (StaffPinPanel, shared with the assistance screen). "Cancel" goes back to the
// attract screen.
Item {
    RowLayout {
        anchors.fill: parent
        spacing: Theme.spacing * 2

        ColumnLayout {
            Layout.fillWidth: true
            Layout.alignment: Theme.lowerLayout ? Qt.AlignBottom : Qt.AlignVCenter
            spacing: Theme.spacing

            Text {
                Layout.fillWidth: true
                text: qsTr("Maintenance mode")
                font.pixelSize: Theme.titleSize
                font.bold: true
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Enter your PIN to sign in.")
                font.pixelSize: Theme.headingSize
                color: Theme.mutedText
                wrapMode: Text.WordWrap
            }
            KioskButton {
                objectName: "cancelSignInButton"
                primary: false
                text: qsTr("Cancel")
                onClicked: Session.cancel()
            }
        }

        StaffPinPanel {
            Layout.preferredWidth: 440
            Layout.fillHeight: true
        }
    }
}
