import QtQuick
import QtQuick.Layouts
import ReturnsKiosk

// What a passer-by sees: what this machine does and the one way to begin. Scanning a code here
// starts the return straight away. While the kiosk is out of service (switched off, or a full bin)
// it says so and where to go instead, in the shopper's language, and nothing starts.
Item {
    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width, 900)
        spacing: Theme.spacing * 1.5

        Text {
            objectName: "attractTitle"
            Layout.fillWidth: true
            text: Service.closed ? qsTr("This kiosk is closed for returns") : qsTr("Return an item here")
            font.pixelSize: 64
            font.bold: true
            color: Theme.text
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
        }
        Text {
            objectName: "attractBody"
            Layout.fillWidth: true
            text: !Service.closed
                  ? qsTr("No box, no label. Scan the return code from your e-mail or receipt, or type your order number.")
                  : Service.binFull && !Service.switchedOff
                  ? qsTr("Its return bin is full. A colleague will empty it soon.")
                  : Service.chutesDown && !Service.switchedOff
                  ? qsTr("Its drop-off chute is out of service. A colleague will see to it soon.")
                  : qsTr("Sorry, you can't return items here right now.")
            font.pixelSize: Theme.headingSize
            color: Theme.mutedText
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
        }
        Text {
            objectName: "serviceDesk"
            Layout.fillWidth: true
            visible: Service.closed
            text: Service.serviceDesk(Language.current).length > 0 ? Service.serviceDesk(Language.current)
                                                                   : qsTr("Please ask a colleague at the service desk.")
            font.pixelSize: Theme.headingSize
            font.bold: true
            color: Theme.accent
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
        }
        KioskButton {
            objectName: "startButton"
            visible: !Service.closed
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
