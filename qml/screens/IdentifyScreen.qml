import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ReturnsKiosk

// Step 1: find the order, by scanning its code or typing its number on the keypad.
Item {
    RowLayout {
        anchors.fill: parent
        spacing: Theme.spacing * 2

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing

            Text {
                Layout.fillWidth: true
                text: qsTr("Scan your return code")
                font.pixelSize: Theme.titleSize
                font.bold: true
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            // Where to hold the code: a drawing of the kiosk with its reader, and the same in words.
            // A message below takes their place: it says what to do next.
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                visible: Session.message.length === 0
                ReaderIllustration { // the lower layout has room for the words only
                    objectName: "readerIllustration"
                    visible: !Theme.lowerLayout && !Viewfinder.available
                }
                // On a kiosk with a camera: what it sees, and where in it to hold the code.
                CameraViewfinder {
                    objectName: "identifyViewfinder"
                    visible: Viewfinder.available && !Theme.lowerLayout
                    Layout.preferredWidth: 256
                    Layout.preferredHeight: 144
                }
                Text {
                    objectName: "readerWhere"
                    Layout.fillWidth: true
                    text: Viewfinder.available
                          ? (Kiosk.readerAt === "left" ? qsTr("The camera is to the left of the screen.")
                             : Kiosk.readerAt === "right" ? qsTr("The camera is to the right of the screen.")
                             : qsTr("The camera is below the screen."))
                          : Kiosk.readerAt === "left" ? qsTr("The scanner is to the left of the screen.")
                          : Kiosk.readerAt === "right" ? qsTr("The scanner is to the right of the screen.")
                          : qsTr("The scanner is below the screen.")
                    font.pixelSize: Theme.bodySize
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.WordWrap
                }
            }
            Text {
                Layout.fillWidth: true
                objectName: "identifyHint"
                text: Viewfinder.available
                      ? qsTr("Hold the QR code on your phone or the barcode on your receipt up to the camera, inside the frame you see here. Or type the digits of your order number.")
                      : qsTr("Hold the QR code on your phone or the barcode on your receipt under the scanner. Or type the digits of your order number.")
                font.pixelSize: Theme.bodySize
                fontSizeMode: Text.Fit // with an error beside it too, smaller rather than cut
                Layout.fillHeight: true
                Layout.preferredHeight: 0 // what the field, the banners and "Cancel" leave
                Layout.maximumHeight: implicitHeight
                verticalAlignment: Text.AlignTop
                minimumPixelSize: Theme.smallSize - 4
                color: Theme.mutedText
                wrapMode: Text.WordWrap
            }
            Rectangle {
                Layout.fillWidth: true
                implicitHeight: Theme.lowerLayout ? Theme.touchTarget : 84
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.accent
                border.width: 3
                Text {
                    objectName: "orderNumberField"
                    anchors.fill: parent
                    anchors.leftMargin: 24
                    verticalAlignment: Text.AlignVCenter
                    font.pixelSize: Theme.titleSize
                    font.family: "DejaVu Sans Mono"
                    color: keypad.digits.length > 0 ? Theme.text : Theme.mutedText
                    text: "RK-" + (keypad.digits.length > 0 ? keypad.digits : "______")
                    Accessible.name: qsTr("Order number")
                }
            }
            MessageBanner {
                objectName: "scannerStatus"
                Layout.fillWidth: true
                text: Session.scannerConnected ? "" : qsTr("The scanner isn't working right now. Please type your order number on the keypad.")
            }
            MessageBanner {
                objectName: "identifyMessage"
                Layout.fillWidth: true
                visible: !Session.lookingUp && text.length > 0
                text: Session.message
            }
            // Looking an order up is no problem: a calm box with a spinner, not the red banner.
            Rectangle {
                objectName: "lookingUpBox"
                Layout.fillWidth: true
                visible: Session.lookingUp
                implicitHeight: Math.max(busy.implicitHeight, lookingUpText.implicitHeight) + 32
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.divider
                border.width: 2
                RowLayout {
                    anchors.fill: parent
                    anchors.margins: 16
                    spacing: 16
                    BusyIndicator {
                        id: busy
                        running: Session.lookingUp
                        implicitWidth: 48
                        implicitHeight: 48
                        Accessible.name: qsTr("Please wait")
                    }
                    Text {
                        id: lookingUpText
                        objectName: "lookingUpText"
                        Layout.fillWidth: true
                        text: Session.message
                        font.pixelSize: Theme.bodySize
                        color: Theme.text
                        wrapMode: Text.WordWrap
                    }
                }
            }
            Item { Layout.fillHeight: true }
            KioskButton {
                objectName: "cancelButton"
                primary: false
                text: qsTr("Cancel")
                onClicked: Session.cancel()
            }
        }

        Keypad {
            id: keypad
            objectName: "keypad"
            Layout.alignment: Theme.lowerLayout ? Qt.AlignBottom : Qt.AlignVCenter
            onSubmitted: digits => Session.submitOrderDigits(digits)
            enabled: !Session.lookingUp // the backend is looking an order up: the banner says so
        }
    }
}
