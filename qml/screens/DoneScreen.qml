import QtQuick
import QtQuick.Layouts
import ReturnsKiosk

// Step 4: the return is recorded. What happens next, and the return's reference.
Item {
    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width, 900)
        spacing: Theme.spacing

        Text {
            Layout.fillWidth: true
            text: qsTr("All done. Thank you!")
            font.pixelSize: 64
            font.bold: true
            color: Theme.success
            horizontalAlignment: Text.AlignHCenter
        }
        Text {
            objectName: "refundText"
            Layout.fillWidth: true
            text: qsTr("Your refund of %1 goes back to your original payment method within 3–5 business days.").arg(Session.refundText)
            font.pixelSize: Theme.headingSize
            color: Theme.text
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
        }
        Text {
            objectName: "returnIdText"
            Layout.fillWidth: true
            text: qsTr("Return reference: %1").arg(Session.returnId.slice(0, 8).toUpperCase())
            font.pixelSize: Theme.bodySize
            color: Theme.mutedText
            horizontalAlignment: Text.AlignHCenter
        }
        KioskButton {
            objectName: "finishButton"
            Layout.alignment: Qt.AlignHCenter
            text: qsTr("Finish")
            onClicked: Session.finish()
        }
    }
}
