#pragma once

#include "camera/FrameSource.h"

#include <QImage>
#include <QStringList>
#include <QTimer>

namespace kiosk::camera {

/// Plays image files as camera frames at a fixed rate (looping if asked), so the demo and the tests run the
/// camera pipeline without a camera. Frames are 8-bit luminance (Format_Y8), like a camera's Y plane.
class FolderFrameSource : public FrameSource
{
    Q_OBJECT
public:
    /// paths: image files or folders (searched recursively for png/jpg, sorted).
    explicit FolderFrameSource(const QStringList &paths, int framesPerSecond = 30, QObject *parent = nullptr);

    void setLoop(bool loop) { m_loop = loop; }
    int frameCount() const { return int(m_files.size()); }

    void start() override;
    void stop() override;
    bool isActive() const override { return m_timer.isActive(); }

    /// An image as a Y8 video frame; invalid frame if the file cannot be read.
    static QVideoFrame loadFrame(const QString &path);
    /// A Grayscale8 image as a Y8 video frame; invalid frame if it cannot be made.
    static QVideoFrame frameFromGrey(const QImage &grey);

private:
    void next();

    QStringList m_files;
    QTimer m_timer;
    int m_index = 0;
    bool m_loop = false;
};

} // namespace kiosk::camera
