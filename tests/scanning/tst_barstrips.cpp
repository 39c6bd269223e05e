// BarStrips: patches of parallel bars found and resampled level, on drawn frames whose answer is known.
#include "DrawnStrips.h"
#include "camera/BarStrips.h"
#include "camera/Code128ProfileDecoder.h"
#include "camera/ProductProfileDecoder.h"

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>
#include <ZXing/ReadBarcode.h>

#include <QPainter>
#include <QRandomGenerator>
#include <QTest>

using namespace kiosk::camera;
using namespace Qt::StringLiterals;

namespace {

constexpr int Width = 640;
constexpr int Height = 400;

/// A grey frame with sensor noise and, when `text` is given, its Code 128 drawn `modulePx` wide per module,
/// 60 px tall, turned by `degrees` about the frame's centre plus `offset`, its bars leaning by `lean` (pixels
/// across per pixel down: a label sheared by perspective), in grey `ink` on a card of grey `paper`.
QImage frame(const QString &text, double modulePx, double degrees, QPointF offset = {}, double lean = 0,
    int ink = 40, int paper = 230)
{
    QImage image(Width, Height, QImage::Format_Grayscale8);
    image.fill(140);
    if (!text.isEmpty()) {
        ZXing::MultiFormatWriter writer(ZXing::BarcodeFormat::Code128);
        const ZXing::BitMatrix bars = writer.encode(text.toStdString(), 0, 1);
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.translate(QPointF(Width / 2.0, Height / 2.0) + offset);
        p.rotate(degrees);
        p.shear(lean, 0);
        const double width = bars.width() * modulePx;
        p.fillRect(QRectF(-width / 2 - 30, -45, width + 60, 90), QColor(paper, paper, paper));
        for (int x = 0; x < bars.width(); ++x)
            if (bars.get(x, 0))
                p.fillRect(QRectF(-width / 2 + x * modulePx, -30, modulePx, 60), QColor(ink, ink, ink));
    }
    QRandomGenerator noise(7);
    for (int y = 0; y < Height; ++y) {
        uchar *row = image.scanLine(y);
        for (int x = 0; x < Width; ++x)
            row[x] = uchar(std::clamp(int(row[x]) + int(noise.bounded(13)) - 6, 0, 255));
    }
    return image;
}

std::vector<BarStrip> strips(const QImage &image, int maxStrips = 3)
{
    std::vector<uint8_t> pixels(size_t(image.width()) * size_t(image.height()));
    for (int y = 0; y < image.height(); ++y)
        std::copy_n(image.constScanLine(y), image.width(), pixels.data() + size_t(y) * size_t(image.width()));
    return BarStrips::find(pixels.data(), image.width(), image.height(), maxStrips);
}

/// Plain ZXing on a strip, level rows only (no rotation): what the kiosk's pass asks of it.
QString levelRead(const BarStrip &strip)
{
    const ZXing::ImageView view(strip.pixels.data(), strip.width, strip.height, ZXing::ImageFormat::Lum);
    const auto result = ZXing::ReadBarcode(view,
        ZXing::DecodeHints()
            .setFormats(ZXing::BarcodeFormat::Code128)
            .setTryRotate(false)
            .setTryHarder(true));
    return result.isValid() ? QString::fromStdString(result.text()) : QString();
}

} // namespace

