#include "camera/FrameSharpness.h"
#include "camera/HoldStillHint.h"

#include <QImage>
#include <QRandomGenerator>
#include <QTest>

#include <vector>

using namespace kiosk::camera;

namespace {

/// A 1280x720 camera frame: a light label with bars of random widths (2 to 8 pixels) in the middle, the
/// rest a mid-grey counter with sensor noise of +-3 levels.
QImage labelFrame(int ink = 30, int paper = 220)
{
    QImage frame(1280, 720, QImage::Format_Grayscale8);
    QRandomGenerator random(19);
    for (int y = 0; y < frame.height(); ++y) {
        uchar *row = frame.scanLine(y);
        for (int x = 0; x < frame.width(); ++x)
            row[x] = uchar(120 + random.bounded(-3, 4));
    }
    std::vector<bool> bars;
    while (bars.size() < 600) {
        const bool dark = bars.size() % 2 == 0;
        bars.insert(bars.end(), size_t(random.bounded(2, 9)), dark);
    }
    for (int y = 260; y < 460; ++y)
        for (int x = 340; x < 940; ++x)
            frame.scanLine(y)[x] = uchar(bars[size_t(x - 340)] ? ink : paper);
    return frame;
}

/// Horizontal and vertical box-blur passes of the given radius: three are about a Gaussian of sigma
/// radius * 1.4, as a moving hand or a lens out of focus smears the frame; one of radius 1 (sigma 0.8) is
/// about a camera's own softness.
QImage blurred(QImage image, int radius, int passes = 3)
{
    for (int pass = 0; pass < passes; ++pass) {
        for (int direction = 0; direction < 2; ++direction) {
            const QImage source = image.copy();
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    int sum = 0;
                    int count = 0;
                    for (int d = -radius; d <= radius; ++d) {
                        const int sx = direction == 0 ? x + d : x;
                        const int sy = direction == 0 ? y : y + d;
                        if (sx < 0 || sy < 0 || sx >= image.width() || sy >= image.height())
                            continue;
                        sum += source.constScanLine(sy)[sx];
                        ++count;
                    }
                    image.scanLine(y)[x] = uchar(sum / count);
                }
            }
        }
    }
    return image;
}

FrameSharpness::Measurement measure(const QImage &grey)
{
    return FrameSharpness::measure(
        { grey.constBits(), grey.width(), grey.height(), int(grey.bytesPerLine()), 1 });
}

} // namespace

/// The sharpness measure tells a steady code from a smeared one whatever its contrast, says nothing about
/// a frame with nothing in view, reads packed YUYV like a Y plane; the hint built on it waits for a run
/// of frames before it shows or goes.
class TestFrameSharpness : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sharpLabelIsNotBlurred()
    {
        const FrameSharpness::Measurement m = measure(labelFrame());
        QVERIFY2(m.sharpness > FrameSharpness::BlurredBelow * 1.5, qPrintable(QString::number(m.sharpness)));
        QVERIFY(m.edgeShare >= FrameSharpness::MinEdgeShare);
        QVERIFY(!m.blurred());
    }

    void smearedLabelIsBlurred()
    {
        const QImage sharp = labelFrame();
        const FrameSharpness::Measurement slight = measure(blurred(sharp, 1, 1));
        const FrameSharpness::Measurement smeared = measure(blurred(sharp, 3));
        QVERIFY2(!slight.blurred(), qPrintable(QString::number(slight.sharpness)));
        QVERIFY2(smeared.blurred(), qPrintable(QString::number(smeared.sharpness)));
        QVERIFY(smeared.sharpness < slight.sharpness);
    }

    void contrastDoesNotMatter()
    {
        const double strong = measure(labelFrame(30, 220)).sharpness;
        const double faded = measure(labelFrame(110, 170)).sharpness; // a faded thermal print
        QVERIFY2(qAbs(strong - faded) < 0.15 * strong,
            qPrintable(QStringLiteral("%1 against %2").arg(strong).arg(faded)));
    }

    void emptyFrameIsNotBlurred()
    {
        QImage wall = labelFrame();
        for (int y = 260; y < 460; ++y)
            std::fill_n(wall.scanLine(y) + 340, 600, uchar(120));
        const FrameSharpness::Measurement m = measure(blurred(wall, 3));
        QVERIFY2(m.edgeShare < FrameSharpness::MinEdgeShare, qPrintable(QString::number(m.edgeShare)));
        QVERIFY(!m.blurred());
        QVERIFY(!FrameSharpness::measure({}).blurred());
    }

    void packedYuyvReadsTheLuma()
    {
        const QImage grey = blurred(labelFrame(), 2);
        std::vector<uchar> yuyv(size_t(grey.width()) * 2 * size_t(grey.height()));
        for (int y = 0; y < grey.height(); ++y)
            for (int x = 0; x < grey.width(); ++x) {
                yuyv[(size_t(y) * size_t(grey.width()) + size_t(x)) * 2] = grey.constScanLine(y)[x];
                yuyv[(size_t(y) * size_t(grey.width()) + size_t(x)) * 2 + 1] = uchar(x % 2 ? 90 : 160);
            }
        const FrameSharpness::Measurement packed
            = FrameSharpness::measure({ yuyv.data(), grey.width(), grey.height(), grey.width() * 2, 2 });
        const FrameSharpness::Measurement plane = measure(grey);
        QCOMPARE(packed.sharpness, plane.sharpness);
        QCOMPARE(packed.edgeShare, plane.edgeShare);
    }

    void hintShowsAfterARunOfBlurredFrames()
    {
        HoldStillHint hint;
        for (int i = 1; i < HoldStillHint::BlurredToShow; ++i)
            QVERIFY(!hint.observe(true));
        QVERIFY(!hint.observe(false)); // one sharp frame: the run starts again
        for (int i = 1; i < HoldStillHint::BlurredToShow; ++i)
            QVERIFY(!hint.observe(true));
        QVERIFY(!hint.shown());
        QVERIFY(hint.observe(true));
        QVERIFY(hint.shown());
        QVERIFY(!hint.observe(true));
    }

    void hintGoesAfterARunOfSharpFrames()
    {
        HoldStillHint hint;
        for (int i = 0; i < HoldStillHint::BlurredToShow; ++i)
            hint.observe(true);
        QVERIFY(hint.shown());
        for (int i = 1; i < HoldStillHint::SharpToHide; ++i)
            QVERIFY(!hint.observe(false));
        QVERIFY(!hint.observe(true)); // blurred again: still shown, and the sharp run starts again
        for (int i = 1; i < HoldStillHint::SharpToHide; ++i)
            QVERIFY(!hint.observe(false));
        QVERIFY(hint.shown());
        QVERIFY(hint.observe(false));
        QVERIFY(!hint.shown());
    }

    void resetHidesAndForgets()
    {
        HoldStillHint hint;
        for (int i = 0; i < HoldStillHint::BlurredToShow; ++i)
            hint.observe(true);
        hint.reset();
        QVERIFY(!hint.shown());
        for (int i = 1; i < HoldStillHint::BlurredToShow; ++i)
            QVERIFY(!hint.observe(true));
        QVERIFY(hint.observe(true));
    }
};

QTEST_GUILESS_MAIN(TestFrameSharpness)
#include "tst_framesharpness.moc"
