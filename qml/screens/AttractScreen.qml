import QtQuick
import QtQuick.Layouts
import ReturnsKiosk

// What a passer-by sees: what this machine does and the one way to begin. Scanning a code here
// starts the return straight away.
Item {
    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width, 900)
        spacing: Theme.spacing * 1.5

        Text {
            Layout.fillWidth: true
            text: qsTr("Return an item here")
            font.pixelSize: 64
            font.bold: true
            color: Theme.text
            horizontalAlignment: Text.AlignHCenter
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("No box, no label. Scan the return code from your e-mail or receipt, or type your order number.")
            font.pixelSize: Theme.headingSize
            color: Theme.mutedText
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
        }
        KioskButton {
            objectName: "startButton"
            Layout.alignment: Qt.AlignHCenter
            Layout.topMargin: Theme.spacing
            implicitHeight: 96
            implicitWidth: 420
            font.pixelSize: Theme.headingSize
            text: qsTr("Start a return")
            onClicked: Session.start()
        }
    }
}
