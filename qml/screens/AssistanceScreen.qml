import QtQuick
import QtQuick.Layouts
import ReturnsKiosk

// Something needs a person: what happened, that nothing handed in is lost, and who can help. The
// colleague who comes over scans their badge and types their PIN here (StaffPinPanel, the same sign-in
// as maintenance mode) and takes over.
Item {
    RowLayout {
        anchors.fill: parent
        spacing: Theme.spacing * 2

        ColumnLayout {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignVCenter
            spacing: Theme.spacing

            Text {
                Layout.fillWidth: true
                text: qsTr("Please ask a colleague")
                font.pixelSize: 56
                font.bold: true
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            MessageBanner {
                objectName: "assistanceMessage"
                Layout.fillWidth: true
                text: Session.message
            }
            KioskButton {
                objectName: "finishButton"
                text: qsTr("Finish")
                onClicked: Session.finish()
            }
        }

        StaffPinPanel {
            Layout.preferredWidth: 420
            Layout.fillHeight: true
        }
    }
}
