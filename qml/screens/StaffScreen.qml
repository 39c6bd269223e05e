import QtQuick
import QtQuick.Layouts
import ReturnsKiosk

// A colleague took over a shopper's return, in the store's language: why the kiosk stopped in plain
// words and the steps to take, each item's state (in the bin, or still with the shopper), their
// sign-out countdown (StaffBar), and what they may do: approve the return anyway, or go on with the
// drop-off once the chute is clear. "End the session" stands apart and asks before it ends anything.
Item {
    id: screen
    property bool confirmingEnd: false

    Connections {
        target: Session
        function onScreenChanged() { screen.confirmingEnd = false }
    }

    // On top, or at the bottom in the lower layout, where its buttons are within reach.
    StaffBar {
        id: staffBar
        z: 1
        width: parent.width
        y: Theme.lowerLayout ? parent.height - height : 0
        title: qsTr("Helping a shopper")
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.topMargin: Theme.lowerLayout ? 0 : staffBar.height + Theme.spacing
        anchors.bottomMargin: Theme.lowerLayout ? staffBar.height + Theme.spacing : 0
        spacing: Theme.spacing * 0.75

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing

            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 300 // 3:2 with the items panel; real widths, so that wrapped text is measured at a real width
                spacing: 12

                Text {
                    objectName: "staffCause"
                    Layout.fillWidth: true
                    fontSizeMode: Text.Fit // a long cause in a crowded column: smaller, not cut
                    minimumPixelSize: Theme.bodySize
                    text: Session.staff.cause
                    font.pixelSize: Theme.headingSize
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.WordWrap
                }
                Text {
                    Layout.fillWidth: true
                    text: qsTr("What to do")
                    font.pixelSize: Theme.bodySize
                    font.bold: true
                    color: Theme.mutedText
                }
                Text {
                    objectName: "staffSteps"
                    Layout.fillWidth: true
                    text: Session.staff.steps.map((step, i) => (i + 1) + ". " + step).join("\n")
                    font.pixelSize: Theme.bodySize
                    color: Theme.text
                    wrapMode: Text.WordWrap
                    lineHeight: 1.15
                    // Takes the room left and, in longer words, a smaller size before anything is cut.
                    Layout.fillHeight: true
                    Layout.preferredHeight: 0 // what the texts above leave
                    verticalAlignment: Text.AlignTop
                    fontSizeMode: Text.VerticalFit
                    minimumPixelSize: Theme.smallSize
                }
                Text {
                    objectName: "staffProblem"
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: Session.staff.problem
                    font.pixelSize: Theme.bodySize
                    color: Theme.problem
                    wrapMode: Text.WordWrap
                }
                Text {
                    objectName: "staffReference"
                    Layout.fillWidth: true
                    text: qsTr("Order %1 · reference %2").arg(Session.staff.orderId).arg(Session.staff.reasonCode)
                    font.pixelSize: Theme.smallSize
                    color: Theme.mutedText
                    elide: Text.ElideRight
                }
            }

            Rectangle {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 200
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.divider
                border.width: 2

                ColumnLayout {
                    anchors.fill: parent
                    anchors.margins: Theme.spacing * 0.75
                    spacing: 8
                    Text {
                        text: qsTr("Items in this return")
                        font.pixelSize: Theme.bodySize
                        font.bold: true
                        color: Theme.text
                    }
                    Column {
                        Layout.fillWidth: true
                        spacing: 12
                        Repeater {
                            model: Session.staff.itemStates
                            Column {
                                required property var modelData
                                required property int index
                                width: parent.width
                                Text {
                                    objectName: "staffItem_" + index
                                    width: parent.width
                                    text: modelData.title
                                    font.pixelSize: Theme.bodySize
                                    color: Theme.text
                                    wrapMode: Text.WordWrap
                                }
                                Text {
                                    objectName: "staffItemState_" + index
                                    text: modelData.inBin ? qsTr("✓ In the bin") : qsTr("Still with the shopper")
                                    font.pixelSize: Theme.bodySize
                                    font.bold: true
                                    color: modelData.inBin ? Theme.success : Theme.warning
                                }
                            }
                        }
                    }
                    Item { Layout.fillHeight: true }
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            visible: !screen.confirmingEnd
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
            Rectangle {
                Layout.preferredWidth: 2
                Layout.preferredHeight: Theme.touchTarget
                color: Theme.divider
            }
            KioskButton {
                objectName: "endSessionButton"
                primary: false
                text: qsTr("End the session…")
                onClicked: { Session.touch(); screen.confirmingEnd = true }
            }
        }

        Rectangle {
            objectName: "endSessionConfirm"
            Layout.fillWidth: true
            visible: screen.confirmingEnd
            implicitHeight: confirmRow.implicitHeight + Theme.spacing
            radius: Theme.radius
            color: Theme.problemSurface
            border.color: Theme.problem
            border.width: 2
            RowLayout {
                id: confirmRow
                anchors.fill: parent
                anchors.margins: Theme.spacing / 2
                spacing: Theme.spacing
                Text {
                    Layout.fillWidth: true
                    text: qsTr("End this shopper's session? Items in the bin stay recorded; the rest stay with the shopper.")
                    font.pixelSize: Theme.bodySize
                    color: Theme.text
                    wrapMode: Text.WordWrap
                }
                KioskButton {
                    objectName: "keepHelpingButton"
                    primary: false
                    text: qsTr("Keep helping")
                    onClicked: { Session.touch(); screen.confirmingEnd = false }
                }
                KioskButton {
                    objectName: "confirmEndSessionButton"
                    primary: false
                    text: qsTr("End the session")
                    onClicked: Session.finish()
                }
            }
        }
    }
}
