import QtQuick
import QtQuick.Layouts
import ReturnsKiosk

// Step 6: the return is recorded. What happens next, the return's reference, and, when the
// printer is down, the receipt's QR on screen.
Item {
    ColumnLayout {
        anchors.centerIn: parent
        spacing: receiptQr.visible ? Theme.spacing / 2 : Theme.spacing
        width: Math.min(parent.width, 900)

        Text {
            Layout.fillWidth: true
            text: qsTr("All done. Thank you!")
            font.pixelSize: receiptQr.visible ? Theme.titleSize : 64
            wrapMode: Text.WordWrap
            font.bold: true
            color: Theme.success
            horizontalAlignment: Text.AlignHCenter
        }
        Text {
            objectName: "refundText"
            Layout.fillWidth: true
            text: Session.resolutionText.length > 0 ? qsTr("%1: %2").arg(Session.resolutionText).arg(Session.refundText)
                                                    : Session.refundText
            font.pixelSize: Theme.headingSize
            color: Theme.text
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
        }
        Text {
            objectName: "exchangeText"
            Layout.fillWidth: true
            visible: text.length > 0
            text: Session.exchange.chosenText.length > 0 ? qsTr("Please collect your %1 at the service desk.").arg(Session.exchange.chosenText) : ""
            font.pixelSize: Theme.bodySize
            font.bold: true
            color: Theme.text
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
        }
        Text {
            objectName: "returnIdText"
            Layout.fillWidth: true
            text: Session.returnReferences.length > 1
                  ? qsTr("Return references: %1").arg(Session.returnReferences.join(", "))
                  : qsTr("Return reference: %1").arg(Session.returnReferences.join(""))
            font.pixelSize: Theme.bodySize
            color: Theme.mutedText
            horizontalAlignment: Text.AlignHCenter
        }
        Text {
            objectName: "receiptText"
            Layout.fillWidth: true
            text: Session.receiptPrinted ? qsTr("Please take your receipt.")
                  : Session.receiptUrl.length > 0 ? qsTr("The printer isn't working. Scan this code with your phone for your receipt.")
                  : qsTr("The printer isn't working. Your receipt will be e-mailed to you.")
            font.pixelSize: Theme.bodySize
            color: Session.receiptPrinted ? Theme.text : Theme.problem
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
        }
        Image {
            id: receiptQr
            objectName: "receiptQr"
            Layout.alignment: Qt.AlignHCenter
            visible: !Session.receiptPrinted && Session.receiptUrl.length > 0
            source: visible ? "image://receiptqr/" + encodeURIComponent(Session.receiptUrl) : ""
            Accessible.role: Accessible.Graphic
            Accessible.name: qsTr("QR code for your e-receipt")
        }
        KioskButton {
            objectName: "finishButton"
            Layout.alignment: Qt.AlignHCenter
            text: qsTr("Finish")
            onClicked: Session.finish()
        }
    }
}
