import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ReturnsKiosk

// First boot's self-test: each device's result as it comes in, then the report (also printed). A
// passing report starts the kiosk; a failing one is run again after a fix, or accepted with the
// technician's reason, which is recorded with the report.
ColumnLayout {
    id: panel
    spacing: 12
    readonly property bool failed: FirstBootSelfTest.reported && !SelfTestRun.passed

    Text {
        objectName: "firstBootSelfTestSummary"
        Layout.fillWidth: true
        text: SelfTestRun.running ? (SelfTestRun.wantsCode ? qsTr("Hold the barcode of the test page to the scanner or camera.")
                                                           : qsTr("Testing every device of this kiosk…"))
              : panel.failed ? qsTr("Some parts failed. Fix them and run the self-test again, or accept the report with a reason.")
              : qsTr("Every part passed. The report is printing.")
        font.pixelSize: Theme.bodySize
        font.bold: true
        color: panel.failed ? Theme.problem : Theme.text
        wrapMode: Text.WordWrap
    }
    MessageBanner {
        objectName: "firstBootSelfTestProblem"
        Layout.fillWidth: true
        text: FirstBootSelfTest.message
    }
    SelfTestResultList {
        objectName: "firstBootSelfTestResults"
        Layout.fillWidth: true
        Layout.fillHeight: true
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        visible: FirstBootSelfTest.reported
        TextField {
            id: reason
            objectName: "acceptReason"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget
            visible: panel.failed
            font.pixelSize: Theme.bodySize
            placeholderText: qsTr("Why the kiosk may start anyway")
            Accessible.name: placeholderText
        }
        KioskButton {
            objectName: "acceptSelfTest"
            visible: panel.failed
            primary: false
            enabled: reason.text.trim().length > 0
            text: qsTr("Accept and start")
            onClicked: FirstBootSelfTest.acceptFailure(reason.text)
        }
        KioskButton {
            objectName: "rerunSelfTest"
            visible: panel.failed
            primary: false
            text: qsTr("Run again")
            onClicked: FirstBootSelfTest.runAgain()
        }
        Item { Layout.fillWidth: true; visible: !panel.failed }
        KioskButton {
            objectName: "startKioskButton"
            visible: !panel.failed
            text: qsTr("Start the kiosk")
            onClicked: FirstBootSelfTest.startKiosk()
        }
    }
}
