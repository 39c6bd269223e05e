#pragma once

#include <QObject>
#include <QVideoFrame>

namespace kiosk::camera {

/// Where frames come from: a real camera or a folder of images. Both feed the same FrameDecoder.
class FrameSource : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool active READ isActive NOTIFY activeChanged)
    Q_PROPERTY(bool torchSupported READ isTorchSupported CONSTANT)
public:
    using QObject::QObject;

    virtual void start() = 0;
    virtual void stop() = 0;
    virtual bool isActive() const = 0;
    virtual bool isTorchSupported() const { return false; }
    /// Lights the code on a receipt in a dim corner; a no-op where there is no torch.
    virtual void setTorch(bool on) { Q_UNUSED(on) }

Q_SIGNALS:
    void frameReady(const QVideoFrame &frame);
    void activeChanged(bool active);
    /// Human-readable, for the maintenance screen and the journal's fault log.
    void errorOccurred(const QString &message);
};

} // namespace kiosk::camera
