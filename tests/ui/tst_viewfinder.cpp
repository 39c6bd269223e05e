#include "Viewfinder.h"
#include "camera/FolderFrameSource.h"
#include "camera/FrameDecoder.h"

#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace kiosk;
using namespace kiosk::camera;

namespace {

/// A QR code on a light card in the middle of a 1280x720 frame, drawn as squares; blurred: the same
/// averaged down 12 times and back up (a hand moving it).
QImage cardFrame(bool blurred)
{
    QImage frame(1280, 720, QImage::Format_RGB32);
    frame.fill(QColor(110, 110, 110));
    QPainter painter(&frame);
    painter.fillRect(QRect(440, 160, 400, 400), Qt::white);
    for (int y = 0; y < 25; ++y)
        for (int x = 0; x < 25; ++x)
            if ((x * 7 + y * 13 + x * y) % 3 == 0)
                painter.fillRect(QRect(465 + x * 14, 185 + y * 14, 14, 14), Qt::black);
    painter.end();
    const QImage grey = frame.convertToFormat(QImage::Format_Grayscale8);
    if (!blurred)
        return grey;
    return grey.scaled(grey.size() / 12, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
        .scaled(grey.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

} // namespace

/// The viewfinder's object: frames from the camera to every output on screen (the last one at once to a
/// new output), the hold-still hint from the decoder's measurements while the camera runs, the tick on a
/// read, and nothing at all on a kiosk without a camera.
class TestViewfinder : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString save(const QString &name, const QImage &image)
    {
        const QString path = m_dir.filePath(name);
        return image.save(path) ? path : QString();
    }

private Q_SLOTS:
    void pushesFramesToEveryOutput()
    {
        FolderFrameSource source({ save(u"card.png"_s, cardFrame(false)) }, 60);
        source.setLoop(true);
        FrameDecoder decoder;
        Viewfinder viewfinder(&source, decoder);
        QVERIFY(viewfinder.available());
        QSignalSpy active(&viewfinder, &Viewfinder::activeChanged);
        QVideoSink first;
        viewfinder.addSink(&first);
        source.start();
        QCOMPARE(active.size(), 1);
        QVERIFY(viewfinder.active());
        QTRY_VERIFY(first.videoFrame().isValid());
        QCOMPARE(first.videoFrame().size(), QSize(1280, 720));
        QVideoSink second; // a screen that shows up later gets the picture at once
        viewfinder.addSink(&second);
        QVERIFY(second.videoFrame().isValid());
        {
            QVideoSink gone;
            viewfinder.addSink(&gone);
        } // destroyed with its screen: forgotten, nothing crashes
        QSignalSpy frames(&first, &QVideoSink::videoFrameChanged);
        QTRY_VERIFY(frames.size() >= 2);
        viewfinder.removeSink(&second);
        source.stop();
        QVERIFY(!viewfinder.active());
    }

    void holdStillWhileBlurred()
    {
        FolderFrameSource source({ save(u"blurred.png"_s, cardFrame(true)) }, 30);
        source.setLoop(true);
        FrameDecoder decoder;
        connect(
            &source, &FrameSource::frameReady, &decoder, [&](const QVideoFrame &f) { decoder.submit(f); });
        Viewfinder viewfinder(&source, decoder);
        QSignalSpy hint(&viewfinder, &Viewfinder::holdStillChanged);
        QSignalSpy measured(&decoder, &FrameDecoder::frameMeasured);
        source.start();
        QTRY_VERIFY_WITH_TIMEOUT(viewfinder.holdStill(), 10000);
        QCOMPARE(hint.size(), 1);
        QVERIFY(measured.size() >= HoldStillHint::BlurredToShow); // not before that many blurred frames
        source.stop(); // the screen changed: the hint goes with the picture
        QVERIFY(!viewfinder.holdStill());
        QCOMPARE(hint.size(), 2);
    }

    void sharpFramesNeverAskToHoldStill()
    {
        FolderFrameSource source({ save(u"card.png"_s, cardFrame(false)) }, 30);
        source.setLoop(true);
        FrameDecoder decoder;
        connect(
            &source, &FrameSource::frameReady, &decoder, [&](const QVideoFrame &f) { decoder.submit(f); });
        Viewfinder viewfinder(&source, decoder);
        QSignalSpy measured(&decoder, &FrameDecoder::frameMeasured);
        source.start();
        QTRY_VERIFY_WITH_TIMEOUT(measured.size() >= 2 * HoldStillHint::BlurredToShow, 10000);
        QVERIFY(!viewfinder.holdStill());
        source.stop();
    }

    /// An order number's Code 128 (made with zint) in front of the camera: one tick, while it runs.
    void tickOnARead()
    {
        const QString code = m_dir.filePath(u"order.png"_s);
        QProcess zint;
        zint.start(u"zint"_s, { u"-b"_s, u"20"_s, u"--scale=3"_s, u"-o"_s, code, u"-d"_s, u"RK-100001"_s });
        QVERIFY(zint.waitForFinished(10000));
        QCOMPARE(zint.exitCode(), 0);
        FolderFrameSource source({ code }, 30);
        source.setLoop(true);
        FrameDecoder decoder;
        connect(
            &source, &FrameSource::frameReady, &decoder, [&](const QVideoFrame &f) { decoder.submit(f); });
        Viewfinder viewfinder(&source, decoder);
        QSignalSpy ticks(&viewfinder, &Viewfinder::codeRead);
        QSignalSpy reads(&decoder, &FrameDecoder::decoded);
        source.start();
        QTRY_COMPARE_WITH_TIMEOUT(reads.size(), 1, 10000);
        QCOMPARE(ticks.size(), 1);
        QCOMPARE(reads.at(0).at(0).value<DecodedBarcode>().text, u"RK-100001"_s);
        source.stop();
    }

    void nothingWithoutACamera()
    {
        FrameDecoder decoder;
        Viewfinder viewfinder(nullptr, decoder);
        QVERIFY(!viewfinder.available());
        QVERIFY(!viewfinder.active());
        QVideoSink sink;
        viewfinder.addSink(&sink);
        QVERIFY(!sink.videoFrame().isValid());
    }
};

QTEST_MAIN(TestViewfinder)
#include "tst_viewfinder.moc"
