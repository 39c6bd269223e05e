import QtQuick
import QtQuick.Layouts
import ReturnsKiosk

// A colleague scanned their badge on the attract screen: it names them, their PIN signs them in to
// maintenance mode. Wrong PINs, unknown badges and lockouts are said here; "Cancel" goes back to the
// attract screen.
Item {
    RowLayout {
        anchors.fill: parent
        spacing: Theme.spacing * 2

        ColumnLayout {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignVCenter
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
                objectName: "signInBadge"
                Layout.fillWidth: true
                text: Session.signIn.badgeId.length > 0
                      ? qsTr("Badge %1: enter your PIN to sign in.").arg(Session.signIn.badgeId)
                      : qsTr("Scan your staff badge, then enter your PIN.")
                font.pixelSize: Theme.headingSize
                color: Theme.mutedText
                wrapMode: Text.WordWrap
            }
            MessageBanner {
                objectName: "signInProblem"
                Layout.fillWidth: true
                text: Session.signIn.problem
            }
            KioskButton {
                objectName: "cancelSignInButton"
                primary: false
                text: qsTr("Cancel")
                onClicked: Session.cancel()
            }
        }

        Rectangle {
            Layout.preferredWidth: 420
            Layout.fillHeight: true
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.divider
            border.width: 2

            ColumnLayout {
                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: 12

                Text {
                    Layout.fillWidth: true
                    text: qsTr("PIN")
                    font.pixelSize: Theme.bodySize
                    font.bold: true
                    color: Theme.text
                }
                Text {
                    objectName: "signInPinField"
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    font.pixelSize: Theme.headingSize
                    color: Theme.text
                    text: signInPad.digits.length > 0 ? "●".repeat(signInPad.digits.length) : " "
                    Accessible.name: qsTr("PIN, %n digit(s) typed", "", signInPad.digits.length)
                }
                Item { Layout.fillHeight: true }
                Keypad {
                    id: signInPad
                    objectName: "signInPad"
                    Layout.alignment: Qt.AlignHCenter
                    minDigits: 4
                    maxDigits: 8
                    enabled: Session.signIn.badgeId.length > 0 && !Session.signIn.locked
                    onDigitsChanged: Session.touch()
                    onSubmitted: digits => {
                        signInPad.digits = ""
                        Session.signIn.submitPin(digits)
                    }
                }
            }
        }
    }
}
