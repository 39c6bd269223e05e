import QtQuick
import QtQuick.Layouts
import ReturnsKiosk

// Step 4, when the policy refunds an item without taking it back: the shopper keeps it (or donates or
// recycles it) and it does not go into the chute. Said before the drop-off, so nothing is dropped by mistake.
Item {
    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Text {
            Layout.fillWidth: true
            text: qsTr("Keep these items")
            font.pixelSize: Theme.titleSize
            font.bold: true
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("You'll get your money back for them, but there's no need to drop them in. Please keep, donate or recycle them.")
            font.pixelSize: Theme.bodySize
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        Repeater {
            model: Session.keptItems
            Rectangle {
                required property string modelData
                Layout.fillWidth: true
                implicitHeight: Theme.touchTarget
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.divider
                border.width: 2
                Text {
                    objectName: "keptItem"
                    anchors.fill: parent
                    anchors.margins: 16
                    verticalAlignment: Text.AlignVCenter
                    text: parent.modelData
                    font.pixelSize: Theme.bodySize
                    font.bold: true
                    color: Theme.text
                    elide: Text.ElideRight
                }
            }
        }
        Item { Layout.fillHeight: true }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            KioskButton {
                objectName: "backButton"
                primary: false
                text: qsTr("Back")
                onClicked: Session.back()
            }
            Item { Layout.fillWidth: true }
            KioskButton {
                objectName: "confirmKeptItemsButton"
                text: qsTr("Continue")
                onClicked: Session.confirmKeptItems()
            }
        }
    }
}
