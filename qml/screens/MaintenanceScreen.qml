import QtQuick
import QtQuick.Layouts
import ReturnsKiosk

// A signed-in colleague's maintenance home: every part of the kiosk with its state in plain words
// and, where something is wrong, what to do. Faults first catch the eye in red, warnings in amber.
// Above them the bins with their totes ("Empty bin" prints the tote's manifest, shown beside), the
// last closed totes to reprint, and the out-of-service switch; "Find an order", "Self-test", "Sync
// queue" and "Today" open their pages over it.
Item {
    id: home
    /// "home", or the page shown over it below the staff bar: "orders", "selftest", "sync" or "audit".
    property string page: "home"
    clip: true // a crowded health grid never draws past the screen's bottom edge
    Component.onCompleted: { Health.refresh(); Totes.refresh(); SyncQueue.refresh() }
    Timer { interval: 5000; running: true; repeat: true; onTriggered: { Health.refresh(); Totes.refresh(); SyncQueue.refresh() } }

    // On top, or at the bottom in the lower layout, where its buttons are within reach.
    StaffBar {
        id: staffBar
        z: 1
        width: parent.width
        y: Theme.lowerLayout ? parent.height - height : 0
        title: qsTr("Maintenance")
    }

    // The home scrolls when it is longer than the room (in the lower layout it has the bottom 60% of
    // the window); a page shown over it hides it (what is covered is neither tapped nor read out).
    Flickable {
        id: homeView
        visible: home.page === "home"
        anchors.fill: parent
        anchors.topMargin: Theme.lowerLayout ? Theme.reachLine : staffBar.height + Theme.spacing
        anchors.bottomMargin: Theme.lowerLayout ? staffBar.height + Theme.spacing : 0
        anchors.rightMargin: manifest.visible ? manifest.width + Theme.spacing : 0
        contentHeight: homeColumn.height
        interactive: contentHeight > height
        clip: true
        boundsBehavior: Flickable.StopAtBounds

    ColumnLayout {
        id: homeColumn
        width: homeView.width
        height: Math.max(implicitHeight, homeView.height)
        spacing: Theme.spacing
        GridLayout { // the page buttons go under the summary when the manifest takes the room
            Layout.fillWidth: true
            columns: manifest.visible ? 3 : 4
            columnSpacing: 12
            rowSpacing: 12
            Text {
                objectName: "healthSummary"
                Layout.columnSpan: manifest.visible ? 3 : 1
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: Health.faultCount > 0 ? qsTr("%n part(s) need attention.", "", Health.faultCount)
                                            : qsTr("Everything is working.")
                font.pixelSize: Theme.bodySize
                font.bold: true
                color: Health.faultCount > 0 ? Theme.problem : Theme.success
            }
            KioskButton {
                objectName: "openOrderDesk"
                primary: false
                text: qsTr("Find an order")
                onClicked: home.page = "orders"
            }
            KioskButton {
                objectName: "openSelfTest"
                primary: false
                text: qsTr("Self-test")
                onClicked: home.page = "selftest"
            }
            KioskButton {
                objectName: "openSyncQueue"
                primary: false
                text: SyncQueue.deadLetters.length > 0 ? qsTr("Sync queue (%n refused)", "", SyncQueue.deadLetters.length)
                                                       : qsTr("Sync queue")
                onClicked: home.page = "sync"
            }
            KioskButton {
                objectName: "openDayAudit"
                primary: false
                text: qsTr("Today")
                onClicked: home.page = "audit"
            }
        }
        RowLayout {
            objectName: "servicePanel"
            Layout.fillWidth: true
            spacing: 12
            Repeater {
                model: Totes.bins
                delegate: Rectangle {
                    id: binCard
                    required property var modelData
                    Layout.fillWidth: true
                    implicitHeight: binRow.implicitHeight + 16
                    radius: Theme.radius
                    readonly property bool problem: modelData.full || modelData.outOfService
                    color: problem ? Theme.problemSurface : Theme.surface
                    border.color: problem ? Theme.problem : Theme.divider
                    border.width: 2
                    RowLayout {
                        id: binRow
                        anchors.fill: parent
                        anchors.margins: 8
                        spacing: 8
                        Text {
                            objectName: "binState_" + modelData.bin
                            Layout.fillWidth: true
                            text: qsTr("Bin %1, tote %2: %3").arg(modelData.bin).arg(modelData.toteId).arg(modelData.state)
                            font.pixelSize: Theme.smallSize
                            font.bold: binCard.problem
                            color: binCard.problem ? Theme.problem : Theme.text
                            wrapMode: Text.WordWrap
                            Accessible.role: Accessible.StaticText
                            Accessible.name: text
                        }
                        KioskButton {
                            objectName: "emptyBin_" + modelData.bin
                            implicitWidth: 200
                            text: qsTr("Empty bin")
                            onClicked: Totes.emptyBin(modelData.bin)
                        }
                    }
                }
            }
            KioskButton {
                objectName: "serviceSwitch"
                primary: !Service.switchedOff
                implicitWidth: 300
                text: Service.switchedOff ? qsTr("Put back in service") : qsTr("Take out of service")
                onClicked: Service.switchedOff ? Service.switchOn() : Service.switchOff("maintenance")
            }
        }
        RowLayout {
            Layout.fillWidth: true
            visible: Totes.closed.length > 0 || Totes.message.length > 0 || Service.closed
            spacing: 12
            Text {
                objectName: "serviceState"
                visible: Service.closed
                text: Service.switchedOff ? qsTr("Out of service (%1: %2)").arg(Service.by).arg(Service.why)
                                          : Service.binFull ? qsTr("Out of service: a bin is full")
                                                            : qsTr("Out of service: no chute works")
                font.pixelSize: Theme.smallSize
                font.bold: true
                color: Theme.problem
            }
            Text {
                objectName: "toteMessage"
                Layout.fillWidth: true
                text: Totes.message
                font.pixelSize: Theme.smallSize
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            Repeater {
                model: Totes.closed
                delegate: KioskButton {
                    required property var modelData
                    objectName: "reprint_" + modelData.toteId
                    primary: false
                    implicitHeight: 56
                    font.pixelSize: Theme.smallSize
                    text: qsTr("Reprint %1").arg(modelData.toteId)
                    onClicked: Totes.reprint(modelData.toteId)
                }
            }
        }
        GridLayout {
            objectName: "healthGrid"
            Layout.fillWidth: true
            Layout.fillHeight: true
            columns: 2
            columnSpacing: 12
            rowSpacing: 12
            Repeater {
                model: Health.parts
                delegate: Rectangle {
                    required property var modelData
                    readonly property color levelColor: modelData.fault ? Theme.problem
                                                      : modelData.attention ? Theme.warning
                                                      : Theme.success
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 1
                    implicitHeight: cell.implicitHeight + 20
                    radius: Theme.radius
                    color: modelData.fault ? Theme.problemSurface : Theme.surface
                    border.color: modelData.fault || modelData.attention ? levelColor : Theme.divider
                    border.width: 2
                    Accessible.role: Accessible.StaticText
                    Accessible.name: modelData.part + ": " + modelData.state + (modelData.action.length > 0 ? ". " + modelData.action : "")

                    RowLayout {
                        id: cell
                        anchors.fill: parent
                        anchors.margins: 10
                        spacing: 12
                        Rectangle {
                            Layout.alignment: Qt.AlignTop
                            Layout.topMargin: 4
                            width: 18; height: 18; radius: 9
                            color: parent.parent.levelColor
                        }
                        ColumnLayout {
                            Layout.fillWidth: true
                            Layout.alignment: Qt.AlignTop
                            spacing: 2
                            Text {
                                Layout.fillWidth: true
                                text: modelData.part + ": " + modelData.state
                                font.pixelSize: Theme.smallSize
                                font.bold: true
                                color: Theme.text
                                wrapMode: Text.WordWrap
                            }
                            Text {
                                Layout.fillWidth: true
                                visible: modelData.action.length > 0
                                text: modelData.action
                                font.pixelSize: Theme.smallSize - 2
                                color: Theme.text
                                wrapMode: Text.WordWrap
                            }
                        }
                    }
                }
            }
        }
    }

    }

    // The manifest as it prints, beside the health grid (below the staff bar and its sign-out), until
    // the colleague closes it.
    Rectangle {
        id: manifest
        objectName: "manifestPreview"
        visible: Totes.previewToteId.length > 0
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.topMargin: Theme.lowerLayout ? Theme.reachLine : staffBar.height + Theme.spacing
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.lowerLayout ? staffBar.height + Theme.spacing : 0
        width: Math.min(parent.width / 2.5, 460)
        color: Theme.background
        border.color: Theme.divider
        border.width: 2
        radius: Theme.radius
        ColumnLayout {
            anchors.fill: parent
            anchors.margins: 10
            spacing: 8
            Image {
                Layout.fillWidth: true
                Layout.fillHeight: true
                source: Totes.previewToteId.length > 0 ? "image://manifest/" + Totes.previewToteId : ""
                cache: false
                fillMode: Image.PreserveAspectFit
                smooth: true
                Accessible.role: Accessible.Graphic
                Accessible.name: qsTr("Manifest of tote %1").arg(Totes.previewToteId)
            }
            KioskButton {
                objectName: "closeManifest"
                Layout.alignment: Qt.AlignHCenter
                primary: false
                text: qsTr("Close")
                onClicked: Totes.closePreview()
            }
        }
    }

    Loader {
        objectName: "maintenancePage"
        anchors.fill: parent
        anchors.topMargin: Theme.lowerLayout ? Theme.reachLine : staffBar.height + Theme.spacing
        anchors.bottomMargin: Theme.lowerLayout ? staffBar.height + Theme.spacing : 0
        active: home.page !== "home"
        sourceComponent: home.page === "sync" ? syncPage : home.page === "selftest" ? selfTestPage
                       : home.page === "orders" ? orderDeskPage : auditPage
    }
    Component {
        id: selfTestPage
        SelfTestPage { onBack: home.page = "home" }
    }
    Component {
        id: syncPage
        SyncQueuePage { onBack: home.page = "home" }
    }
    Component {
        id: orderDeskPage
        OrderDeskPage { onBack: home.page = "home" }
    }
    Component {
        id: auditPage
        DayAuditPage { onBack: home.page = "home" }
    }
}
