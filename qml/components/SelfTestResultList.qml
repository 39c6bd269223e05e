import QtQuick
import QtQuick.Layouts
import ReturnsKiosk

// The device self-tests' results, one row per part, as they come in: a coloured mark (green passed,
// red failed, grey skipped, amber running), what happened in plain words and, for a failed part,
// what to check. The maintenance self-test page and first boot's report show the same list.
ListView {
    id: list
    clip: true
    spacing: 8
    model: SelfTestRun.results
    delegate: Rectangle {
        id: row
        required property var modelData
        readonly property bool failed: modelData.status === "failed"
        readonly property color mark: modelData.status === "passed" ? Theme.success
                                    : failed ? Theme.problem
                                    : modelData.status === "running" ? Theme.warning
                                    : Theme.divider
        readonly property string summary: modelData.status === "waiting" ? qsTr("%1: waiting").arg(modelData.name)
                                      : modelData.status === "running" ? qsTr("%1: testing…").arg(modelData.name)
                                      : modelData.message
        objectName: "selfTestResult_" + modelData.part
        width: ListView.view.width
        implicitHeight: rowLayout.implicitHeight + 16
        radius: Theme.radius
        color: failed ? Theme.problemSurface : Theme.surface
        border.color: failed ? Theme.problem : Theme.divider
        border.width: 2
        Accessible.role: Accessible.StaticText
        Accessible.name: row.summary + (modelData.check.length > 0 ? ". " + modelData.check : "")

        RowLayout {
            id: rowLayout
            anchors.fill: parent
            anchors.margins: 8
            spacing: 12
            Rectangle {
                Layout.alignment: Qt.AlignTop
                Layout.topMargin: 4
                width: 18; height: 18; radius: 9
                color: row.mark
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                Text {
                    objectName: "selfTestMessage_" + row.modelData.part
                    Layout.fillWidth: true
                    text: row.summary
                    font.pixelSize: Theme.smallSize
                    font.bold: true
                    color: row.failed ? Theme.problem : Theme.text
                    wrapMode: Text.WordWrap
                }
                Text {
                    Layout.fillWidth: true
                    visible: row.modelData.check.length > 0
                    text: row.modelData.check
                    font.pixelSize: Theme.smallSize - 2
                    color: Theme.text
                    wrapMode: Text.WordWrap
                }
            }
        }
    }
}
