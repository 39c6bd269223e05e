import QtQuick
import QtQuick.Layouts
import ReturnsKiosk

// The return is recorded; the receipt is printing.
Item {
    Text {
        objectName: "printingText"
        anchors.centerIn: parent
        text: qsTr("Printing your receipt…")
        font.pixelSize: Theme.titleSize
        font.bold: true
        color: Theme.text
    }
}
