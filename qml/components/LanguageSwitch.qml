import QtQuick
import QtQuick.Layouts
import ReturnsKiosk

// One button per language, each labelled in its own language, on every screen. Switching
// retranslates the screen at once and lasts only for this shopper's session.
RowLayout {
    spacing: 8
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Language")

    Repeater {
        model: Language.available
        KioskButton {
            required property var modelData
            objectName: "language_" + modelData.code
            primary: Language.current === modelData.code
            implicitWidth: 124
            font.pixelSize: Theme.smallSize
            text: modelData.name
            Accessible.name: modelData.name
            onClicked: {
                Session.touch()
                Language.select(modelData.code)
            }
        }
    }
}
