import QtQuick
import QtMultimedia
import ReturnsKiosk

// The camera's live picture, mirrored like a mirror so the shopper moves the code the way they mean to,
// with corner marks where to hold it (the middle the camera measures for blur). A "Hold still" bar shows
// while the picture is blurred, and a tick the moment a code is read. Shown only on a kiosk with a camera.
// Qt Multimedia's VideoOutput draws the frames; under the software renderer, where it draws nothing,
// SoftwareVideoOutput does. Viewfinder feeds whichever is shown.
Rectangle {
    id: viewfinder
    visible: Viewfinder.available
    implicitWidth: 384
    implicitHeight: 216
    radius: Theme.radius
    color: Theme.text
    clip: true
    // The tick of a read is showing: the screen keeps the viewfinder until it is done.
    readonly property bool ticking: tickAnimation.running
    Accessible.role: Accessible.Animation
    Accessible.name: qsTr("Camera picture. Hold the code inside the frame.")

    Loader {
        id: output
        anchors.fill: parent
        active: Viewfinder.available
        sourceComponent: GraphicsInfo.api === GraphicsInfo.Software ? softwareOutput : videoOutput
        transform: Scale { origin.x: output.width / 2; xScale: -1 }
        onLoaded: Viewfinder.addSink(item.videoSink)
    }
    Component {
        id: videoOutput
        VideoOutput {
            fillMode: VideoOutput.PreserveAspectCrop
            Component.onDestruction: Viewfinder.removeSink(videoSink)
        }
    }
    Component {
        id: softwareOutput
        SoftwareVideoOutput {
            Component.onDestruction: Viewfinder.removeSink(videoSink)
        }
    }

    // Where to hold the code: corner marks around the middle of the picture.
    Canvas {
        id: guide
        objectName: "viewfinderGuide"
        anchors.fill: parent
        anchors.leftMargin: parent.width * Viewfinder.guideMargin
        anchors.rightMargin: parent.width * Viewfinder.guideMargin
        anchors.topMargin: parent.height * Viewfinder.guideMargin
        anchors.bottomMargin: parent.height * Viewfinder.guideMargin
        onWidthChanged: requestPaint()
        onHeightChanged: requestPaint()
        onPaint: {
            const ctx = getContext("2d")
            ctx.reset()
            const arm = Math.min(width, height) / 4, w = 6
            ctx.lineWidth = w
            ctx.strokeStyle = Theme.surface
            ctx.beginPath()
            for (const [x, y, dx, dy] of [[w / 2, w / 2, 1, 1], [width - w / 2, w / 2, -1, 1],
                                          [w / 2, height - w / 2, 1, -1], [width - w / 2, height - w / 2, -1, -1]]) {
                ctx.moveTo(x, y + dy * arm)
                ctx.lineTo(x, y)
                ctx.lineTo(x + dx * arm, y)
            }
            ctx.stroke()
        }
    }

    // The code was read: a tick in the middle, for a moment.
    Rectangle {
        id: tick
        objectName: "viewfinderTick"
        anchors.centerIn: parent
        width: Math.min(parent.width, parent.height) / 2
        height: width
        radius: width / 2
        color: Theme.success
        opacity: 0
        visible: tickAnimation.running
        Text {
            anchors.centerIn: parent
            text: "✓"
            font.pixelSize: parent.height * 0.6
            font.bold: true
            color: Theme.textOnAccent
        }
        SequentialAnimation {
            id: tickAnimation
            NumberAnimation { target: tick; property: "opacity"; to: 1; duration: 80 }
            PauseAnimation { duration: 700 }
            NumberAnimation { target: tick; property: "opacity"; to: 0; duration: 220 }
        }
        Connections {
            target: Viewfinder
            function onCodeRead() { tickAnimation.restart() }
        }
    }

    // The picture is blurred: the shopper holds the code still.
    Rectangle {
        objectName: "holdStillHint"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        implicitHeight: holdStillText.implicitHeight + 16
        visible: Viewfinder.holdStill && Viewfinder.active
        color: Theme.warning
        Text {
            id: holdStillText
            objectName: "holdStillText"
            anchors.fill: parent
            anchors.margins: 8
            text: qsTr("Hold still")
            font.pixelSize: Theme.bodySize
            font.bold: true
            color: Theme.textOnAccent
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            fontSizeMode: Text.Fit
            minimumPixelSize: Theme.smallSize - 4
        }
        Accessible.role: Accessible.AlertMessage
        Accessible.name: holdStillText.text
    }
}
