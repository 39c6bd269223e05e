import QtQuick
import ReturnsKiosk

// Where the code reader is, drawn as the shopper sees the kiosk: the screen, and the reader's window
// below it or beside it (the hardware profile's readerAt) with its light, and an arrow from the screen
// to it. Drawn in the text and accent colours (3:1 or more against the background).
Canvas {
    id: drawing
    property string readerAt: Kiosk.readerAt
    implicitWidth: 132
    implicitHeight: 96
    Accessible.ignored: true // the text beside it says the same
    onReaderAtChanged: requestPaint()

    onPaint: {
        const ctx = getContext("2d")
        ctx.reset()
        const below = readerAt === "below"
        const left = readerAt === "left"
        // The screen: centred, or moved aside to leave room for the reader beside it.
        const sw = below ? 84 : 72, sh = below ? 54 : 66
        const sx = below ? (width - sw) / 2 : (left ? width - sw - 4 : 4)
        const sy = 4
        ctx.lineWidth = 4
        ctx.strokeStyle = Theme.text
        ctx.fillStyle = Theme.surface
        ctx.fillRect(sx, sy, sw, sh)
        ctx.strokeRect(sx, sy, sw, sh)
        // The reader's window, filled with the accent colour, and its light.
        const rw = below ? 48 : 28, rh = below ? 20 : 40
        const rx = below ? (width - rw) / 2 : (left ? 4 : width - rw - 4)
        const ry = below ? height - rh - 4 : sy + (sh - rh) / 2
        ctx.fillStyle = Theme.accent
        ctx.fillRect(rx, ry, rw, rh)
        ctx.strokeRect(rx, ry, rw, rh)
        ctx.fillStyle = Theme.problem
        ctx.beginPath()
        ctx.arc(rx + rw / 2, ry + rh / 2, 5, 0, 2 * Math.PI)
        ctx.fill()
        // The arrow from the screen to the reader.
        ctx.strokeStyle = Theme.accent
        ctx.fillStyle = Theme.accent
        ctx.lineWidth = 4
        ctx.beginPath()
        let x0, y0, x1, y1
        if (below) { x0 = width / 2; y0 = sy + sh / 2; x1 = width / 2; y1 = ry - 6 }
        else if (left) { x0 = sx + sw / 2; y0 = sy + sh / 2; x1 = rx + rw + 6; y1 = y0 }
        else { x0 = sx + sw / 2; y0 = sy + sh / 2; x1 = rx - 6; y1 = y0 }
        ctx.moveTo(x0, y0); ctx.lineTo(x1, y1); ctx.stroke()
        const angle = Math.atan2(y1 - y0, x1 - x0)
        ctx.beginPath()
        ctx.moveTo(x1, y1)
        ctx.lineTo(x1 - 12 * Math.cos(angle - 0.5), y1 - 12 * Math.sin(angle - 0.5))
        ctx.lineTo(x1 - 12 * Math.cos(angle + 0.5), y1 - 12 * Math.sin(angle + 0.5))
        ctx.closePath()
        ctx.fill()
    }
}
