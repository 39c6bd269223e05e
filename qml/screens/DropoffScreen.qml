import QtQuick
import QtQuick.Layouts
import ReturnsKiosk

// Step 5: one item at a time into the chute. The shopper scans the item's tag, the chute opens,
// and closes by itself once the item is inside; while it is open it counts down, and "Item won't
// fit?" locks it and calls a colleague.
Item {
    // The picture of the tag or the open chute gives way first when words or buttons need the room.
    ColumnLayout {
        anchors.horizontalCenter: parent.horizontalCenter
        width: Math.min(parent.width, 900)
        height: parent.height
        spacing: Theme.spacing

        Text {
            Layout.fillWidth: true
            text: qsTr("Item %1 of %2").arg(Math.min(Session.dropoffIndex + 1, Session.dropoffTotal)).arg(Session.dropoffTotal)
            font.pixelSize: Theme.headingSize
            color: Theme.mutedText
            horizontalAlignment: Text.AlignHCenter
        }
        Text {
            objectName: "dropoffItem"
            Layout.fillWidth: true
            text: Session.dropoffTitle
            font.pixelSize: Theme.headingSize
            font.bold: true
            color: Theme.accent
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
        }
        Text {
            objectName: "dropoffInstruction"
            Layout.fillWidth: true
            text: Session.awaitingTag ? qsTr("Scan the barcode on the item's tag")
                  : Session.chuteOpen ? qsTr("Place the item in the open chute") : qsTr("Opening the chute…")
            font.pixelSize: Theme.titleSize
            font.bold: true
            color: Theme.text
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
        }
        // The camera's picture while the tag is awaited on a kiosk with a camera (and its tick once read);
        // else a drawing.
        CameraViewfinder {
            id: viewfinder
            objectName: "dropoffViewfinder"
            visible: Viewfinder.available && (Session.awaitingTag || ticking)
            Layout.alignment: Qt.AlignHCenter
            Layout.fillHeight: true
            Layout.maximumHeight: implicitHeight
            Layout.preferredWidth: height * 16 / 9
        }
        Rectangle {
            visible: !viewfinder.visible
            Layout.alignment: Qt.AlignHCenter
            Layout.fillHeight: true
            Layout.maximumHeight: 200
            implicitWidth: 360
            radius: Theme.radius
            // Open: white on green. Otherwise a dark symbol on white in a dark frame (the symbol and the
            // frame both well over the 3:1 a pictogram needs).
            color: Session.chuteOpen ? Theme.success : Theme.surface
            border.color: Session.chuteOpen ? Theme.success : Theme.mutedText
            border.width: 3
            Text {
                anchors.centerIn: parent
                visible: parent.height >= 48
                text: Session.awaitingTag ? "▥" : Session.chuteOpen ? "↓" : "…"
                font.pixelSize: Math.min(120, parent.height * 0.7)
                color: Session.chuteOpen ? Theme.textOnAccent : Theme.text
            }
        }
        MessageBanner {
            objectName: "dropoffMessage"
            Layout.fillWidth: true
            text: Session.message
        }
        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            visible: Session.awaitingTag
            spacing: Theme.spacing
            KioskButton {
                objectName: "noTagButton"
                primary: false
                text: qsTr("Tag missing or won't scan?")
                onClicked: Session.cannotScanTag()
            }
            KioskButton {
                objectName: "stopButton"
                primary: false
                text: Session.dropoffIndex > 0 ? qsTr("Keep the other items") : qsTr("Cancel")
                onClicked: Session.cancel()
            }
        }
        Text {
            objectName: "chuteCountdown"
            Layout.fillWidth: true
            visible: !Session.awaitingTag
            text: Session.chuteOpen ? qsTr("The chute closes by itself once the item is inside, or in %1 s.").arg(Session.chuteSecondsLeft)
                                    : qsTr("The chute closes by itself once the item is inside.")
            font.pixelSize: Theme.bodySize
            color: Theme.text
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
        }
        KioskButton {
            objectName: "wontFitButton"
            Layout.alignment: Qt.AlignHCenter
            visible: Session.chuteOpen
            primary: false
            text: qsTr("Item won't fit?")
            onClicked: Session.itemWontFit()
        }
    }
}
