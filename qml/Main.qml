import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ReturnsKiosk

// The kiosk window: a header with the retailer's name and the step, one screen at a time
// chosen by the session's state, and the idle countdown.
ApplicationWindow {
    id: window
    width: 1280
    height: 800
    visible: true
    title: Kiosk.retailerName
    color: Theme.background

    // For --self-test: every screen, and a way to show one regardless of the session.
    readonly property var screenNames: ["attract", "identify", "items", "dropoff", "done", "assistance"]
    property string previewScreen: ""
    readonly property string screen: previewScreen.length > 0 ? previewScreen : Session.screen
    readonly property var steps: ({ identify: 1, items: 2, dropoff: 3, done: 4 })

    header: Rectangle {
        implicitHeight: 88
        color: Theme.surface
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.spacing
            anchors.rightMargin: Theme.spacing
            Text {
                text: Kiosk.retailerName
                font.pixelSize: Theme.headingSize
                font.bold: true
                color: Theme.accent
            }
            Item { Layout.fillWidth: true }
            Text {
                objectName: "stepText"
                visible: window.steps[window.screen] !== undefined
                text: qsTr("Step %1 of %2").arg(window.steps[window.screen]).arg(4)
                font.pixelSize: Theme.bodySize
                color: Theme.mutedText
            }
        }
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: 2
            color: Theme.divider
        }
    }

    Loader {
        id: screenLoader
        objectName: "screenLoader"
        anchors.fill: parent
        anchors.margins: Theme.spacing
        anchors.bottomMargin: countdown.visible ? countdown.height + 2 * Theme.spacing : Theme.spacing
        source: "screens/" + window.screen.charAt(0).toUpperCase() + window.screen.slice(1) + "Screen.qml"
    }

    IdleCountdown {
        id: countdown
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.spacing
        finishing: Session.screen === "done" || Session.screen === "assistance"
        secondsLeft: Session.idleSecondsLeft
        visible: window.previewScreen.length === 0 && Session.screen !== "attract" && Session.screen !== "dropoff"
                 && (finishing || Session.idleSecondsLeft <= 20)
    }
}
