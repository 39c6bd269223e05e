import QtQuick
import QtQuick.Layouts
import ReturnsKiosk

// The maintenance home's "Today" page: what happened at this kiosk since midnight, newest first, as
// journaled and sent to the backend: sign-ins and failed attempts, overrides, totes emptied,
// out-of-service changes, device faults and sync actions. Problems are marked in red.
Rectangle {
    id: page
    signal back()
    color: Theme.background
    Component.onCompleted: DayAudit.refresh()

    ColumnLayout {
        anchors.fill: parent
        spacing: 12
        RowLayout {
            Layout.fillWidth: true
            Text {
                Layout.fillWidth: true
                text: qsTr("Today at this kiosk (%n event(s))", "", DayAudit.entries.length)
                font.pixelSize: Theme.bodySize
                font.bold: true
                color: Theme.text
            }
            KioskButton {
                objectName: "auditBackButton"
                primary: false
                text: qsTr("Back")
                onClicked: page.back()
            }
        }
        ListView {
            objectName: "auditList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 6
            model: DayAudit.entries
            delegate: RowLayout {
                required property var modelData
                width: ListView.view.width
                spacing: 12
                Text {
                    text: modelData.time
                    font.pixelSize: Theme.smallSize
                    font.bold: true
                    color: Theme.text
                }
                Text {
                    Layout.fillWidth: true
                    text: (modelData.problem ? "⚠ " : "") + modelData.text
                    font.pixelSize: Theme.smallSize
                    color: modelData.problem ? Theme.problem : Theme.text
                    wrapMode: Text.WordWrap
                    Accessible.role: Accessible.StaticText
                    Accessible.name: modelData.time + " " + modelData.text
                }
            }
        }
    }
}
