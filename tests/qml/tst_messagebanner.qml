import QtQuick
import QtTest
import ReturnsKiosk

// A problem message: hidden when empty, announced as an alert with its text.
Item {
    id: root
    width: 800
    height: 400

    TestCase {
        name: "MessageBanner"
        when: windowShown

        Component {
            id: bannerComponent
            MessageBanner { width: 400 }
        }

        function test_visibilityFollowsText() {
            const banner = createTemporaryObject(bannerComponent, root)
            compare(banner.visible, false)
            banner.text = "We can't find order RK-999999."
            compare(banner.visible, true)
            compare(banner.Accessible.role, Accessible.AlertMessage)
            compare(banner.Accessible.name, "We can't find order RK-999999.")
            verify(banner.implicitHeight > 32)
        }
    }
}
