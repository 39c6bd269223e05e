// ProductProfileDecoder: EAN-13/UPC-A read digit by digit from a level strip's grey profile, on strips drawn
// from ZXing's own encoder and blurred beyond what its row scanner reads.
#include "camera/ProductProfileDecoder.h"

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>
#include <ZXing/ReadBarcode.h>

#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace kiosk::camera;
using namespace Qt::StringLiterals;

namespace {

constexpr double PerModule
    = 3.2; // strip samples per module, as BarStrips gives a code of about a pixel per module

/// The code's modules from its first bar to its last (ZXing's EAN-13 encoder).
std::vector<bool> modulesOf(const std::string &digits)
{
    const ZXing::BitMatrix code = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::EAN13).encode(digits, 0, 1);
    std::vector<bool> modules;
    for (int x = 0; x < code.width(); ++x)
        modules.push_back(code.get(x, 0));
    const auto first = std::find(modules.begin(), modules.end(), true);
    return std::vector<bool>(first, first + 95);
}

/// A strip of `digits` (ZXing's EAN-13 encoder, quiet zones and all) with the modules in `flip` inverted,
/// blurred by a Gaussian of `blurModules`, with noise; reversed when `upsideDown`.
BarStrip strip(
    const std::string &digits, double blurModules, bool upsideDown = false, std::vector<int> flip = {})
{
    constexpr int Quiet = 20; // modules of quiet zone each side
    std::vector<bool> modules(Quiet);
    const std::vector<bool> code = modulesOf(digits);
    modules.insert(modules.end(), code.begin(), code.end());
    modules.resize(modules.size() + Quiet);
    const int firstBar = Quiet;
    for (const int m : flip)
        modules[size_t(firstBar + m)] = !modules[size_t(firstBar + m)];
    const int width = int(modules.size() * PerModule);
    std::vector<double> sharp(static_cast<size_t>(width));
    for (int x = 0; x < width; ++x)
        sharp[size_t(x)] = modules[size_t(x / PerModule)] ? 50 : 220;
    const double sigma = blurModules * PerModule;
    const int radius = int(std::ceil(3 * sigma));
    BarStrip s;
    s.width = width;
    s.height = 24;
    s.barsFrom = int(firstBar * PerModule);
    s.barsTo = int((firstBar + 95) * PerModule);
    s.pixels.resize(size_t(s.width) * size_t(s.height));
    QRandomGenerator noise(3);
    for (int x = 0; x < width; ++x) {
        double sum = 0;
        double weights = 0;
        for (int k = -radius; k <= radius; ++k) {
            const double w = std::exp(-0.5 * k * k / (sigma * sigma));
            sum += w * sharp[size_t(std::clamp(x + k, 0, width - 1))];
            weights += w;
        }
        for (int y = 0; y < s.height; ++y) {
            const int at = upsideDown ? width - 1 - x : x;
            s.pixels[size_t(y) * size_t(width) + size_t(at)]
                = uint8_t(std::clamp(sum / weights + int(noise.bounded(9)) - 4, 0.0, 255.0));
        }
    }
    if (upsideDown) {
        const int from = s.barsFrom;
        s.barsFrom = width - s.barsTo;
        s.barsTo = width - from;
    }
    return s;
}

bool zxingReads(const BarStrip &s)
{
    const ZXing::ImageView view(s.pixels.data(), s.width, s.height, ZXing::ImageFormat::Lum);
    return ZXing::ReadBarcode(view, ZXing::DecodeHints().setFormats(ZXing::BarcodeFormat::EAN13)).isValid();
}

} // namespace

class TestProductProfileDecoder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsSharpAndBlurredCodes_data()
    {
        QTest::addColumn<QString>("digits");
        QTest::addColumn<double>("blur");
        QTest::addColumn<bool>("upsideDown");
        QTest::newRow("sharp") << u"4006381333931"_s << 0.2 << false;
        QTest::newRow("blurred") << u"5901234123457"_s << 0.7 << false;
        QTest::newRow("UPC-A, blurred, upside down") << u"0036000291452"_s << 0.7 << true;
    }
    void readsSharpAndBlurredCodes()
    {
        QFETCH(QString, digits);
        QFETCH(double, blur);
        QFETCH(bool, upsideDown);
        const auto read = ProductProfileDecoder::read(strip(digits.toStdString(), blur, upsideDown));
        QVERIFY(read);
        QCOMPARE(QString::fromStdString(*read), digits);
    }

    /// Blur where ZXing's row scanner gives up (from about 0.45 modules here) and the profile still names
    /// every digit (to about 0.75).
    void readsWhatZxingCannot()
    {
        const BarStrip s = strip("8712345678906", 0.65);
        QVERIFY(!zxingReads(s));
        const auto read = ProductProfileDecoder::read(s);
        QVERIFY(read);
        QCOMPARE(*read, std::string("8712345678906"));
    }

    /// A code with one digit's bars taken from another code (so the check digit fails) or the centre guard's
    /// bars filled in is not read as anything.
    void refusesDamagedCodes_data()
    {
        QTest::addColumn<QList<int>>("flip"); // modules from the first bar on
        // Where 4006381333931 and 4006381433938 differ within the eighth digit (the right half's first,
        // modules 50..56).
        QList<int> digit;
        const std::vector<bool> a = modulesOf("4006381333931");
        const std::vector<bool> b = modulesOf("4006381433938");
        for (int m = 50; m < 57; ++m)
            if (a[size_t(m)] != b[size_t(m)])
                digit << m;
        QVERIFY(!digit.isEmpty());
        QTest::newRow("the eighth digit another digit") << digit;
        QTest::newRow("the centre guard's bars") << QList<int> { 46, 48 };
    }
    void refusesDamagedCodes()
    {
        QFETCH(QList<int>, flip);
        const auto read = ProductProfileDecoder::read(
            strip("4006381333931", 0.3, false, std::vector<int>(flip.begin(), flip.end())));
        QVERIFY2(!read, read ? read->c_str() : "");
    }

    /// Random bars and a flat strip read nothing.
    void nothingFromNoise()
    {
        BarStrip s;
        s.width = 400;
        s.height = 16;
        s.barsFrom = 40;
        s.barsTo = 360;
        s.pixels.assign(size_t(s.width) * size_t(s.height), 200);
        QVERIFY(!ProductProfileDecoder::read(s));
        QRandomGenerator bars(11);
        for (int trial = 0; trial < 200; ++trial) {
            for (int x = 40, dark = 1; x < 360; dark = !dark) {
                const int run = 3 + int(bars.bounded(10));
                for (int k = x; k < std::min(360, x + run); ++k)
                    for (int y = 0; y < s.height; ++y)
                        s.pixels[size_t(y) * size_t(s.width) + size_t(k)] = dark ? 40 : 220;
                x += run;
            }
            const auto read = ProductProfileDecoder::read(s);
            QVERIFY2(!read, read ? read->c_str() : "");
        }
    }
};

QTEST_GUILESS_MAIN(TestProductProfileDecoder)
#include "tst_productprofiledecoder.moc"
