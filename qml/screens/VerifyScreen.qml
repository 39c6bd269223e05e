import QtQuick
import QtQuick.Layouts
import ReturnsKiosk

// Step 1, for an order number or a paper receipt: the billing ZIP code (or, for a receipt when the
// retailer's policy says so, the last 4 digits of the card) proves the order is the shopper's. A wrong
// one says so and clears the keypad; the third wrong one sends the shopper to a colleague.
Item {
    // A wrong ZIP code: start again from an empty keypad.
    Connections {
        target: Session
        function onMessageChanged() {
            if (Session.message.length > 0)
                keypad.digits = ""
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: Theme.spacing * 2

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing

            Text {
                Layout.fillWidth: true
                text: qsTr("Confirm it's your order")
                font.pixelSize: Theme.titleSize
                font.bold: true
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            Text {
                objectName: "verifyHint"
                Layout.fillWidth: true
                text: Session.verification.cardLast4
                    ? qsTr("Type the last 4 digits of the card you paid with for order %1.").arg(Session.verification.orderId)
                    : qsTr("Type the ZIP code of the billing address for order %1.").arg(Session.verification.orderId)
                font.pixelSize: Theme.bodySize
                color: Theme.mutedText
                wrapMode: Text.WordWrap
            }
            Rectangle {
                Layout.fillWidth: true
                implicitHeight: Theme.lowerLayout ? Theme.touchTarget : 96
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.accent
                border.width: 3
                Text {
                    objectName: "verifierField"
                    anchors.fill: parent
                    anchors.leftMargin: 24
                    verticalAlignment: Text.AlignVCenter
                    font.pixelSize: Theme.titleSize
                    font.family: "DejaVu Sans Mono"
                    color: keypad.digits.length > 0 ? Theme.text : Theme.mutedText
                    text: keypad.digits.length > 0 ? keypad.digits
                                                   : Session.verification.cardLast4 ? "____" : "_____"
                    Accessible.name: Session.verification.cardLast4 ? qsTr("Last 4 digits of the card")
                                                                    : qsTr("ZIP code")
                }
            }
            MessageBanner {
                objectName: "verifyMessage"
                Layout.fillWidth: true
                text: Session.message
            }
            Item { Layout.fillHeight: true }
            RowLayout {
                spacing: Theme.spacing
                KioskButton {
                    objectName: "backButton"
                    primary: false
                    text: qsTr("Back")
                    onClicked: Session.back()
                    enabled: !Session.lookingUp
                }
                KioskButton {
                    objectName: "cancelButton"
                    primary: false
                    text: qsTr("Cancel")
                    onClicked: Session.cancel()
                }
            }
        }

        Keypad {
            id: keypad
            objectName: "keypad"
            minDigits: Session.verification.cardLast4 ? 4 : 5
            maxDigits: Session.verification.cardLast4 ? 4 : 10
            Layout.alignment: Theme.lowerLayout ? Qt.AlignBottom : Qt.AlignVCenter
            onSubmitted: digits => Session.submitVerifier(digits)
            enabled: !Session.lookingUp // the backend is looking an order up: the banner says so
        }
    }
}
