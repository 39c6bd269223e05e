import QtQuick
import QtQuick.Layouts
import ReturnsKiosk

// The band on top of every screen: the retailer's name, the step the shopper is on, "Need help?" (in
// the same place on every shopper's screen) and the language switch. In the lower layout the band
// sits at the bottom and holds the accessibility button too (the footer's, otherwise).
Rectangle {
    id: header
    property int step: 0
    property int stepCount: 0
    property bool helpOffered: false

    implicitHeight: Theme.touchTarget + 16
    color: Theme.surface

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacing
        spacing: Theme.spacing
        Text {
            objectName: "retailerName"
            visible: !Theme.lowerLayout // at the bottom, the room goes to what the shopper can tap
            text: Kiosk.retailerName
            font.pixelSize: Theme.headingSize
            font.bold: true
            color: Theme.accent
            fontSizeMode: Text.HorizontalFit // smaller beside longer words, not cut
            minimumPixelSize: Theme.smallSize
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        Item { // the controls keep to the right, under the shopper's hand
            visible: Theme.lowerLayout
            Layout.fillWidth: true
        }
        Text {
            objectName: "stepText"
            visible: header.step > 0
            text: qsTr("Step %1 of %2").arg(header.step).arg(header.stepCount)
            font.pixelSize: Theme.bodySize
            color: Theme.mutedText
        }
        KioskButton {
            objectName: "helpButton"
            visible: header.helpOffered
            primary: false
            text: qsTr("Need help?")
            Accessible.description: qsTr("Calls a colleague. Your items and choices are kept.")
            onClicked: Session.askForHelp()
        }
        LanguageSwitch { objectName: "languageSwitch" }
        // In the lower layout this band is the bottom of the screen, where the accessibility button
        // always is. It has no room for "Read aloud" beside help and the languages: that one is the
        // full layout's (and the keypad's), and speech stays on across the change of layout.
        LowerLayoutButton { visible: Theme.lowerLayout }
    }
    Rectangle { // the edge towards the screen's content
        y: Theme.lowerLayout ? 0 : parent.height - height
        width: parent.width
        height: 2
        color: Theme.divider
    }
}
