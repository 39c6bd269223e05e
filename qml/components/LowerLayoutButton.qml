import QtQuick
import QtQuick.Layouts
import ReturnsKiosk

// The accessibility button, at the bottom right of every screen: its symbol and what it does in
// words, which are also its accessible name. It moves every control into the bottom part of the
// screen (the lower layout) and back.
KioskButton {
    id: toggle
    objectName: "lowerLayoutButton"
    primary: Theme.lowerLayout
    text: Theme.lowerLayout ? qsTr("Use the full screen") : qsTr("Move the controls lower")
    implicitWidth: Math.max(Theme.touchTarget, row.implicitWidth + 40)
    Accessible.checkable: true
    Accessible.checked: Theme.lowerLayout
    Accessible.description: qsTr("Within reach from a wheelchair")
    contentItem: Item {
        implicitWidth: row.implicitWidth
        implicitHeight: row.implicitHeight
        RowLayout {
            id: row
            anchors.centerIn: parent
            width: Math.min(implicitWidth, parent.width)
            spacing: 12
            Text {
                text: "♿"
                font.pixelSize: Theme.headingSize
                color: toggle.primary ? Theme.textOnAccent : Theme.accent
                Accessible.ignored: true
            }
            Text {
                Layout.fillWidth: true
                Layout.maximumWidth: Theme.lowerLayout ? 180 : 360 // longer words: a second line
                Layout.preferredHeight: Theme.touchTarget - 8
                verticalAlignment: Text.AlignVCenter
                fontSizeMode: Text.Fit // and then a smaller size before anything is cut
                minimumPixelSize: 12
                text: toggle.text
                font.pixelSize: Theme.smallSize
                font.bold: true
                color: toggle.primary ? Theme.textOnAccent : Theme.accent
                wrapMode: Text.WordWrap
                Accessible.ignored: true
            }
        }
    }
    onClicked: {
        Session.touch()
        Theme.lowerLayout = !Theme.lowerLayout
    }
}
