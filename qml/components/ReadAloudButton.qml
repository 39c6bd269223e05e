import QtQuick
import ReturnsKiosk

// "Read aloud", beside the accessibility button in the footer of every screen (the full layout's): each screen and its
// choices are then read in the shopper's language, and the keypad's keys (or a keyboard's Tab, arrows
// and Enter) move between the choices and confirm them. Filled while it is on.
KioskButton {
    objectName: "readAloudButton"
    primary: ReadAloud.on
    text: ReadAloud.on ? qsTr("Stop reading aloud") : qsTr("Read aloud")
    implicitWidth: Math.max(Theme.touchTarget, Math.min(300, contentItem.implicitWidth + 40))
    Accessible.checkable: true
    Accessible.checked: ReadAloud.on
    Accessible.description: qsTr("Reads each screen and its choices aloud")
    onClicked: {
        Session.touch()
        ReadAloud.on = !ReadAloud.on
    }
}
