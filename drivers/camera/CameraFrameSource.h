#pragma once

#include "camera/FrameSource.h"

#include <QCamera>
#include <QMediaCaptureSession>
#include <QVideoSink>

namespace kiosk::camera {

/// The kiosk's camera through Qt Multimedia: QCamera into a QMediaCaptureSession whose QVideoSink hands
/// every frame on. Picks the device by id (the hardware profile's), else the default camera.
class CameraFrameSource : public FrameSource
{
    Q_OBJECT
public:
    explicit CameraFrameSource(const QByteArray &deviceId = {}, QObject *parent = nullptr);

    void start() override;
    void stop() override;
    bool isActive() const override;
    bool isTorchSupported() const override;
    void setTorch(bool on) override;

private:
    QCamera m_camera;
    QMediaCaptureSession m_session;
    QVideoSink m_sink;
};

} // namespace kiosk::camera
