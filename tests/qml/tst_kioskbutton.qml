import QtQuick
import QtTest
import ReturnsKiosk

// The shared button: at least a 9 mm target, its label as its accessible name, no click when disabled.
Item {
    id: root
    width: 600
    height: 300

    TestCase {
        name: "KioskButton"
        when: windowShown

        Component {
            id: buttonComponent
            KioskButton { text: "Finish" }
        }
        SignalSpy {
            id: clickedSpy
            signalName: "clicked"
        }

        function test_sizeNameAndClicks() {
            const button = createTemporaryObject(buttonComponent, root)
            clickedSpy.target = button
            clickedSpy.clear()
            verify(button.height >= Theme.touchTarget)
            verify(button.width >= Theme.touchTarget)
            compare(button.Accessible.name, "Finish")
            mouseClick(button)
            compare(clickedSpy.count, 1)
            button.enabled = false
            mouseClick(button)
            compare(clickedSpy.count, 1)
        }
    }
}