class TestBarStrips : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    /// Noise and a flat surface have no bars: nothing to resample.
    void nothingOnAPlainFrame() { QCOMPARE(strips(frame({}, 0, 0)).size(), size_t(0)); }

    /// A code at any tilt comes out level: its strip reads with rotation off, and the strip's corners map
    /// back to around the code in the frame.
    void tiltedCodeComesOutLevel_data()
    {
        QTest::addColumn<double>("degrees");
        QTest::addColumn<double>("modulePx");
        QTest::newRow("level") << 0.0 << 2.0;
        QTest::newRow("25 degrees") << 25.0 << 2.0;
        QTest::newRow("-50 degrees") << -50.0 << 2.0;
        QTest::newRow("upright") << 90.0 << 2.0;
        QTest::newRow("upside down, 1.5 px modules") << 170.0 << 1.5;
    }
    void tiltedCodeComesOutLevel()
    {
        QFETCH(double, degrees);
        QFETCH(double, modulePx);
        const QPointF offset(60, -30); // off the centre, where ZXing's own scan lines look first
        const auto found = strips(frame(u"RK-1000123"_s, modulePx, degrees, offset));
        QVERIFY(!found.empty());
        QCOMPARE(levelRead(found.front()), u"RK-1000123"_s);
        const BarStrip &strip = found.front();
        const QPointF centre = strip.toSource.map(QPointF(strip.width / 2.0, strip.height / 2.0));
        const QPointF expected = QPointF(Width / 2.0, Height / 2.0) + offset;
        QVERIFY2(QLineF(centre, expected).length() < 20,
            qPrintable(u"strip centre at %1,%2"_s.arg(centre.x()).arg(centre.y())));
    }

    /// The deblurred, thresholded strip of a plain code still reads: thresholding against each sample's
    /// neighbourhood keeps the quiet zones light and every bar and space.
    void binarisedStripStillReads()
    {
        const auto found = strips(frame(u"RK-4256541"_s, 1.6, 12));
        QVERIFY(!found.empty());
        const BarStrip binary = BarStrips::binarised(found.front());
        QVERIFY(std::all_of(
            binary.pixels.begin(), binary.pixels.end(), [](uint8_t v) { return v == 0 || v == 255; }));
        QCOMPARE(levelRead(binary), u"RK-4256541"_s);
    }

    /// Blur leaves the cells over a code's widest bars and spaces without gradient, which splits its bars
    /// into two patches side by side: they come out as one strip across the whole code, and the card's edges
    /// beside it stay out.
    void codeSplitAcrossItsBarsIsOneStrip()
    {
        constexpr double ModulePx = 2.0;
        QImage image = frame(u"RK-1000123"_s, ModulePx, 0);
        const int codeWidth
            = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::Code128).encode("RK-1000123", 0, 1).width()
            * int(ModulePx);
        QPainter(&image).fillRect(QRect(Width / 2 - 8, 0, 16, Height), QColor(140, 140, 140));
        const auto found = strips(image);
        QVERIFY(!found.empty());
        const BarStrip &strip = found.front();
        const double from = strip.toSource.map(QPointF(strip.barsFrom, strip.height / 2.0)).x();
        const double to = strip.toSource.map(QPointF(strip.barsTo, strip.height / 2.0)).x();
        QVERIFY2(
            std::abs(from - (Width - codeWidth) / 2.0) < 16 && std::abs(to - (Width + codeWidth) / 2.0) < 16,
            qPrintable(u"bars from %1 to %2, the code from %3 to %4"_s.arg(from)
                           .arg(to)
                           .arg((Width - codeWidth) / 2.0)
                           .arg((Width + codeWidth) / 2.0)));
    }

    /// Perspective shears a label: its bars lean against the line through their middles. Rows square to the
    /// bars would run off them part way along (here a 60 px tall code drifts by about 90 px over its length);
    /// the strip's rows follow the code's centre line, so each row in the middle half (the rows the profile
    /// decoders average) crosses every bar and reads alone.
    void shearedCodeRowsStayOnTheBars()
    {
        const auto found = strips(frame(u"RK-1000123"_s, 2.0, 10, {}, 0.4));
        QVERIFY(!found.empty());
        const BarStrip &strip = found.front();
        for (int y = strip.height / 4; y < 3 * strip.height / 4; ++y) {
            BarStrip row = strip;
            row.height = 8;
            row.pixels.clear();
            for (int copy = 0; copy < row.height; ++copy)
                row.pixels.insert(row.pixels.end(), strip.pixels.begin() + y * strip.width,
                    strip.pixels.begin() + (y + 1) * strip.width);
            QVERIFY2(
                levelRead(row) == u"RK-1000123"_s, qPrintable(u"row %1 of %2"_s.arg(y).arg(strip.height)));
        }
    }

    /// A faded print in dim light: bars 23 grey levels darker than their paper, whose gradient over a cell is
    /// not much above the sensor noise's (at the usual floor alone this code made no strip from 18 to 24
    /// levels). When nothing in the frame makes a strip at that floor, the fainter cells are taken; the bars'
    /// one direction still tells them from the noise, which stays out.
    void faintCodeStillMakesAStrip()
    {
        const QImage faint = frame(u"RK-1000123"_s, 2.0, 20, {}, 0, 127, 150);
        const auto found = strips(faint);
        QVERIFY(!found.empty());
        QCOMPARE(levelRead(BarStrips::binarised(found.front())), u"RK-1000123"_s);
        QCOMPARE(strips(frame({}, 0, 0, {}, 0, 127, 150)).size(), size_t(0));
    }

    /// A code moved across its bars while the shutter was open: the smear, longer than a module, leaves too
    /// little of the narrow bars for the profile decoders. Undone at the smear's length, or a sample shorter
    /// (the UnsmearedBars passes try the lengths next to the one each guesses), they read it again.
    void smearUndoneReadsAgain_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("smear");
        QTest::newRow("EAN-13, 3 modules") << int(ZXing::BarcodeFormat::EAN13) << u"4006381333931"_s << 10;
        QTest::newRow("Code 128, a module and a quarter")
            << int(ZXing::BarcodeFormat::Code128) << u"RK-4565851"_s << 4;
    }
    void smearUndoneReadsAgain()
    {
        QFETCH(int, format);
        QFETCH(QString, text);
        QFETCH(int, smear);
        const bool product = format == int(ZXing::BarcodeFormat::EAN13);
        const auto read = [&](const BarStrip &s) {
            return product ? ProductProfileDecoder::read(s) : Code128ProfileDecoder::read(s);
        };
        const BarStrip seen = test::smeared(
            test::drawnStrip(test::encodedModules(ZXing::BarcodeFormat(format), text.toStdString()), 0.5),
            smear);
        QVERIFY(!read(seen));
        for (const int length : { smear - 1, smear }) {
            const auto undone = read(BarStrips::unsmeared(seen, length));
            QVERIFY2(undone, qPrintable(u"nothing read undone at %1 samples"_s.arg(length)));
            QCOMPARE(QString::fromStdString(*undone), text);
        }
    }

    /// The strongest patch first, and no more strips than asked for.
    void atMostTheStripsAskedFor()
    {
        QImage image = frame(u"RK-1000123"_s, 2.0, 0);
        QCOMPARE(strips(image, 1).size(), size_t(1));
        QCOMPARE(strips(image, 0).size(), size_t(0));
    }
};

QTEST_GUILESS_MAIN(TestBarStrips)
#include "tst_barstrips.moc"
