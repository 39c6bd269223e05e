import QtQuick
import QtQuick.Layouts
import ReturnsKiosk

// A numeric keypad for order numbers and staff PINs: digits, delete and OK. Emits the digits typed
// so far.
GridLayout {
    id: keypad
    property string digits: ""
    property int minDigits: 6
    property int maxDigits: 10
    signal submitted(string digits)

    columns: 3
    rowSpacing: Theme.lowerLayout ? 8 : 12
    columnSpacing: 12

    Repeater {
        model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "del", "0", "ok"]
        KioskButton {
            required property string modelData
            objectName: "key_" + modelData
            Layout.preferredWidth: 120
            Layout.preferredHeight: Theme.lowerLayout ? Theme.touchTarget + 4 : 84
            implicitWidth: 120
            primary: modelData === "ok"
            enabled: modelData === "ok" ? keypad.digits.length >= keypad.minDigits : modelData === "del" ? keypad.digits.length > 0 : keypad.digits.length < keypad.maxDigits
            text: modelData === "del" ? "⌫" : modelData === "ok" ? qsTr("OK") : modelData
            Accessible.name: modelData === "del" ? qsTr("Delete") : text
            onClicked: {
                Session.touch()
                if (modelData === "del")
                    keypad.digits = keypad.digits.slice(0, -1)
                else if (modelData === "ok")
                    keypad.submitted(keypad.digits)
                else
                    keypad.digits += modelData
            }
        }
    }
}
