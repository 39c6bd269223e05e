import QtQuick
import QtTest
import ReturnsKiosk

// The language buttons: one per translation, each in its own language, and a tap switches the
// language (and the texts) at once.
Item {
    id: root
    width: 800
    height: 200

    TestCase {
        name: "LanguageSwitch"
        when: windowShown

        Component {
            id: switchComponent
            LanguageSwitch {}
        }
        Component {
            id: stepComponent
            KioskHeader { width: 1280; step: 2; stepCount: 4 }
        }

        function cleanup() {
            Language.reset()
        }

        function test_buttonsSwitchLanguage() {
            const languages = createTemporaryObject(switchComponent, root)
            const spanish = findChild(languages, "language_es")
            compare(spanish.text, "Español")
            compare(findChild(languages, "language_fr").text, "Français")
            compare(Language.current, "en")
            verify(findChild(languages, "language_en").primary)
            mouseClick(spanish)
            compare(Language.current, "es")
            verify(spanish.primary)
        }

        function test_textsRetranslateLive() {
            const header = createTemporaryObject(stepComponent, root)
            const step = findChild(header, "stepText")
            compare(step.text, "Step 2 of 4")
            Language.select("fr")
            compare(step.text, "Étape 2 sur 4")
            verify(!Language.select("xx"))
            compare(Language.current, "fr")
            Language.reset()
            compare(step.text, "Step 2 of 4")
        }
    }
}
