#pragma once

#include "camera/HoldStillHint.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVideoFrame>
#include <QVideoSink>

namespace kiosk {

namespace camera {
class FrameDecoder;
class FrameSource;
} // namespace camera

/// What the on-screen viewfinder shows of the camera: pushes every frame of the kiosk's frame source to
/// the video sinks of the outputs on screen (Qt Multimedia's VideoOutput, or SoftwareVideoOutput under the
/// software renderer), says when to hold still (HoldStillHint on the decoder's sharpness measurements) and
/// when a code was read. Built by KioskApplication; reaches QML as the `Viewfinder` singleton, with
/// `available` false on a kiosk without a camera.
class Viewfinder : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Viewfinder)
    QML_SINGLETON
    /// The kiosk reads codes with a camera: the screens that want a code show the viewfinder.
    Q_PROPERTY(bool available READ available CONSTANT)
    /// The camera is running: a code is wanted now.
    Q_PROPERTY(bool active READ active NOTIFY activeChanged)
    /// The frames are blurred: the shopper's hand or code is moving.
    Q_PROPERTY(bool holdStill READ holdStill NOTIFY holdStillChanged)
    /// The share of the frame's width and height left out on each side by the guide where the code goes.
    Q_PROPERTY(double guideMargin READ guideMargin CONSTANT)

public:
    /// source: null on a kiosk without a camera.
    Viewfinder(camera::FrameSource *source, camera::FrameDecoder &decoder, QObject *parent = nullptr);

    bool available() const { return m_source != nullptr; }
    bool active() const;
    bool holdStill() const { return m_hint.shown(); }
    static double guideMargin();

    /// An output on screen: it gets the last frame at once, then every frame until removed or destroyed.
    Q_INVOKABLE void addSink(QVideoSink *sink);
    Q_INVOKABLE void removeSink(QVideoSink *sink);

    static Viewfinder *create(QQmlEngine *, QJSEngine *)
    {
        Q_ASSERT(s_instance);
        QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
        return s_instance;
    }
    static inline Viewfinder *s_instance = nullptr;

Q_SIGNALS:
    void activeChanged();
    void holdStillChanged();
    /// The camera read a code (the good-read tick), before the screen acts on it.
    void codeRead();

private:
    void show(const QVideoFrame &frame);

    camera::FrameSource *m_source;
    camera::HoldStillHint m_hint;
    QList<QPointer<QVideoSink>> m_sinks;
    QVideoFrame m_lastFrame;
};

} // namespace kiosk
