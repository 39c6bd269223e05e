import QtQuick
import QtQuick.Layouts
import ReturnsKiosk

// Something needs a person: what happened, that nothing handed in is lost, and who can help. The
// colleague who comes over signs in here with their badge or their PIN and takes over.
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
                text: qsTr("Please ask a colleague")
                font.pixelSize: 56
                font.bold: true
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            MessageBanner {
                objectName: "assistanceMessage"
                Layout.fillWidth: true
                text: Session.message
            }
            KioskButton {
                objectName: "finishButton"
                text: qsTr("Finish")
                onClicked: Session.finish()
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
                    text: qsTr("Colleagues: scan your badge or enter your PIN")
                    font.pixelSize: Theme.bodySize
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.WordWrap
                }
                Text {
                    objectName: "pinField"
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    font.pixelSize: Theme.headingSize
                    color: Theme.text
                    text: pinPad.digits.length > 0 ? "●".repeat(pinPad.digits.length) : " "
                    Accessible.name: qsTr("PIN, %n digit(s) typed", "", pinPad.digits.length)
                }
                Text {
                    objectName: "staffProblem"
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: Session.staff.problem
                    font.pixelSize: Theme.smallSize
                    color: Theme.problem
                    wrapMode: Text.WordWrap
                }
                Item { Layout.fillHeight: true }
                Keypad {
                    id: pinPad
                    objectName: "pinPad"
                    Layout.alignment: Qt.AlignHCenter
                    minDigits: 4
                    maxDigits: 8
                    enabled: !Session.staff.locked
                    onSubmitted: digits => {
                        pinPad.digits = ""
                        Session.staff.submitPin(digits)
                    }
                }
            }
        }
    }
}
