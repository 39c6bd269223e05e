import QtQuick
import QtQuick.Layouts
import ReturnsKiosk

// Step 3: one item at a time into the chute. The chute opens by itself and closes once the
// item is inside.
Item {
    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width, 900)
        spacing: Theme.spacing

        Text {
            Layout.fillWidth: true
            text: qsTr("Item %1 of %2").arg(Math.min(Session.dropoffIndex + 1, Session.dropoffTotal)).arg(Session.dropoffTotal)
            font.pixelSize: Theme.headingSize
            color: Theme.mutedText
            horizontalAlignment: Text.AlignHCenter
        }
        Text {
            objectName: "dropoffInstruction"
            Layout.fillWidth: true
            text: Session.chuteOpen ? qsTr("Place the item in the open chute") : qsTr("Opening the chute…")
            font.pixelSize: 56
            font.bold: true
            color: Theme.text
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
        }
        Rectangle {
            Layout.alignment: Qt.AlignHCenter
            implicitWidth: 360
            implicitHeight: 200
            radius: Theme.radius
            color: Session.chuteOpen ? Theme.success : Theme.divider
            Text {
                anchors.centerIn: parent
                text: Session.chuteOpen ? "↓" : "…"
                font.pixelSize: 120
                color: Theme.textOnAccent
            }
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("The chute closes by itself once the item is inside.")
            font.pixelSize: Theme.bodySize
            color: Theme.mutedText
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
        }
    }
}
