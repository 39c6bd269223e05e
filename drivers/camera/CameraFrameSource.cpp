#include "CameraFrameSource.h"

#include <QCameraDevice>
#include <QMediaDevices>

namespace kiosk::camera {

namespace {
QCameraDevice pickDevice(const QByteArray &id)
{
    for (const QCameraDevice &device : QMediaDevices::videoInputs())
        if (device.id() == id)
            return device;
    return QMediaDevices::defaultVideoInput();
}
} // namespace

CameraFrameSource::CameraFrameSource(const QByteArray &deviceId, QObject *parent)
    : FrameSource(parent)
    , m_camera(pickDevice(deviceId))
{
    m_session.setCamera(&m_camera);
    m_session.setVideoSink(&m_sink);
    connect(&m_sink, &QVideoSink::videoFrameChanged, this, &FrameSource::frameReady);
    connect(&m_camera, &QCamera::activeChanged, this, &FrameSource::activeChanged);
    connect(&m_camera, &QCamera::errorOccurred, this,
        [this](QCamera::Error, const QString &message) { Q_EMIT errorOccurred(message); });
}

void CameraFrameSource::start()
{
    m_camera.start();
}

void CameraFrameSource::stop()
{
    m_camera.stop();
}

bool CameraFrameSource::isActive() const
{
    return m_camera.isActive();
}

bool CameraFrameSource::isTorchSupported() const
{
    return m_camera.isTorchModeSupported(QCamera::TorchOn);
}

void CameraFrameSource::setTorch(bool on)
{
    if (isTorchSupported())
        m_camera.setTorchMode(on ? QCamera::TorchOn : QCamera::TorchOff);
}

} // namespace kiosk::camera
