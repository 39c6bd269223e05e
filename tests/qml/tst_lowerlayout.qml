import QtQuick
import QtTest
import ReturnsKiosk

// The header's lower-layout toggle: next to the language switch, at least 9 mm (72 px on the
// kiosk's panel) each way, named for screen readers in both states, and a tap flips the layout.
Item {
    id: root
    width: 1280
    height: 200

    TestCase {
        name: "LowerLayout"
        when: windowShown

        Component {
            id: headerComponent
            KioskHeader { width: 1280 }
        }

        function cleanup() {
            Theme.lowerLayout = false
            Language.reset()
        }

        function test_toggleIsLargeNamedAndFlipsTheLayout() {
            const header = createTemporaryObject(headerComponent, root)
            const toggle = findChild(header, "lowerLayoutButton")
            verify(toggle.width >= Theme.touchTarget && toggle.height >= Theme.touchTarget)
            verify(Theme.touchTarget >= 72)
            // Where it sits (bottom right of every screen) is tst_kioskui's
            // accessibilityButtonIsLabelledAtTheBottomOfEveryScreen.
            compare(toggle.Accessible.name, "Move the controls lower")
            verify(!toggle.Accessible.checked)
            toggle.clicked()
            verify(Theme.lowerLayout)
            compare(toggle.Accessible.name, "Use the full screen")
            verify(toggle.Accessible.checked)
            verify(toggle.primary)
            toggle.clicked()
            verify(!Theme.lowerLayout)
        }

        function test_nameFollowsTheLanguage() {
            const toggle = findChild(createTemporaryObject(headerComponent, root), "lowerLayoutButton")
            Language.select("es")
            compare(toggle.Accessible.name, "Bajar los controles")
        }
    }
}
