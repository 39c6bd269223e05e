import QtQuick
import QtQuick.Layouts
import ReturnsKiosk

// Step 3: why each item is coming back, one item at a time, from the retailer's list of reasons.
Item {
    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Text {
            Layout.fillWidth: true
            text: qsTr("Why are you returning it?")
            font.pixelSize: Theme.titleSize
            font.bold: true
            color: Theme.text
        }
        Text {
            objectName: "reasonItem"
            Layout.fillWidth: true
            text: Session.stepTotal > 1 ? qsTr("%1 (item %2 of %3)").arg(Session.stepTitle).arg(Session.stepIndex + 1).arg(Session.stepTotal)
                                        : Session.stepTitle
            font.pixelSize: Theme.headingSize
            color: Theme.accent
            wrapMode: Text.WordWrap
        }
        ReachLine {}
        GridLayout {
            Layout.fillWidth: true
            columns: 2
            rowSpacing: Theme.spacing
            columnSpacing: Theme.spacing
            Repeater {
                model: Language.current, Session.reasons // re-read when the language changes
                KioskButton {
                    required property var modelData
                    objectName: "reason_" + modelData.code
                    Layout.fillWidth: true
                    primary: false
                    text: modelData.text
                    onClicked: Session.chooseReason(modelData.code)
                }
            }
        }
        Item { Layout.fillHeight: true }
        KioskButton {
            objectName: "backButton"
            primary: false
            text: qsTr("Back")
            onClicked: Session.back()
        }
    }
}
