import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ReturnsKiosk

// The maintenance home's "Find an order" page: a colleague looks an order up by its number or receipt
// barcode, or by the customer's e-mail or phone (never shown in full), and sees it as the backend's
// agent would: dates, payment, each line with the policy's decision and rules, earlier returns. A
// refused line can be overridden with one of the policy's reasons (and a note), then the return is
// started for the shopper standing with them.
Rectangle {
    id: page
    signal back()
    color: Theme.background
    /// "order", "email" or "phone": what the search field holds.
    property string kind: "order"
    /// The line being overridden (0: none) and the reason picked for it.
    property int overrideLine: 0
    property string overrideReason: ""

    // A customer's e-mail or phone leaves the screen once looked up: only its masked form stays shown.
    function find() {
        if (OrderDesk.find(page.kind, query.text) && page.kind !== "order")
            query.text = ""
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 12
        RowLayout {
            Layout.fillWidth: true
            spacing: 12
            Text {
                Layout.fillWidth: true
                text: qsTr("Find an order")
                font.pixelSize: Theme.bodySize
                font.bold: true
                color: Theme.text
            }
            KioskButton {
                objectName: "orderDeskBack"
                primary: false
                text: qsTr("Back")
                onClicked: { OrderDesk.clear(); page.back() }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            Repeater {
                model: [{ kind: "order", label: qsTr("Order or receipt") },
                        { kind: "email", label: qsTr("E-mail") },
                        { kind: "phone", label: qsTr("Phone") }]
                delegate: KioskButton {
                    required property var modelData
                    objectName: "findBy_" + modelData.kind
                    primary: page.kind === modelData.kind
                    text: modelData.label
                    Accessible.checkable: true
                    Accessible.checked: page.kind === modelData.kind
                    onClicked: page.kind = modelData.kind
                }
            }
            TextField {
                id: query
                objectName: "orderDeskQuery"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget
                font.pixelSize: Theme.bodySize
                inputMethodHints: page.kind === "email" ? Qt.ImhEmailCharactersOnly
                                : page.kind === "phone" ? Qt.ImhDialableCharactersOnly : Qt.ImhNoPredictiveText
                placeholderText: page.kind === "email" ? qsTr("Customer's e-mail address")
                               : page.kind === "phone" ? qsTr("Customer's phone number")
                                                       : qsTr("Order number or receipt barcode")
                Accessible.name: placeholderText
                onAccepted: page.find()
            }
            KioskButton {
                objectName: "orderDeskFind"
                text: qsTr("Find")
                onClicked: page.find()
            }
        }
        Text {
            objectName: "orderDeskMessage"
            Layout.fillWidth: true
            visible: text.length > 0
            text: OrderDesk.message
            font.pixelSize: Theme.smallSize
            font.bold: OrderDesk.problem
            color: OrderDesk.problem ? Theme.problem : Theme.text
            wrapMode: Text.WordWrap
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        Flow {
            Layout.fillWidth: true
            spacing: 8
            visible: OrderDesk.matches.length > 0
            Repeater {
                model: OrderDesk.matches
                delegate: KioskButton {
                    required property var modelData
                    objectName: "match_" + modelData.orderId
                    primary: false
                    text: modelData.text
                    onClicked: OrderDesk.show(modelData.orderId)
                }
            }
        }

        Flickable {
            objectName: "orderPicture"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: OrderDesk.found
            clip: true
            contentHeight: picture.implicitHeight
            ColumnLayout {
                id: picture
                width: parent.width
                spacing: 10
                RowLayout {
                    Layout.fillWidth: true
                    Text {
                        objectName: "orderDeskOrderId"
                        Layout.fillWidth: true
                        text: qsTr("Order %1").arg(OrderDesk.orderId)
                        font.pixelSize: Theme.headingSize
                        font.bold: true
                        color: Theme.text
                    }
                    KioskButton {
                        objectName: "startAssistedReturn"
                        enabled: OrderDesk.canStart
                        text: qsTr("Start the return with the shopper")
                        onClicked: OrderDesk.startReturn()
                    }
                }
                GridLayout {
                    Layout.fillWidth: true
                    columns: 4
                    columnSpacing: 16
                    rowSpacing: 4
                    Repeater {
                        model: OrderDesk.facts
                        delegate: Text {
                            required property var modelData
                            required property int index
                            objectName: "orderFact_" + index
                            Layout.fillWidth: true
                            text: "<b>" + modelData.label + ":</b> " + modelData.value
                            textFormat: Text.StyledText
                            font.pixelSize: Theme.smallSize
                            color: Theme.text
                            wrapMode: Text.WordWrap
                            Accessible.role: Accessible.StaticText
                            Accessible.name: modelData.label + ": " + modelData.value
                        }
                    }
                }
                Repeater {
                    model: OrderDesk.lines
                    delegate: Rectangle {
                        id: lineCard
                        required property var modelData
                        objectName: "orderLine_" + modelData.lineNo
                        Layout.fillWidth: true
                        implicitHeight: lineColumn.implicitHeight + 16
                        radius: Theme.radius
                        color: modelData.refused ? Theme.problemSurface : Theme.surface
                        border.color: modelData.refused ? Theme.problem : Theme.divider
                        border.width: 2
                        ColumnLayout {
                            id: lineColumn
                            anchors.fill: parent
                            anchors.margins: 8
                            spacing: 4
                            RowLayout {
                                Layout.fillWidth: true
                                Text {
                                    objectName: "orderLineText_" + lineCard.modelData.lineNo
                                    Layout.fillWidth: true
                                    text: lineCard.modelData.title + " (" + lineCard.modelData.quantity + "): "
                                          + lineCard.modelData.decision
                                    font.pixelSize: Theme.smallSize
                                    font.bold: true
                                    color: lineCard.modelData.refused ? Theme.problem : Theme.text
                                    wrapMode: Text.WordWrap
                                    Accessible.role: Accessible.StaticText
                                    Accessible.name: text + ". " + lineCard.modelData.reason + " " + lineCard.modelData.rules
                                }
                                KioskButton {
                                    objectName: "overrideLine_" + lineCard.modelData.lineNo
                                    visible: lineCard.modelData.overridable
                                    primary: false
                                    text: qsTr("Override…")
                                    onClicked: { page.overrideLine = lineCard.modelData.lineNo; page.overrideReason = "" }
                                }
                            }
                            Text {
                                Layout.fillWidth: true
                                visible: text.length > 0
                                text: [lineCard.modelData.reason, lineCard.modelData.rules].filter(s => s.length > 0).join(" · ")
                                font.pixelSize: Theme.smallSize
                                color: Theme.mutedText
                                wrapMode: Text.WordWrap
                            }
                        }
                    }
                }
                Text {
                    text: OrderDesk.orderReturns.length > 0 ? qsTr("Returns of this order here")
                                                            : qsTr("No return of this order here yet.")
                    font.pixelSize: Theme.smallSize
                    font.bold: true
                    color: Theme.text
                }
                Repeater {
                    model: OrderDesk.orderReturns
                    delegate: Text {
                        required property var modelData
                        Layout.fillWidth: true
                        text: "• " + modelData.text
                        font.pixelSize: Theme.smallSize
                        color: Theme.text
                        wrapMode: Text.WordWrap
                    }
                }
                Text {
                    text: OrderDesk.customerReturns.length > 0 ? qsTr("This customer's returns here in the last 90 days")
                                                               : qsTr("No return by this customer here in the last 90 days.")
                    font.pixelSize: Theme.smallSize
                    font.bold: true
                    color: Theme.text
                }
                Repeater {
                    model: OrderDesk.customerReturns
                    delegate: Text {
                        required property var modelData
                        Layout.fillWidth: true
                        text: "• " + modelData.text
                        font.pixelSize: Theme.smallSize
                        color: Theme.text
                        wrapMode: Text.WordWrap
                    }
                }
            }
        }
    }

    // The override: one of the policy's reasons (required) and a note, over the order.
    Rectangle {
        objectName: "overridePanel"
        anchors.fill: parent
        visible: page.overrideLine > 0
        color: Theme.background
        ColumnLayout {
            anchors.fill: parent
            spacing: 12
            Text {
                Layout.fillWidth: true
                text: qsTr("Why may this item go back? Line %1 of order %2.").arg(page.overrideLine).arg(OrderDesk.orderId)
                font.pixelSize: Theme.bodySize
                font.bold: true
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            Repeater {
                model: OrderDesk.overrideReasons
                delegate: KioskButton {
                    required property var modelData
                    objectName: "overrideReason_" + modelData.id
                    Layout.fillWidth: true
                    primary: page.overrideReason === modelData.id
                    text: (page.overrideReason === modelData.id ? "✓ " : "") + modelData.label
                    Accessible.checkable: true
                    Accessible.checked: page.overrideReason === modelData.id
                    onClicked: page.overrideReason = modelData.id
                }
            }
            TextField {
                id: note
                objectName: "overrideNote"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget
                font.pixelSize: Theme.bodySize
                maximumLength: 200
                placeholderText: qsTr("Note (optional)")
                Accessible.name: placeholderText
            }
            Text {
                objectName: "overrideMessage"
                Layout.fillWidth: true
                visible: OrderDesk.problem && text.length > 0
                text: OrderDesk.message
                font.pixelSize: Theme.smallSize
                font.bold: true
                color: Theme.problem
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: 12
                KioskButton {
                    objectName: "confirmOverride"
                    text: qsTr("Record the override")
                    onClicked: {
                        if (OrderDesk.overrideLine(page.overrideLine, page.overrideReason, note.text)) {
                            page.overrideLine = 0
                            note.text = ""
                        }
                    }
                }
                KioskButton {
                    objectName: "cancelOverride"
                    primary: false
                    text: qsTr("Cancel")
                    onClicked: { page.overrideLine = 0; note.text = "" }
                }
            }
            Item { Layout.fillHeight: true }
        }
    }
}
