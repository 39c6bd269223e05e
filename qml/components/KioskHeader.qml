import QtQuick
import QtQuick.Layouts
import ReturnsKiosk

// The band on top of every screen: the retailer's name, the step the shopper is on, "Need help?" (in
// the same place on every shopper's screen), the language switch and the lower-layout toggle for
// shoppers who can't reach the top of the screen. In the lower layout the band sits at the bottom.
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
            text: Kiosk.retailerName
            font.pixelSize: Theme.headingSize
            font.bold: true
            color: Theme.accent
            elide: Text.ElideRight
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
        KioskButton {
            objectName: "lowerLayoutButton"
            primary: Theme.lowerLayout
            implicitWidth: Theme.touchTarget
            font.pixelSize: Theme.headingSize
            text: "♿"
            Accessible.name: Theme.lowerLayout ? qsTr("Use the full screen") : qsTr("Move the controls lower")
            Accessible.checkable: true
            Accessible.checked: Theme.lowerLayout
            onClicked: {
                Session.touch()
                Theme.lowerLayout = !Theme.lowerLayout
            }
        }
    }
    Rectangle { // the edge towards the screen's content
        y: Theme.lowerLayout ? 0 : parent.height - height
        width: parent.width
        height: 2
        color: Theme.divider
    }
}
