import QtQuick
import QtQuick.Layouts
import ReturnsKiosk

// Step 4: what the shopper gets back. Only what the policy allows for every chosen item; the
// store-credit bonus is shown on its button. The choices look alike: none is picked for the shopper.
Item {
    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.lowerLayout ? Theme.spacing / 2 : Theme.spacing

        Text {
            Layout.fillWidth: true
            text: qsTr("How would you like your money back?")
            font.pixelSize: Theme.titleSize
            font.bold: true
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        ReachLine {}
        Repeater {
            model: Language.current, Session.resolutions // re-read when the language changes
            KioskButton {
                required property var modelData
                objectName: "resolution_" + modelData.code
                Layout.fillWidth: true
                implicitHeight: Theme.touchTarget
                primary: false
                text: modelData.amount.length > 0 ? modelData.text + " · " + modelData.amount : modelData.text
                Accessible.name: modelData.amount.length > 0 ? modelData.text + ", " + modelData.amount : modelData.text
                onClicked: Session.chooseResolution(modelData.code)
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
