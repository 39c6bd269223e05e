import QtQuick
import ReturnsKiosk

// An item's picture, from the kiosk's image cache (a local file, loaded off the GUI thread), or a
// neutral pictogram (a parcel) while there is none: no picture ever holds a screen up.
Rectangle {
    id: picture
    property url source
    readonly property bool pictureShown: image.status === Image.Ready

    implicitWidth: 72
    implicitHeight: 72
    radius: 8
    color: Theme.background
    border.color: Theme.mutedText
    border.width: 2
    Accessible.ignored: true

    Image {
        id: image
        objectName: "productImage"
        anchors.fill: parent
        anchors.margins: 4
        source: picture.source
        asynchronous: true
        fillMode: Image.PreserveAspectFit
        sourceSize.width: 128
        sourceSize.height: 128
    }
    Canvas { // the pictogram: a box with its lid line and tape, drawn in the muted text colour
        objectName: "productPictogram"
        anchors.fill: parent
        anchors.margins: 14
        visible: !picture.pictureShown
        onPaint: {
            const ctx = getContext("2d")
            ctx.reset()
            ctx.strokeStyle = Theme.mutedText
            ctx.lineWidth = 3
            ctx.lineJoin = "round"
            const w = width, h = height
            ctx.strokeRect(2, h * 0.3, w - 4, h * 0.68)
            ctx.beginPath()
            ctx.moveTo(2, h * 0.3); ctx.lineTo(w * 0.2, 2); ctx.lineTo(w * 0.8, 2); ctx.lineTo(w - 2, h * 0.3)
            ctx.moveTo(w / 2, 2); ctx.lineTo(w / 2, h * 0.55)
            ctx.stroke()
        }
    }
}
