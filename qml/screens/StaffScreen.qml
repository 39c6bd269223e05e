import QtQuick
import QtQuick.Layouts
import ReturnsKiosk

// A colleague took over: why the kiosk stopped (the reason code, what the shopper was told, the
// order and its lines), and what they may do: approve the return anyway, go on with the drop-off
// once the chute is clear, or end the session.
Item {
    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Text {
            objectName: "staffTitle"
            Layout.fillWidth: true
            text: qsTr("Colleague %1").arg(Session.staff.staffId)
            font.pixelSize: Theme.titleSize
            font.bold: true
            color: Theme.text
        }
        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: Theme.spacing
            rowSpacing: 8
            Text { text: qsTr("Reason"); font.pixelSize: Theme.bodySize; color: Theme.mutedText }
            Text {
                objectName: "staffReason"
                Layout.fillWidth: true
                text: Session.staff.reasonCode
                font.pixelSize: Theme.bodySize
                font.family: "DejaVu Sans Mono"
                color: Theme.text
            }
            Text { text: qsTr("Order"); font.pixelSize: Theme.bodySize; color: Theme.mutedText }
            Text {
                objectName: "staffOrder"
                Layout.fillWidth: true
                text: Session.staff.orderId
                font.pixelSize: Theme.bodySize
                color: Theme.text
            }
            Text { text: qsTr("Items"); font.pixelSize: Theme.bodySize; color: Theme.mutedText; Layout.alignment: Qt.AlignTop }
            Text {
                objectName: "staffItems"
                Layout.fillWidth: true
                text: Session.staff.items.join("\n")
                font.pixelSize: Theme.bodySize
                color: Theme.text
                wrapMode: Text.WordWrap
            }
        }
        MessageBanner {
            objectName: "staffMessage"
            Layout.fillWidth: true
            text: Session.message
        }
        Text {
            Layout.fillWidth: true
            visible: Session.staff.problem.length > 0
            text: Session.staff.problem
            font.pixelSize: Theme.bodySize
            color: Theme.problem
            wrapMode: Text.WordWrap
        }
        Item { Layout.fillHeight: true }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            KioskButton {
                objectName: "approveButton"
                visible: Session.staff.canApprove
                text: qsTr("Approve the return")
                onClicked: Session.staff.approve()
            }
            KioskButton {
                objectName: "resumeButton"
                visible: Session.staff.canResume
                text: qsTr("Chute cleared: carry on")
                onClicked: Session.staff.resume()
            }
            Item { Layout.fillWidth: true }
            KioskButton {
                objectName: "signOutButton"
                primary: false
                text: qsTr("Sign out")
                onClicked: Session.staff.signOut()
            }
            KioskButton {
                objectName: "endSessionButton"
                primary: false
                text: qsTr("End the session")
                onClicked: Session.finish()
            }
        }
    }
}
