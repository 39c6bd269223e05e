import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ReturnsKiosk

// Step 4, last: what goes back (picture, how many, the reason) and what the shopper gets and where it
// goes, before anything is recorded and before the chute opens: a drop can't be undone. Back returns
// to the resolution with nothing recorded.
Item {
    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.lowerLayout ? Theme.spacing / 2 : Theme.spacing

        Text {
            objectName: "reviewTitle"
            Layout.fillWidth: true
            text: qsTr("Check your return")
            font.pixelSize: Theme.lowerLayout ? Theme.headingSize : Theme.titleSize
            font.bold: true
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        ListView {
            id: list
            objectName: "reviewList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: 96
            clip: true
            spacing: 8
            model: Language.current, Session.reviewLines // re-read when the language changes
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar { policy: list.contentHeight > list.height ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff }

            delegate: Rectangle {
                id: row
                required property var modelData
                objectName: "reviewLine_" + modelData.lineNo
                width: list.width - 16
                implicitHeight: Math.max(96, details.implicitHeight + 24)
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.divider
                border.width: 2
                Accessible.role: Accessible.StaticText
                Accessible.name: [modelData.quantity + " × " + modelData.title, modelData.reason, modelData.amount]
                                 .filter(s => s.length > 0).join(", ")

                RowLayout {
                    anchors.fill: parent
                    anchors.margins: 12
                    spacing: Theme.spacing
                    ProductPicture {
                        objectName: "reviewPicture_" + row.modelData.lineNo
                        source: row.modelData.image
                    }
                    ColumnLayout {
                        id: details
                        Layout.fillWidth: true
                        spacing: 2
                        Text {
                            Layout.fillWidth: true
                            text: row.modelData.quantity > 1 ? row.modelData.quantity + " × " + row.modelData.title
                                                             : row.modelData.title
                            font.pixelSize: Theme.bodySize
                            font.bold: true
                            color: Theme.text
                            elide: Text.ElideRight
                        }
                        Text {
                            Layout.fillWidth: true
                            text: row.modelData.keep ? qsTr("%1 · you keep this item").arg(row.modelData.reason)
                                                     : row.modelData.reason
                            font.pixelSize: Theme.bodySize
                            color: Theme.mutedText
                            elide: Text.ElideRight
                        }
                    }
                    Text {
                        visible: row.modelData.amount.length > 0
                        text: row.modelData.amount
                        font.pixelSize: Theme.bodySize
                        color: Theme.text
                    }
                }
            }
        }
        Text {
            objectName: "refundTo"
            Layout.fillWidth: true
            text: Language.current, Session.refundTo
            font.pixelSize: Theme.headingSize
            font.bold: true
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            KioskButton {
                objectName: "backButton"
                primary: false
                text: qsTr("Back")
                onClicked: Session.back()
            }
            Item { Layout.fillWidth: true }
            KioskButton {
                objectName: "confirmReviewButton"
                // Every item kept (returnless refund): nothing goes into the chute.
                text: Session.reviewLines.every(line => line.keep) ? qsTr("Confirm the return")
                                                                    : qsTr("Confirm and open the chute")
                onClicked: Session.confirmReview()
            }
        }
    }
}
