import QtQuick
import QtQuick.Layouts
import ReturnsKiosk

// A numeric keypad for order numbers and staff PINs: digits, delete and OK. Emits the digits typed
// so far. Compact (always in the lower layout) it is three rows of four, delete and OK on the right,
// low enough to leave the screen's words room above it.
GridLayout {
    id: keypad
    property string digits: ""
    property int minDigits: 6
    property int maxDigits: 10
    property bool compact: Theme.lowerLayout
    signal submitted(string digits)

    columns: compact ? 4 : 3
    rowSpacing: compact ? 8 : 12
    columnSpacing: compact ? 8 : 12

    Repeater {
        model: keypad.compact ? ["1", "2", "3", "del", "4", "5", "6", "0", "7", "8", "9", "ok"]
                                 : ["1", "2", "3", "4", "5", "6", "7", "8", "9", "del", "0", "ok"]
        KioskButton {
            required property string modelData
            objectName: "key_" + modelData
            Layout.preferredWidth: keypad.compact ? 88 : 120
            Layout.preferredHeight: keypad.compact ? Theme.touchTarget : 84
            implicitWidth: Layout.preferredWidth
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
