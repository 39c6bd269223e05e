import QtQuick
import QtQuick.Layouts
import ReturnsKiosk

// A colleague signing in, the same on the attract path (maintenance mode) and on the assistance
// screen (taking over): the badge they scanned names them, their PIN signs them in. Says which badge
// was read, what went wrong (wrong PIN, unknown badge, a lockout) and that a PIN is being checked.
Rectangle {
    id: panel
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.divider
    border.width: 2

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: 12

        Text {
            objectName: "signInBadge"
            Layout.fillWidth: true
            text: Session.signIn.badgeId.length > 0
                  ? qsTr("Badge %1: enter your PIN.").arg(Session.signIn.badgeId)
                  : qsTr("Colleagues: scan your badge, then enter your PIN.")
            font.pixelSize: Theme.bodySize
            font.bold: true
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        Text {
            objectName: "signInPinField"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            font.pixelSize: Theme.headingSize
            color: Theme.text
            text: Session.signIn.checking ? qsTr("Checking…")
                  : pinPad.digits.length > 0 ? "●".repeat(pinPad.digits.length) : " "
            Accessible.name: qsTr("PIN, %n digit(s) typed", "", pinPad.digits.length)
        }
        Text {
            objectName: "signInProblem"
            Layout.fillWidth: true
            visible: text.length > 0
            text: Session.signIn.problem
            font.pixelSize: Theme.smallSize
            color: Theme.problem
            wrapMode: Text.WordWrap
        }
        Item { Layout.fillHeight: true }
        Keypad {
            id: pinPad
            objectName: "signInPad"
            compact: true // three rows: room for the badge and the problem above it
            Layout.alignment: Qt.AlignHCenter
            minDigits: Session.signIn.pinDigits
            maxDigits: 12
            enabled: Session.signIn.badgeId.length > 0 && !Session.signIn.locked && !Session.signIn.checking
            onSubmitted: digits => {
                pinPad.digits = ""
                Session.signIn.submitPin(digits)
            }
        }
    }
}
