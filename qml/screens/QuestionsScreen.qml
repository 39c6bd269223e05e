import QtQuick
import QtQuick.Layouts
import ReturnsKiosk

// Step 3 (when the retailer asks): a yes/no question about an item's condition. Yes and No look
// alike: neither is the expected answer.
Item {
    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Text {
            objectName: "questionItem"
            Layout.fillWidth: true
            text: Session.stepTitle
            font.pixelSize: Theme.headingSize
            color: Theme.accent
            wrapMode: Text.WordWrap
        }
        Text {
            objectName: "questionText"
            Layout.fillWidth: true
            text: Language.current, Session.question // re-read when the language changes
            font.pixelSize: Theme.titleSize
            font.bold: true
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        ReachLine {}
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            KioskButton {
                objectName: "answerYes"
                Layout.fillWidth: true
                primary: false
                text: qsTr("Yes")
                onClicked: Session.answerQuestion(true)
            }
            KioskButton {
                objectName: "answerNo"
                Layout.fillWidth: true
                primary: false
                text: qsTr("No")
                onClicked: Session.answerQuestion(false)
            }
        }
        Item { Layout.fillHeight: true }
        KioskButton {
            objectName: "backButton"
            primary: false
            text: qsTr("Back")
            onClicked: Session.back()
        }
    }
}
