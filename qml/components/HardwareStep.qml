import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ReturnsKiosk

// First boot's hardware step: what the kiosk found on the left, the hardware profiles on the right
// (the proposed one selected; each that does not fit says which device it misses). The technician
// confirms the selection or taps another profile; the Hardware singleton refuses a profile whose
// device is missing and its message says which.
RowLayout {
    id: step
    spacing: Theme.spacing

    // The two columns share the width 2:3.
    Rectangle {
        Layout.fillHeight: true
        Layout.fillWidth: true
        Layout.preferredWidth: 2
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.divider
        border.width: 2
        ColumnLayout {
            anchors.fill: parent
            anchors.margins: Theme.spacing
            spacing: 8
            Text {
                text: Hardware.busy ? qsTr("Looking for devices…") : qsTr("Found on this kiosk")
                font.pixelSize: Theme.bodySize
                font.bold: true
                color: Theme.text
            }
            Text {
                visible: !Hardware.busy && Hardware.found.length === 0
                Layout.fillWidth: true
                text: qsTr("No devices found.")
                font.pixelSize: Theme.bodySize
                color: Theme.mutedText
                wrapMode: Text.WordWrap
            }
            ListView {
                objectName: "hardwareFound"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: 6
                model: Hardware.busy ? [] : Hardware.found
                delegate: Text {
                    required property string modelData
                    width: ListView.view.width
                    text: modelData
                    font.pixelSize: Theme.smallSize
                    color: Theme.text
                    elide: Text.ElideRight
                }
            }
            KioskButton {
                objectName: "detectHardwareAgain"
                primary: false
                enabled: !Hardware.busy
                text: qsTr("Look again")
                onClicked: Hardware.detect()
            }
        }
    }

    ColumnLayout {
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.preferredWidth: 3
        spacing: 8
        Text {
            text: qsTr("Hardware profile")
            font.pixelSize: Theme.bodySize
            font.bold: true
            color: Theme.text
        }
        ListView {
            objectName: "hardwareProfiles"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 8
            model: Hardware.profiles
            delegate: Rectangle {
                id: option
                required property var modelData
                readonly property bool selected: modelData.name === Hardware.selected
                objectName: "hardwareProfile-" + modelData.name
                width: ListView.view.width
                implicitHeight: Math.max(Theme.touchTarget, texts.implicitHeight + 20)
                radius: Theme.radius
                color: selected ? Theme.selectedSurface : Theme.surface
                border.color: selected ? Theme.accent : Theme.divider
                border.width: selected ? 4 : 2
                Accessible.role: Accessible.RadioButton
                Accessible.name: modelData.label
                Accessible.checked: selected
                ColumnLayout {
                    id: texts
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.verticalCenter: parent.verticalCenter
                    anchors.margins: 16
                    spacing: 2
                    Text {
                        Layout.fillWidth: true
                        text: (option.modelData.fits ? "✓ " : "✗ ") + option.modelData.label
                              + (option.modelData.proposed ? "  " + qsTr("(proposed)") : "")
                        font.pixelSize: Theme.bodySize
                        font.bold: option.selected
                        color: Theme.text
                        wrapMode: Text.WordWrap
                        maximumLineCount: 2
                        elide: Text.ElideRight
                    }
                    Text {
                        Layout.fillWidth: true
                        text: option.modelData.fits ? option.modelData.name
                              : option.modelData.name + " · " + option.modelData.missing
                        font.pixelSize: Theme.smallSize
                        color: option.modelData.fits ? Theme.mutedText : Theme.problem
                        wrapMode: Text.WordWrap
                    }
                }
                TapHandler {
                    onTapped: Hardware.select(option.modelData.name)
                }
            }
        }
        MessageBanner {
            objectName: "hardwareProblem"
            Layout.fillWidth: true
            text: Hardware.message
        }
    }
}
