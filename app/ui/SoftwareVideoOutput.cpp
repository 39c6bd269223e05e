#include "SoftwareVideoOutput.h"

#include <QPainter>
#include <QVideoFrame>

#include <cstring>

namespace kiosk {

namespace {

/// A frame as an image the painter can draw; a Y8 frame copied from its plane.
QImage imageOf(QVideoFrame frame)
{
    if (frame.pixelFormat() != QVideoFrameFormat::Format_Y8)
        return frame.toImage();
    if (!frame.map(QVideoFrame::ReadOnly))
        return {};
    QImage image(frame.width(), frame.height(), QImage::Format_Grayscale8);
    for (int y = 0; y < frame.height(); ++y)
        std::memcpy(
            image.scanLine(y), frame.bits(0) + qsizetype(y) * frame.bytesPerLine(0), size_t(frame.width()));
    frame.unmap();
    return image;
}

} // namespace

SoftwareVideoOutput::SoftwareVideoOutput(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    connect(&m_sink, &QVideoSink::videoFrameChanged, this, &SoftwareVideoOutput::take);
}

void SoftwareVideoOutput::take(const QVideoFrame &frame)
{
    m_image = frame.isValid() ? imageOf(frame) : QImage();
    update();
}

void SoftwareVideoOutput::paint(QPainter *painter)
{
    if (m_image.isNull())
        return;
    // Cover the item, centred: what VideoOutput.PreserveAspectCrop shows.
    const QSizeF covered = QSizeF(m_image.size()).scaled(size(), Qt::KeepAspectRatioByExpanding);
    const QRectF target(QPointF((width() - covered.width()) / 2, (height() - covered.height()) / 2), covered);
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    painter->drawImage(target, m_image);
}

} // namespace kiosk
