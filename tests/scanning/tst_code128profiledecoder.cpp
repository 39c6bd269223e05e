// Code128ProfileDecoder: Code 128 read symbol by symbol from a level strip's grey profile, on strips drawn
// from ZXing's own encoder (every code set, switches and shifts) and blurred beyond its row scanner.
#include "camera/Code128ProfileDecoder.h"

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>
#include <ZXing/ReadBarcode.h>

#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace kiosk::camera;
using namespace Qt::StringLiterals;

namespace {

constexpr double PerModule = 3.0; // strip samples per module
constexpr int Quiet = 12; // modules of quiet zone each side

/// A strip of `text` as ZXing encodes it, blurred by a Gaussian of `blurModules`, with noise; reversed when
/// `upsideDown`.
BarStrip strip(const std::string &text, double blurModules, bool upsideDown = false)
{
    const ZXing::BitMatrix code = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::Code128).encode(text, 0, 1);
    std::vector<bool> modules(Quiet);
    int first = -1;
    int last = 0;
    for (int x = 0; x < code.width(); ++x)
        if (code.get(x, 0))
            last = x, first = first < 0 ? x : first;
    for (int x = first; x <= last; ++x)
        modules.push_back(code.get(x, 0));
    const int codeModules = last - first + 1;
    modules.resize(modules.size() + Quiet);
    const int width = int(double(modules.size()) * PerModule);
    const double sigma = blurModules * PerModule;
    const int radius = int(std::ceil(3 * sigma));
    BarStrip s;
    s.width = width;
    s.height = 20;
    s.barsFrom = int(Quiet * PerModule);
    s.barsTo = int((Quiet + codeModules) * PerModule);
    s.pixels.resize(size_t(s.width) * size_t(s.height));
    QRandomGenerator noise(5);
    for (int x = 0; x < width; ++x) {
        double sum = 0;
        double weights = 0;
        for (int k = -radius; k <= radius; ++k) {
            const double w = std::exp(-0.5 * k * k / (sigma * sigma));
            sum += w * (modules[size_t(std::clamp(x + k, 0, width - 1) / PerModule)] ? 60 : 215);
            weights += w;
        }
        for (int y = 0; y < s.height; ++y)
            s.pixels[size_t(y) * size_t(width) + size_t(upsideDown ? width - 1 - x : x)]
                = uint8_t(std::clamp(sum / weights + int(noise.bounded(9)) - 4, 0.0, 255.0));
    }
    if (upsideDown) {
        const int from = s.barsFrom;
        s.barsFrom = width - s.barsTo;
        s.barsTo = width - from;
    }
    return s;
}

} // namespace

class TestCode128ProfileDecoder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    /// Every printable character (code set B), digits runs (C), control characters (A) and the shifts and
    /// switches between them: the decoder's symbol table and code sets against ZXing's encoder.
    void readsEveryCodeSet_data()
    {
        QTest::addColumn<QByteArray>("text");
        for (int c = 32; c < 127; c += 16) {
            QByteArray chunk;
            for (int k = c; k < std::min(127, c + 16); ++k)
                chunk += char(k);
            QTest::newRow(qPrintable(u"printable from %1"_s.arg(c))) << chunk;
        }
        QTest::newRow("order number") << QByteArray("RK-8459875");
        QTest::newRow("digits") << QByteArray("0123456789012345");
        QTest::newRow("letters then digits") << QByteArray("AB12345678cd");
        QTest::newRow("control characters") << QByteArray("A\tB\x01"
                                                          "C");
    }
    void readsEveryCodeSet()
    {
        QFETCH(QByteArray, text);
        const auto read = Code128ProfileDecoder::read(strip(text.toStdString(), 0.3));
        QVERIFY(read);
        QCOMPARE(QByteArray::fromStdString(*read), text);
    }

    /// Blurred past ZXing's row scanner, and upside down.
    void readsWhatZxingCannot()
    {
        for (const bool upsideDown : { false, true }) {
            const BarStrip s = strip("RK-4256541", 0.6, upsideDown);
            const ZXing::ImageView view(s.pixels.data(), s.width, s.height, ZXing::ImageFormat::Lum);
            QVERIFY(!ZXing::ReadBarcode(view, ZXing::DecodeHints().setFormats(ZXing::BarcodeFormat::Code128))
                         .isValid());
            const auto read = Code128ProfileDecoder::read(s);
            QVERIFY(read);
            QCOMPARE(*read, std::string("RK-4256541"));
        }
    }

    /// Random bars read nothing.
    void nothingFromNoise()
    {
        BarStrip s;
        s.width = 600;
        s.height = 16;
        s.barsFrom = 60;
        s.barsTo = 540;
        s.pixels.assign(size_t(s.width) * size_t(s.height), 210);
        QRandomGenerator bars(17);
        for (int trial = 0; trial < 200; ++trial) {
            for (int x = 60, dark = 1; x < 540; dark = !dark) {
                const int run = 3 + int(bars.bounded(12));
                for (int k = x; k < std::min(540, x + run); ++k)
                    for (int y = 0; y < s.height; ++y)
                        s.pixels[size_t(y) * size_t(s.width) + size_t(k)] = dark ? 50 : 210;
                x += run;
            }
            const auto read = Code128ProfileDecoder::read(s);
            QVERIFY2(!read, read ? read->c_str() : "");
        }
    }
};

QTEST_GUILESS_MAIN(TestCode128ProfileDecoder)
#include "tst_code128profiledecoder.moc"
