import QtQuick
import QtQuick.Layouts
import ReturnsKiosk

// The maintenance home's sync page: the last contact with the backend and the last error, what waits
// to be sent (returns and events, with their attempts and last error), and the entries the backend
// refused for good ("dead letters") with its reason, each of which a colleague can send again or
// export for the retailer's support.
Rectangle {
    id: page
    signal back()
    color: Theme.background
    Component.onCompleted: SyncQueue.refresh()

    ColumnLayout {
        anchors.fill: parent
        spacing: 12

        RowLayout {
            Layout.fillWidth: true
            spacing: 12
            Text {
                objectName: "syncSummary"
                Layout.fillWidth: true
                text: qsTr("%n return(s) and %1 event(s) waiting to be sent.", "", SyncQueue.pendingReturns).arg(SyncQueue.pendingEvents)
                      + " " + SyncQueue.summary
                font.pixelSize: Theme.smallSize
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            KioskButton {
                objectName: "syncNowButton"
                text: qsTr("Sync now")
                onClicked: SyncQueue.syncNow()
            }
            KioskButton {
                objectName: "syncBackButton"
                primary: false
                text: qsTr("Back")
                onClicked: page.back()
            }
        }
        Text {
            objectName: "syncMessage"
            Layout.fillWidth: true
            visible: text.length > 0
            text: SyncQueue.message
            font.pixelSize: Theme.smallSize
            font.bold: true
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        Text {
            text: qsTr("Refused by the backend (%1)").arg(SyncQueue.deadLetters.length)
            font.pixelSize: Theme.bodySize
            font.bold: true
            color: SyncQueue.deadLetters.length > 0 ? Theme.problem : Theme.text
        }
        ListView {
            objectName: "deadLetterList"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(contentHeight, page.height * 0.45)
            clip: true
            spacing: 8
            model: SyncQueue.deadLetters
            delegate: Rectangle {
                required property var modelData
                width: ListView.view.width
                implicitHeight: letterRow.implicitHeight + 16
                radius: Theme.radius
                color: Theme.problemSurface
                border.color: Theme.problem
                border.width: 2
                RowLayout {
                    id: letterRow
                    anchors.fill: parent
                    anchors.margins: 8
                    spacing: 8
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        Text {
                            Layout.fillWidth: true
                            text: modelData.what + " · " + modelData.failedAt
                            font.pixelSize: Theme.smallSize
                            color: Theme.text
                            elide: Text.ElideRight
                        }
                        // The backend's reason in full (e.g. the amounts it recomputed under the policy
                        // version the kiosk named): what a colleague needs to settle the return.
                        Text {
                            objectName: "deadLetterReason_" + modelData.seq
                            Layout.fillWidth: true
                            text: qsTr("Reason: %1").arg(modelData.reason)
                            font.pixelSize: Theme.smallSize
                            color: Theme.text
                            wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                        }
                    }
                    KioskButton {
                        objectName: "retry_" + modelData.seq
                        implicitWidth: 180
                        primary: false
                        text: qsTr("Send again")
                        onClicked: SyncQueue.retry(modelData.seq)
                    }
                    KioskButton {
                        objectName: "export_" + modelData.seq
                        implicitWidth: 160
                        primary: false
                        text: qsTr("Export")
                        onClicked: SyncQueue.exportLetter(modelData.seq)
                    }
                }
            }
        }
        Text {
            text: qsTr("Waiting to be sent (%1)").arg(SyncQueue.pendingReturns + SyncQueue.pendingEvents)
            font.pixelSize: Theme.bodySize
            font.bold: true
            color: Theme.text
        }
        ListView {
            objectName: "pendingList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 4
            model: SyncQueue.pending
            delegate: Text {
                required property var modelData
                width: ListView.view.width
                text: modelData.what + " · " + modelData.createdAt
                      + (modelData.attempts > 0 ? " · " + qsTr("%n attempt(s)", "", modelData.attempts) : "")
                      + (modelData.lastError.length > 0 ? " · " + modelData.lastError : "")
                      + (modelData.nextAttempt.length > 0 ? " · " + qsTr("next try %1").arg(modelData.nextAttempt) : "")
                font.pixelSize: Theme.smallSize
                color: Theme.text
                elide: Text.ElideRight
            }
        }
    }
}
