import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ReturnsKiosk

// First boot, for the technician: scan the enrolment QR (scanner or camera; a typed code when
// kiosk.json names the backend), wait while the kiosk enrols, confirm the hardware, pass the self-test
// (or accept its failure with a reason), then the kiosk starts. Shown instead of attract while
// Provisioning.active.
Item {
    id: screen
    readonly property int step: Provisioning.step

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Text {
            objectName: "provisioningTitle"
            Layout.fillWidth: true
            text: screen.step === Provisioning.Scan ? qsTr("Scan the enrolment code")
                : screen.step === Provisioning.Enrolling ? qsTr("Enrolling this kiosk…")
                : screen.step === Provisioning.SelfTest ? qsTr("Self-test of kiosk %1").arg(Provisioning.kioskId)
                : qsTr("Enrolled: check the hardware")
            font.pixelSize: Theme.titleSize
            font.bold: true
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        Text {
            objectName: "provisioningHint"
            Layout.fillWidth: true
            visible: screen.step !== Provisioning.SelfTest
            text: screen.step === Provisioning.Scan
                  ? qsTr("Hold the enrolment QR from the retailer's enrolment sheet in front of the camera or the scanner.")
                  : screen.step === Provisioning.Enrolling
                    ? qsTr("Asking %1 for this kiosk's certificate. This takes a few seconds.").arg(Provisioning.backendUrl)
                    : qsTr("Kiosk %1 for %2. Confirm the hardware profile this kiosk is built as, or tap another.")
                          .arg(Provisioning.kioskId).arg(Provisioning.storeName)
            font.pixelSize: Theme.headingSize
            color: Theme.mutedText
            wrapMode: Text.WordWrap
        }
        MessageBanner {
            objectName: "provisioningProblem"
            Layout.fillWidth: true
            text: Provisioning.message
        }

        // Typed fallback: only when kiosk.json says where a typed code goes.
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            visible: screen.step === Provisioning.Scan && Provisioning.typedCodesAccepted
            TextField {
                id: typedCode
                objectName: "typedEnrolmentCode"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget
                font.pixelSize: Theme.bodySize
                placeholderText: qsTr("Or type the code: ENROL-XXXX-XXXX-XXXX")
                inputMethodHints: Qt.ImhUppercaseOnly | Qt.ImhNoPredictiveText
                onAccepted: Provisioning.submitCode(text)
            }
            KioskButton {
                objectName: "submitEnrolmentCode"
                text: qsTr("Enrol")
                enabled: typedCode.text.length > 0
                onClicked: Provisioning.submitCode(typedCode.text)
            }
        }

        BusyIndicator {
            Layout.alignment: Qt.AlignHCenter
            running: visible
            visible: screen.step === Provisioning.Enrolling
        }

        HardwareStep {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: screen.step === Provisioning.Hardware
        }
        FirstBootSelfTestPanel {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: screen.step === Provisioning.SelfTest
        }
        Item {
            Layout.fillHeight: true
            visible: screen.step !== Provisioning.Hardware && screen.step !== Provisioning.SelfTest
        }
        KioskButton {
            objectName: "confirmHardwareButton"
            Layout.alignment: Qt.AlignRight
            visible: screen.step === Provisioning.Hardware
            enabled: !Hardware.busy && Hardware.selected.length > 0
            text: qsTr("Confirm %1 and start the kiosk").arg(Hardware.selected)
            onClicked: Provisioning.confirmHardware()
        }
    }
}
