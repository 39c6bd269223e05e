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

    // For --self-test: every screen, and a way to show one regardless of the session.
    readonly property var screenNames: ["attract", "identify", "verify", "items", "reasons", "questions",
        "resolution", "variant", "dropoff", "receipt", "done", "assistance", "staff"]
    property string previewScreen: ""
    readonly property string screen: previewScreen.length > 0 ? previewScreen : Session.screen
    readonly property var steps: ({ identify: 1, verify: 1, items: 2, reasons: 3, questions: 3, resolution: 4,
        variant: 4, dropoff: 5, receipt: 6, done: 6 })

    // On top, or at the bottom in the lower layout so that the language switch and the toggle
    // itself stay within reach.
    KioskHeader {
        id: headerBar
        objectName: "header"
        z: 5
        anchors.left: parent.left
        anchors.right: parent.right
        y: Theme.lowerLayout ? parent.height - height : 0
        step: window.steps[window.screen] ?? 0
        stepCount: 6
    }

    // Language and layout are the shopper's choice for one session only.
    Connections {
        target: Session
        function onScreenChanged() {
            if (Session.screen === "attract") {
                Language.reset()
                Theme.lowerLayout = false
            }
        }
    }

    // What the session worded (messages, reasons, resolutions) follows a language switch at once.
    Connections {
        target: Language
        function onCurrentChanged() { Session.retranslate() }
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

    IdleCountdown {
        id: countdown
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.spacing
        anchors.bottomMargin: Theme.spacing + (Theme.lowerLayout ? headerBar.height : 0)
        finishing: Session.screen === "done" || Session.screen === "assistance"
        secondsLeft: Session.idleSecondsLeft
        visible: window.previewScreen.length === 0 && Session.screen !== "attract" && !(Session.screen === "dropoff" && !Session.awaitingTag) && Session.screen !== "receipt" && Session.screen !== "staff"
                 && (finishing || Session.idleSecondsLeft <= 20)
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
