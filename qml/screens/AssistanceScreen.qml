import QtQuick
import QtQuick.Layouts
import ReturnsKiosk

// Someone needs a person: the light on top has already called a colleague, and the shopper sees how
// long they have waited. After a fault: what happened and that nothing handed in is lost. After
// "Need help?": that everything they chose is kept, and a way to call it off (back where they were).
// The colleague who comes over scans their badge and types their PIN here (StaffPinPanel, the same
// sign-in as maintenance mode) and takes over.
Item {
    RowLayout {
        anchors.fill: parent
        spacing: Theme.spacing * 2

        ColumnLayout {
            Layout.fillWidth: true
            Layout.alignment: Theme.lowerLayout ? Qt.AlignBottom : Qt.AlignVCenter
            Layout.maximumHeight: parent.height
            spacing: Theme.spacing / 2

            Text {
                objectName: "assistanceTitle"
                Layout.fillWidth: true
                text: Session.helpCall ? qsTr("A colleague is coming, please wait here") : qsTr("Please ask a colleague")
                font.pixelSize: Theme.titleSize
                fontSizeMode: Text.Fit // a long title in a crowded column: smaller, not cut
                minimumPixelSize: Theme.headingSize
                font.bold: true
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("The light on top of the kiosk has called a colleague.")
                font.pixelSize: Theme.bodySize
                fontSizeMode: Text.Fit
                minimumPixelSize: Theme.smallSize - 4
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            Text { // on a line of its own: the seconds change, the layout doesn't
                objectName: "waitedText"
                Layout.fillWidth: true
                text: qsTr("You have waited %1.")
                          .arg(Math.floor(Session.waitedSeconds / 60) + ":" + String(Session.waitedSeconds % 60).padStart(2, "0"))
                font.pixelSize: Theme.bodySize
                font.bold: true
                color: Theme.text
            }
            Text {
                objectName: "keptText"
                Layout.fillWidth: true
                visible: Session.helpCall
                text: qsTr("Your items and choices are kept: you carry on where you left off.")
                font.pixelSize: Theme.bodySize
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            MessageBanner {
                objectName: "assistanceMessage"
                Layout.fillWidth: true
                visible: !Session.helpCall && text.length > 0
                text: Session.message
            }
            KioskButton {
                objectName: "cancelHelpButton"
                visible: Session.helpCall
                primary: false
                text: qsTr("I don't need help any more")
                onClicked: Session.cancelHelp()
            }
            KioskButton {
                objectName: "finishButton"
                visible: !Session.helpCall
                text: qsTr("Finish")
                onClicked: Session.finish()
            }
        }

        StaffPinPanel {
            Layout.preferredWidth: 440
            Layout.fillHeight: true
        }
    }
}
