import QtQuick
import QtQuick.Layouts
import ReturnsKiosk

// The maintenance home's "Self-test" page: runs every device's test (test page, chute open and closed,
// scale reading, light flash, the test page's code at the scanner or camera, the backend) and lists
// each part's result with what to check. The result goes to today's audit; a chute that fails takes
// the kiosk out of service for drop-off.
Rectangle {
    id: page
    signal back()
    color: Theme.background

    ColumnLayout {
        anchors.fill: parent
        spacing: 12
        RowLayout {
            Layout.fillWidth: true
            spacing: 12
            Text {
                objectName: "selfTestSummary"
                Layout.fillWidth: true
                text: SelfTestRun.running ? (SelfTestRun.wantsCode ? qsTr("Hold the barcode of the test page to the scanner or camera.")
                                                                   : qsTr("Testing the devices…"))
                      : !SelfTestRun.finished ? qsTr("Tests the printer, chute, scale, light, scanner and backend in about half a minute.")
                      : SelfTestRun.passed ? qsTr("Every part passed.")
                      : qsTr("Some parts failed: see what to check below.")
                font.pixelSize: Theme.bodySize
                font.bold: true
                color: SelfTestRun.finished && !SelfTestRun.running && !SelfTestRun.passed ? Theme.problem : Theme.text
                wrapMode: Text.WordWrap
            }
            KioskButton {
                objectName: "runSelfTest"
                enabled: !SelfTestRun.running
                text: SelfTestRun.finished ? qsTr("Run again") : qsTr("Run self-test")
                onClicked: SelfTest.start()
            }
            KioskButton {
                objectName: "selfTestBackButton"
                primary: false
                enabled: !SelfTestRun.running
                text: qsTr("Back")
                onClicked: page.back()
            }
        }
        MessageBanner {
            objectName: "selfTestMessage"
            Layout.fillWidth: true
            text: SelfTest.message
        }
        SelfTestResultList {
            objectName: "selfTestResults"
            Layout.fillWidth: true
            Layout.fillHeight: true
        }
    }
}
