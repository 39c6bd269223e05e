import QtQuick
import QtQuick.Layouts
import ReturnsKiosk

// Step 4, for an exchange: the other size or colour, with the store's stock as the backend answers
// it. Only what is confirmed in stock can be picked; when stock can't be confirmed the shopper is
// offered store credit instead (or goes back to choose a refund).
Item {
    readonly property var choice: Session.exchange
    readonly property bool creditAllowed: Session.resolutions.some(r => r.code === "storeCredit")

    function stateText(state) {
        return state === "inStock" ? qsTr("In stock")
             : state === "outOfStock" ? qsTr("Out of stock")
             : state === "checking" ? qsTr("Checking stock…")
             : qsTr("Stock unknown")
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.lowerLayout ? Theme.spacing / 2 : Theme.spacing

        Text {
            Layout.fillWidth: true
            text: qsTr("Which one would you like instead?")
            font.pixelSize: Theme.titleSize
            font.bold: true
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        Text {
            objectName: "variantItem"
            Layout.fillWidth: true
            text: (choice.count > 1 ? qsTr("%1 (item %2 of %3)").arg(choice.title).arg(choice.index + 1).arg(choice.count)
                                    : choice.title)
                  + (choice.current.length > 0 ? " · " + qsTr("yours: %1").arg(choice.current) : "")
            font.pixelSize: Theme.headingSize
            color: Theme.accent
            wrapMode: Text.WordWrap
        }
        ReachLine {}
        GridLayout {
            Layout.fillWidth: true
            columns: 3
            rowSpacing: Theme.lowerLayout ? Theme.spacing / 2 : Theme.spacing
            columnSpacing: Theme.spacing
            Repeater {
                model: choice.options // re-read on a language switch: Session.retranslate() signals it
                KioskButton {
                    required property var modelData
                    required property int index
                    objectName: "variant_" + modelData.sku
                    Layout.fillWidth: true
                    implicitHeight: Theme.touchTarget
                    primary: false
                    enabled: modelData.state === "inStock"
                    text: modelData.text + "\n" + stateText(modelData.state)
                    Accessible.name: modelData.text + ", " + stateText(modelData.state)
                    onClicked: Session.chooseVariant(modelData.sku)
                }
            }
        }
        MessageBanner {
            objectName: "stockMessage"
            Layout.fillWidth: true
            text: choice.stockUnknown
                  ? (creditAllowed ? qsTr("We can't check the store's stock right now, so we can't promise an exchange. You can take store credit instead, or go back and choose a refund.")
                                   : qsTr("We can't check the store's stock right now, so we can't promise an exchange. Please go back and choose a refund."))
                  : ""
        }
        Item { Layout.fillHeight: true }
        RowLayout {
            spacing: Theme.spacing
            KioskButton {
                objectName: "backButton"
                primary: false
                text: qsTr("Back")
                onClicked: Session.back()
            }
            KioskButton {
                objectName: "storeCreditInsteadButton"
                visible: choice.stockUnknown && creditAllowed
                text: qsTr("Store credit instead")
                onClicked: Session.chooseResolution("storeCredit")
            }
        }
    }
}
