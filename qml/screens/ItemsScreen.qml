import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ReturnsKiosk

// Step 2: which items are coming back, and how many of each when more than one is left. Items that
// can't be returned are shown with the reason; items a colleague will have to approve say so.
Item {
    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Text {
            Layout.fillWidth: true
            text: qsTr("Which items are you returning?")
            font.pixelSize: Theme.titleSize
            font.bold: true
            color: Theme.text
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("Order %1").arg(Session.orderId)
            font.pixelSize: Theme.bodySize
            color: Theme.mutedText
        }

        MessageBanner {
            objectName: "itemsMessage"
            Layout.fillWidth: true
            text: Session.message
        }
        ReachLine {}
        ListView {
            id: list
            objectName: "itemList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 12
            model: Session.lines
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar { policy: list.contentHeight > list.height ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff }

            delegate: Rectangle {
                id: row
                required property int lineNo
                required property string title
                required property string detail
                required property string price
                required property bool eligible
                required property string reason
                required property bool selected
                required property int quantity
                required property int maxQuantity
                required property string note

                objectName: "line_" + lineNo
                width: list.width - 16
                implicitHeight: Math.max(Theme.touchTarget + 24, content.implicitHeight + 32)
                radius: Theme.radius
                color: selected ? Theme.selectedSurface : Theme.surface
                border.color: activeFocus ? Theme.text : selected ? Theme.accent : Theme.divider
                border.width: activeFocus ? 6 : selected ? 4 : 2
                Accessible.role: Accessible.CheckBox
                Accessible.name: title + ", " + price + (eligible ? "" : ", " + reason)
                Accessible.checkable: eligible
                Accessible.checked: selected
                Accessible.onToggleAction: if (eligible) Session.setSelected(lineNo, !selected) // read-aloud keys

                RowLayout {
                    id: content
                    anchors.fill: parent
                    anchors.margins: 16
                    spacing: Theme.spacing
                    Text { // an item that can't go back says so by a sign and words, not by fading
                        objectName: "notReturnable_" + row.lineNo
                        visible: !row.eligible
                        Layout.preferredWidth: 48
                        horizontalAlignment: Text.AlignHCenter
                        text: "⊘"
                        font.pixelSize: 40
                        font.bold: true
                        color: Theme.problem
                        Accessible.ignored: true
                    }
                    Rectangle {
                        implicitWidth: 48
                        implicitHeight: 48
                        radius: 8
                        visible: row.eligible
                        color: row.selected ? Theme.accent : Theme.surface
                        border.color: Theme.accent
                        border.width: 3
                        Text {
                            anchors.centerIn: parent
                            text: "✓"
                            visible: row.selected
                            color: Theme.textOnAccent
                            font.pixelSize: 32
                            font.bold: true
                        }
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 4
                        Text {
                            Layout.fillWidth: true
                            text: row.title
                            font.pixelSize: Theme.bodySize
                            font.bold: true
                            color: Theme.text
                            elide: Text.ElideRight
                        }
                        Text {
                            Layout.fillWidth: true
                            visible: row.detail.length > 0
                            text: row.detail
                            font.pixelSize: Theme.bodySize
                            color: Theme.mutedText
                        }
                        Text {
                            Layout.fillWidth: true
                            visible: !row.eligible
                            text: row.reason // says why it can't go back, beside the sign
                            font.pixelSize: Theme.bodySize
                            font.bold: true
                            color: Theme.problem
                            wrapMode: Text.WordWrap
                        }
                        Text {
                            Layout.fillWidth: true
                            visible: row.eligible && row.note.length > 0
                            text: row.note
                            font.pixelSize: Theme.bodySize
                            color: Theme.mutedText
                            wrapMode: Text.WordWrap
                        }
                    }
                    // How many, when more than one unit is left: only for a chosen item.
                    RowLayout {
                        visible: row.selected && row.maxQuantity > 1
                        z: 2
                        spacing: 8
                        KioskButton {
                            objectName: "fewer_" + row.lineNo
                            primary: false
                            implicitWidth: Theme.touchTarget
                            enabled: row.quantity > 1
                            text: "−"
                            Accessible.name: qsTr("One fewer")
                            onClicked: Session.setQuantity(row.lineNo, row.quantity - 1)
                        }
                        Text {
                            objectName: "quantity_" + row.lineNo
                            Layout.minimumWidth: 48
                            horizontalAlignment: Text.AlignHCenter
                            text: row.quantity + "/" + row.maxQuantity
                            font.pixelSize: Theme.bodySize
                            font.bold: true
                            color: Theme.text
                        }
                        KioskButton {
                            objectName: "more_" + row.lineNo
                            primary: false
                            implicitWidth: Theme.touchTarget
                            enabled: row.quantity < row.maxQuantity
                            text: "+"
                            Accessible.name: qsTr("One more")
                            onClicked: Session.setQuantity(row.lineNo, row.quantity + 1)
                        }
                    }
                    Text {
                        text: row.price
                        font.pixelSize: Theme.bodySize
                        color: Theme.text
                    }
                }
                MouseArea {
                    anchors.fill: parent
                    z: -1
                    enabled: row.eligible
                    onClicked: Session.setSelected(row.lineNo, !row.selected)
                }
            }
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
                objectName: "confirmItemsButton"
                enabled: Session.selectedCount > 0
                text: Session.selectedCount === 0 ? qsTr("Choose an item")
                      : qsTr("Return %n item(s) · %1", "", Session.selectedCount).arg(Session.refundText)
                onClicked: Session.confirmItems()
            }
        }
    }
}
