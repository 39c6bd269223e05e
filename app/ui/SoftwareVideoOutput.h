#pragma once

#include <QImage>
#include <QQuickPaintedItem>
#include <QVideoSink>

namespace kiosk {

/// The camera's picture under Qt Quick's software renderer (offscreen tests and screenshots, kiosks
/// without a GPU), where Qt Multimedia's VideoOutput draws nothing: a painted item with its own video
/// sink, like VideoOutput's, that draws the latest frame scaled to cover the item (cropping the rest).
/// Y8 frames (the folder source's, a camera's grey mode) are drawn straight from their plane.
class SoftwareVideoOutput : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QVideoSink *videoSink READ videoSink CONSTANT)

public:
    explicit SoftwareVideoOutput(QQuickItem *parent = nullptr);

    QVideoSink *videoSink() { return &m_sink; }
    void paint(QPainter *painter) override;

private:
    void take(const QVideoFrame &frame);

    QVideoSink m_sink;
    QImage m_image;
};

} // namespace kiosk
