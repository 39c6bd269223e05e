import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.VirtualKeyboard
import ReturnsKiosk

// The kiosk window: the header (retailer, step, language, lower layout), one screen at a time
// chosen by the session's state, and the idle countdown.
ApplicationWindow {
    id: window
    width: 1280
    height: 800
    visible: true
    title: Kiosk.retailerName
    color: Theme.background

    // For --self-test: every screen (the session's table of them), and a way to show one regardless
    // of the session.
    readonly property var screenNames: Session.screenNames.concat(["provisioning"])
    property string previewScreen: ""
    // First boot: the technician's provisioning screen stands in for the session's until it is done.
    readonly property string screen: previewScreen.length > 0 ? previewScreen
                                   : Provisioning.active ? "provisioning" : Session.screenName

    // On top, or at the bottom in the lower layout so that the language switch and the toggle
    // itself stay within reach.
    KioskHeader {
        id: headerBar
        objectName: "header"
        z: 5
        anchors.left: parent.left
        anchors.right: parent.right
        y: Theme.lowerLayout ? parent.height - height : 0
        step: window.previewScreen.length > 0 ? 0 : Session.step
        stepCount: Session.stepCount
        helpOffered: window.previewScreen.length === 0 && Session.helpOffered
    }

    // Language and layout are the shopper's choice for one session only; a colleague's screens are
    // in the store's language.
    Connections {
        target: Session
        function onScreenChanged() {
            if (Session.screenName === "attract") {
                Language.reset()
                Theme.lowerLayout = false
            } else {
                // A colleague reads their screens in the store's language; the shopper's comes back after.
                Language.setColleagueScreen(["staff", "staffSignIn", "maintenance"].includes(Session.screenName))
            }
        }
    }

    // What the session worded (messages, reasons, resolutions) follows a language switch at once.
    Connections {
        target: Language
        function onCurrentChanged() { Session.retranslate(); Totes.retranslate(); SelfTestRun.retranslate() }
    }

    Loader {
        id: screenLoader
        objectName: "screenLoader"
        anchors.fill: parent
        anchors.margins: Theme.spacing
        // Lower layout: every screen's controls in the bottom 60% of the window.
        anchors.topMargin: Theme.lowerLayout ? Math.round(window.height * 0.4) : headerBar.height + Theme.spacing
        anchors.bottomMargin: (Theme.lowerLayout ? headerBar.height : 0)
                              + (countdown.visible ? countdown.height + 2 * Theme.spacing : Theme.spacing)
        source: "screens/" + window.screen.charAt(0).toUpperCase() + window.screen.slice(1) + "Screen.qml"
    }

    // A scan was read: a tick at once, before whatever it turns out to be shows.
    Rectangle {
        id: readTick
        objectName: "readTick"
        z: 8
        visible: false
        anchors.horizontalCenter: parent.horizontalCenter
        y: Math.round(window.height * 0.4) - height / 2
        width: tickRow.implicitWidth + 48
        height: Theme.touchTarget + 8
        radius: height / 2
        color: Theme.success
        Accessible.role: Accessible.StaticText
        Accessible.name: qsTr("Read")
        Row {
            id: tickRow
            anchors.centerIn: parent
            spacing: 12
            Text { text: "✓"; font.pixelSize: Theme.headingSize; font.bold: true; color: Theme.textOnAccent }
            Text {
                anchors.verticalCenter: parent.verticalCenter
                text: qsTr("Read")
                font.pixelSize: Theme.bodySize
                font.bold: true
                color: Theme.textOnAccent
            }
        }
        Timer { id: tickTimer; interval: 800; onTriggered: readTick.visible = false }
        Connections {
            target: Session
            function onCodeRead() { readTick.visible = true; tickTimer.restart() }
        }
    }

    IdleCountdown {
        id: countdown
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.spacing
        anchors.bottomMargin: Theme.spacing + (Theme.lowerLayout ? headerBar.height : 0)
        finishing: Session.countdownFinishing
        extendable: Session.moreTimeOffered
        secondsLeft: Session.idleSecondsLeft
        visible: window.previewScreen.length === 0 && Session.countdownShown
    }

    // The on-screen keyboard for typed entry (the e-mail or postcode that verifies a typed order
    // number); it slides up over the bottom of the screen while a text field has focus.
    InputPanel {
        id: inputPanel
        objectName: "inputPanel"
        z: 10
        width: window.width
        y: active ? window.height - height : window.height
        visible: active
    }
}
