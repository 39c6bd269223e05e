import QtQuick
import QtQuick.Layouts
import ReturnsKiosk

// A signed-in colleague's maintenance home: every part of the kiosk with its state in plain words
// and, where something is wrong, what to do. Faults first catch the eye in red, warnings in amber.
Item {
    id: home
    Component.onCompleted: Health.refresh()
    Timer { interval: 5000; running: true; repeat: true; onTriggered: Health.refresh() }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        StaffBar {
            Layout.fillWidth: true
            title: qsTr("Maintenance")
        }
        Text {
            objectName: "healthSummary"
            Layout.fillWidth: true
            text: Health.faultCount > 0 ? qsTr("%n part(s) need attention.", "", Health.faultCount)
                                        : qsTr("Everything is working.")
            font.pixelSize: Theme.bodySize
            font.bold: true
            color: Health.faultCount > 0 ? Theme.problem : Theme.success
        }
        GridLayout {
            objectName: "healthGrid"
            Layout.fillWidth: true
            Layout.fillHeight: true
            columns: 2
            columnSpacing: 12
            rowSpacing: 12
            Repeater {
                model: Health.parts
                delegate: Rectangle {
                    required property var modelData
                    readonly property color levelColor: modelData.fault ? Theme.problem
                                                      : modelData.attention ? Theme.warning
                                                      : Theme.success
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 1
                    radius: Theme.radius
                    color: modelData.fault ? Theme.problemSurface : Theme.surface
                    border.color: modelData.fault || modelData.attention ? levelColor : Theme.divider
                    border.width: 2
                    Accessible.role: Accessible.StaticText
                    Accessible.name: modelData.part + ": " + modelData.state + (modelData.action.length > 0 ? ". " + modelData.action : "")

                    RowLayout {
                        anchors.fill: parent
                        anchors.margins: 10
                        spacing: 12
                        Rectangle {
                            Layout.alignment: Qt.AlignTop
                            Layout.topMargin: 4
                            width: 18; height: 18; radius: 9
                            color: parent.parent.levelColor
                        }
                        ColumnLayout {
                            Layout.fillWidth: true
                            Layout.alignment: Qt.AlignTop
                            spacing: 2
                            Text {
                                Layout.fillWidth: true
                                text: modelData.part + ": " + modelData.state
                                font.pixelSize: Theme.smallSize
                                font.bold: true
                                color: Theme.text
                                wrapMode: Text.WordWrap
                                maximumLineCount: 2
                                elide: Text.ElideRight
                            }
                            Text {
                                Layout.fillWidth: true
                                visible: modelData.action.length > 0
                                text: modelData.action
                                font.pixelSize: Theme.smallSize - 2
                                color: Theme.text
                                wrapMode: Text.WordWrap
                                maximumLineCount: 2
                                elide: Text.ElideRight
                            }
                        }
                    }
                }
            }
        }
    }
}
