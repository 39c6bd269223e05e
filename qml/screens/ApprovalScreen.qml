import QtQuick
import QtQuick.Layouts
import ReturnsKiosk

// Step 2, when the chosen items need a colleague's OK (a limit on the value or the number of returns,
// an offline limit, or an item's own rule): says which, and lets the shopper take an item out or ask.
Item {
    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Text {
            Layout.fillWidth: true
            text: qsTr("This return needs a colleague's OK")
            font.pixelSize: Theme.titleSize
            font.bold: true
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        Text {
            objectName: "approvalReason"
            Layout.fillWidth: true
            text: Session.message
            font.pixelSize: Theme.bodySize
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("You can take an item out of this return, or ask a colleague to approve it. The light on top of the kiosk calls them.")
            font.pixelSize: Theme.bodySize
            color: Theme.mutedText
            wrapMode: Text.WordWrap
        }
        Item { Layout.fillHeight: true }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            KioskButton {
                objectName: "backButton"
                primary: false
                text: qsTr("Change my items")
                onClicked: Session.back()
            }
            Item { Layout.fillWidth: true }
            KioskButton {
                objectName: "askColleagueButton"
                primary: false // two ways on, of equal weight: neither is chosen for the shopper
                text: qsTr("Ask a colleague")
                onClicked: Session.askColleague()
            }
        }
    }
}
