import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
import ReturnsKiosk

// The kiosk window: the header (retailer, step, help, language), one screen at a time chosen by the
// session's state, the idle countdown, and the footer with the accessibility button (in the lower
// layout the header, at the bottom, holds it).
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

    // On top, or at the bottom in the lower layout so that help, the language switch and the
    // accessibility button stay within reach.
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

    // The accessibility buttons at the bottom right of every screen: "Read aloud" and the lower layout
    // in the footer of the full layout; the lower layout's in the header (at the bottom then) of the
    // lower one.
    Rectangle {
        id: footer
        objectName: "footer"
        z: 5
        visible: !Theme.lowerLayout
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        implicitHeight: Theme.touchTarget + 16
        color: Theme.surface
        Rectangle { width: parent.width; height: 2; color: Theme.divider }
        Row {
            anchors.right: parent.right
            anchors.rightMargin: Theme.spacing
            anchors.verticalCenter: parent.verticalCenter
            spacing: Theme.spacing
            ReadAloudButton {}
            LowerLayoutButton {}
        }
    }
    // Whichever band is at the bottom.
    readonly property real bottomBand: Theme.lowerLayout ? headerBar.height : footer.height

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
        function onCurrentChanged() {
            Session.retranslate()
            Totes.retranslate()
            SelfTestRun.retranslate()
            ReadAloud.reread()
        }
    }

    Loader {
        id: screenLoader
        objectName: "screenLoader"
        anchors.fill: parent
        anchors.margins: Theme.spacing
        // Lower layout: the header is at the bottom; each screen keeps its words on top and its
        // controls below Theme.reachLine, in the bottom 60% of the window.
        anchors.topMargin: Theme.lowerLayout ? Theme.spacing : headerBar.height + Theme.spacing
        anchors.bottomMargin: window.bottomBand
                              + (countdown.visible ? countdown.height + 1.5 * Theme.spacing : Theme.spacing)
        source: "screens/" + window.screen.charAt(0).toUpperCase() + window.screen.slice(1) + "Screen.qml"
    }

    Binding { target: Theme; property: "reachLine"; value: Math.round(window.height * 0.4) - screenLoader.y }

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
        objectName: "countdown"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.spacing
        anchors.bottomMargin: Theme.spacing + window.bottomBand
        finishing: Session.countdownFinishing
        extendable: Session.moreTimeOffered
        secondsLeft: Session.idleSecondsLeft
        visible: window.previewScreen.length === 0 && Session.countdownShown
    }

    // The on-screen keyboard for typed entry (a technician's enrolment code, why a failed self-test
    // is accepted); it slides up over the bottom of the screen while a text field has focus. It types
    // in the store's language and has no key or menu that changes its language or settings.
    InputPanel {
        id: inputPanel
        objectName: "inputPanel"
        z: 10
        width: window.width
        y: active ? window.height - height : window.height
        visible: active

        // The keyboard layout of the store's language (its country first: fr_CA in Canada), and no
        // other: typed entry is on the technician's and colleagues' screens, in the store's language.
        function useStoreLanguage() {
            const all = VirtualKeyboardSettings.availableLocales
            const own = Language.defaultLanguage + "_"
            const locale = all.find(l => l === Qt.locale().name && l.startsWith(own))
                           || all.find(l => l.startsWith(own)) || all.find(l => l.startsWith("en_")) || ""
            VirtualKeyboardSettings.activeLocales = [locale]
            VirtualKeyboardSettings.locale = locale
        }
        Component.onCompleted: {
            VirtualKeyboardSettings.handwritingModeDisabled = true
            useStoreLanguage()
        }
        Connections { // the layouts are found after the window starts
            target: VirtualKeyboardSettings
            function onAvailableLocalesChanged() { inputPanel.useStoreLanguage() }
        }

        // One language leaves the language key without use and the long-press menu (⚙) with nothing
        // but "hide": both go, from every layout the keyboard loads.
        function withoutMenus(item) {
            if (!item)
                return
            for (let i = 0; i < item.children.length; ++i) {
                const child = item.children[i]
                if (child.objectName === "changeLanguageKey")
                    child.visible = false
                if (child.smallText === "\u2699")
                    child.smallText = ""
                withoutMenus(child)
            }
        }
        Connections {
            target: inputPanel.keyboard.keyboardLayoutLoader
            function onLoaded() { inputPanel.withoutMenus(inputPanel.keyboard.keyboardLayoutLoader.item) }
        }
    }
}
