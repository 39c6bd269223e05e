#include "Viewfinder.h"

#include "camera/FrameDecoder.h"
#include "camera/FrameSharpness.h"
#include "camera/FrameSource.h"

namespace kiosk {

Viewfinder::Viewfinder(camera::FrameSource *source, camera::FrameDecoder &decoder, QObject *parent)
    : QObject(parent)
    , m_source(source)
{
    if (!m_source)
        return;
    connect(m_source, &camera::FrameSource::frameReady, this, &Viewfinder::show);
    connect(m_source, &camera::FrameSource::activeChanged, this, [this](bool active) {
        if (!active) { // the next screen that wants a code starts from a clear picture, unhinted
            m_lastFrame = {};
            const bool wasShown = m_hint.shown();
            m_hint.reset();
            if (wasShown)
                Q_EMIT holdStillChanged();
        }
        Q_EMIT activeChanged();
    });
    connect(&decoder, &camera::FrameDecoder::frameMeasured, this,
        [this](const camera::FrameSharpness::Measurement &measurement) {
            if (active() && m_hint.observe(measurement.blurred()))
                Q_EMIT holdStillChanged();
        });
    connect(&decoder, &camera::FrameDecoder::decoded, this, &Viewfinder::codeRead);
}

bool Viewfinder::active() const
{
    return m_source && m_source->isActive();
}

double Viewfinder::guideMargin()
{
    return camera::FrameSharpness::GuideMargin;
}

void Viewfinder::addSink(QVideoSink *sink)
{
    if (!sink || m_sinks.contains(sink))
        return;
    m_sinks.append(sink);
    if (m_lastFrame.isValid())
        sink->setVideoFrame(m_lastFrame);
}

void Viewfinder::removeSink(QVideoSink *sink)
{
    m_sinks.removeAll(sink);
}

void Viewfinder::show(const QVideoFrame &frame)
{
    m_lastFrame = frame;
    m_sinks.removeAll(nullptr); // outputs destroyed with their screen
    for (QVideoSink *sink : std::as_const(m_sinks))
        sink->setVideoFrame(frame);
}

} // namespace kiosk
