#include "FolderFrameSource.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QImage>
#include <QVideoFrameFormat>

#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace kiosk::camera {

FolderFrameSource::FolderFrameSource(const QStringList &paths, int framesPerSecond, QObject *parent)
    : FrameSource(parent)
{
    for (const QString &path : paths) {
        if (!QFileInfo(path).isDir()) {
            m_files.append(path);
            continue;
        }
        QStringList found;
        QDirIterator it(
            path, { u"*.png"_s, u"*.jpg"_s, u"*.jpeg"_s }, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            found.append(it.next());
        found.sort();
        m_files.append(found);
    }
    m_timer.setInterval(1000 / qMax(1, framesPerSecond));
    connect(&m_timer, &QTimer::timeout, this, &FolderFrameSource::next);
}

QVideoFrame FolderFrameSource::loadFrame(const QString &path)
{
    return frameFromGrey(QImage(path).convertToFormat(QImage::Format_Grayscale8));
}

QVideoFrame FolderFrameSource::frameFromGrey(const QImage &image)
{
    if (image.isNull())
        return {};
    QVideoFrame frame(QVideoFrameFormat(image.size(), QVideoFrameFormat::Format_Y8));
    if (!frame.map(QVideoFrame::WriteOnly))
        return {};
    for (int y = 0; y < image.height(); ++y)
        std::memcpy(frame.bits(0) + qsizetype(y) * frame.bytesPerLine(0), image.constScanLine(y),
            size_t(image.width()));
    frame.unmap();
    return frame;
}

void FolderFrameSource::start()
{
    if (m_files.isEmpty()) {
        Q_EMIT errorOccurred(u"no images to play"_s);
        return;
    }
    m_index = 0;
    m_timer.start();
    Q_EMIT activeChanged(true);
}

void FolderFrameSource::stop()
{
    if (!m_timer.isActive())
        return;
    m_timer.stop();
    Q_EMIT activeChanged(false);
}

void FolderFrameSource::next()
{
    if (m_index >= m_files.size()) {
        if (!m_loop) {
            stop();
            return;
        }
        m_index = 0;
    }
    const QString path = m_files.at(m_index++);
    const QVideoFrame frame = loadFrame(path);
    if (frame.isValid())
        Q_EMIT frameReady(frame);
    else
        Q_EMIT errorOccurred(u"cannot read image "_s + path);
}

} // namespace kiosk::camera
