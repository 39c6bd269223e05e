import QtQuick
import QtTest
import ReturnsKiosk

// The order-number keypad: digits up to the limit, delete, OK only from six digits.
Item {
    id: root
    width: 600
    height: 600

    TestCase {
        name: "Keypad"
        when: windowShown

        Component {
            id: keypadComponent
            Keypad {}
        }
        SignalSpy {
            id: submittedSpy
            signalName: "submitted"
        }

        function key(keypad, name) {
            return findChild(keypad, "key_" + name)
        }

        function test_typingDeletingAndSubmitting() {
            const keypad = createTemporaryObject(keypadComponent, root)
            submittedSpy.target = keypad
            submittedSpy.clear()
            compare(key(keypad, "ok").enabled, false)
            compare(key(keypad, "del").enabled, false)
            for (const d of ["1", "0", "0", "0", "0"])
                mouseClick(key(keypad, d))
            compare(keypad.digits, "10000")
            compare(key(keypad, "ok").enabled, false)
            mouseClick(key(keypad, "1"))
            compare(key(keypad, "ok").enabled, true)
            mouseClick(key(keypad, "del"))
            compare(keypad.digits, "10000")
            mouseClick(key(keypad, "7"))
            mouseClick(key(keypad, "ok"))
            compare(submittedSpy.count, 1)
            compare(submittedSpy.signalArguments[0][0], "100007")
        }

        function test_stopsAtMaxDigits() {
            const keypad = createTemporaryObject(keypadComponent, root, { maxDigits: 8 })
            for (let i = 0; i < 12; ++i)
                mouseClick(key(keypad, "9"))
            compare(keypad.digits, "99999999")
            compare(key(keypad, "9").enabled, false)
        }

        function test_keysAreLargeAndNamed() {
            const keypad = createTemporaryObject(keypadComponent, root)
            for (const name of ["1", "del", "ok"]) {
                verify(key(keypad, name).height >= Theme.touchTarget, name)
                verify(key(keypad, name).Accessible.name.length > 0, name)
            }
            compare(key(keypad, "del").Accessible.name, "Delete")
        }
    }
}
