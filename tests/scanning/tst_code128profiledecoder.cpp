// Code128ProfileDecoder: Code 128 read symbol by symbol from a level strip's grey profile, on strips drawn
// from ZXing's own encoder (every code set, switches and shifts) and blurred beyond its row scanner.
#include "DrawnStrips.h"
#include "camera/Code128ProfileDecoder.h"

#include <ZXing/ReadBarcode.h>

#include <QTest>

using namespace kiosk::camera;
using namespace Qt::StringLiterals;

namespace {

BarStrip strip(const std::string &text, double blurModules, bool upsideDown = false)
{
    return test::drawnStrip(
        test::encodedModules(ZXing::BarcodeFormat::Code128, text), blurModules, upsideDown);
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
            const BarStrip s = strip("RK-4256541", 0.55, upsideDown);
            const ZXing::ImageView view(s.pixels.data(), s.width, s.height, ZXing::ImageFormat::Lum);
            QVERIFY(!ZXing::ReadBarcode(view, ZXing::DecodeHints().setFormats(ZXing::BarcodeFormat::Code128))
                         .isValid());
            const auto read = Code128ProfileDecoder::read(s);
            QVERIFY(read);
            QCOMPARE(*read, std::string("RK-4256541"));
        }
    }

    /// A receipt held out of focus: a whole module of blur, which the shared blurs (up to 0.7) miss.
    void readsAModuleOfBlur()
    {
        for (const bool upsideDown : { false, true }) {
            const auto read = Code128ProfileDecoder::read(strip("RK-8493831", 1.0, upsideDown));
            QVERIFY(read);
            QCOMPARE(*read, std::string("RK-8493831"));
        }
    }

    /// Random bars and a flat strip read nothing.
    void nothingFromNoise()
    {
        test::forRandomBars(600, 200, [](const BarStrip &s) {
            const auto read = Code128ProfileDecoder::read(s);
            QVERIFY2(!read, read ? read->c_str() : "");
        });
    }

    /// A code of nothing but code set switches holds no character: nothing is read, not an empty text
    /// (which BarcodeReader passed on as a read; found with fuzz_barcodereader's check on every read).
    void nothingFromOnlySwitches()
    {
        // Start B, code C, code B, code C, code B, code C, the check symbol (50), the stop.
        std::vector<bool> modules;
        for (const char *widths :
            { "211214", "113141", "114131", "113141", "114131", "113141", "231131", "2331112" })
            for (int i = 0; widths[i]; ++i)
                modules.insert(modules.end(), size_t(widths[i] - '0'), i % 2 == 0);
        for (const double perModule : { 3.2, 6.0 }) {
            const auto read
                = Code128ProfileDecoder::read(test::drawnStrip(modules, 0.3, false, 15, perModule));
            QVERIFY2(!read, read ? ("read \"" + *read + "\"").c_str() : "");
        }
    }
};

QTEST_GUILESS_MAIN(TestCode128ProfileDecoder)
#include "tst_code128profiledecoder.moc"
