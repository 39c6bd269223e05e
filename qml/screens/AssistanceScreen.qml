import QtQuick
import QtQuick.Layouts
import ReturnsKiosk

// Something needs a person: what happened, that nothing handed in is lost, and who can help.
Item {
    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width, 900)
        spacing: Theme.spacing

        Text {
            Layout.fillWidth: true
            text: qsTr("Please ask a colleague")
            font.pixelSize: 56
            font.bold: true
            color: Theme.text
            horizontalAlignment: Text.AlignHCenter
        }
        MessageBanner {
            objectName: "assistanceMessage"
            Layout.fillWidth: true
            text: Session.message
        }
        KioskButton {
            objectName: "finishButton"
            Layout.alignment: Qt.AlignHCenter
            text: qsTr("Finish")
            onClicked: Session.finish()
        }
    }
}
