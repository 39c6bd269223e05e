// ProductProfileDecoder: EAN-13/UPC-A read digit by digit from a level strip's grey profile, on strips drawn
// from ZXing's own encoder and blurred beyond what its row scanner reads.
#include "DrawnStrips.h"
#include "camera/ProductProfileDecoder.h"

#include <ZXing/ReadBarcode.h>

#include <QTest>

using namespace kiosk::camera;
using namespace Qt::StringLiterals;

namespace {

using test::drawnStrip;

std::vector<bool> modulesOf(const std::string &digits)
{
    return test::encodedModules(ZXing::BarcodeFormat::EAN13, digits);
}

/// `digits` with the modules in `flip` (counted from the first bar) inverted, drawn as a strip.
BarStrip strip(
    const std::string &digits, double blurModules, bool upsideDown = false, std::vector<int> flip = {})
{
    std::vector<bool> modules = modulesOf(digits);
    for (const int m : flip)
        modules[size_t(m)] = !modules[size_t(m)];
    return drawnStrip(modules, blurModules, upsideDown);
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
    /// every digit.
    void readsWhatZxingCannot()
    {
        const BarStrip s = strip("8712345678906", 0.65);
        QVERIFY(!zxingReads(s));
        const auto read = ProductProfileDecoder::read(s);
        QVERIFY(read);
        QCOMPARE(*read, std::string("8712345678906"));
    }

    /// A small label out of focus by a module, as a tag held too close to the camera is: with templates and
    /// a centre guard at no more than 0.7 modules of blur none of these was read.
    void readsAModuleOfBlur()
    {
        for (const char *digits : { "4006381333931", "5901234123457", "0036000291452" }) {
            for (const bool upsideDown : { false, true }) {
                const auto read = ProductProfileDecoder::read(strip(digits, 1.0, upsideDown));
                QVERIFY2(read, digits);
                QCOMPARE(*read, std::string(digits));
            }
        }
    }

    /// A label that moved along its length while the shutter was open, by almost two modules (6 samples):
    /// with templates blurred only as a lens blurs none of these was read.
    void readsASmear()
    {
        for (const char *digits : { "4006381333931", "5901234123457", "0036000291452" }) {
            for (const bool upsideDown : { false, true }) {
                const auto read
                    = ProductProfileDecoder::read(test::smeared(strip(digits, 0.4, upsideDown), 6));
                QVERIFY2(read, digits);
                QCOMPARE(*read, std::string(digits));
            }
        }
    }

    /// A label turned away from the camera: its modules widen along the code (here the last a tenth wider
    /// than the first), so a placement of evenly wide modules fits well only with its ends moved by most of a
    /// module from where the bars seem to end. With moves of up to 0.6 modules none of these was read.
    void readsAForeshortenedCode()
    {
        for (const char *digits : { "4006381333931", "9780201379624", "0012345678905" }) {
            for (const bool upsideDown : { false, true }) {
                const auto read = ProductProfileDecoder::read(
                    drawnStrip(modulesOf(digits), 0.3, upsideDown, 15, 3.2, 0, 0.1));
                QVERIFY2(read, digits);
                QCOMPARE(*read, std::string(digits));
            }
        }
    }

    /// Print gain turns a 1's pattern into a 7's and a 2's into an 8's (twins have the same widths from each
    /// edge to the next of its kind and differ only in how wide their bars are), and patterns alone read
    /// these codes as 0060777805680, 5720986591624 and 0078453134177, each with a valid check digit. The
    /// ink of each digit against that of the others settles them.
    void settlesTwinsByInk_data()
    {
        QTest::addColumn<QString>("digits");
        QTest::addColumn<double>("gain");
        QTest::addColumn<double>("blur");
        QTest::newRow("three 1s") << u"0060111805680"_s << 0.4 << 0.4;
        QTest::newRow("a 1, a 2 and an 8") << u"5180926591624"_s << 0.4 << 0.4;
        QTest::newRow("UPC-A, 1s and a 2") << u"0012453134171"_s << 0.4 << 0.3;
    }
    void settlesTwinsByInk()
    {
        QFETCH(QString, digits);
        QFETCH(double, gain);
        QFETCH(double, blur);
        const auto read = ProductProfileDecoder::read(
            test::drawnStrip(modulesOf(digits.toStdString()), blur, false, 15, 3.2, gain));
        QVERIFY(read);
        QCOMPARE(QString::fromStdString(*read), digits);
    }

    /// A code of mostly 1s, 2s, 7s and 8s leaves too few other digits to fit the ink on, and patterns alone
    /// read it under print gain as 7818778211206 (a valid check digit too): it is not read at all.
    void refusesTwinsTheInkCannotJudge()
    {
        const auto read = ProductProfileDecoder::read(
            test::drawnStrip(modulesOf("7812718271206"), 0.3, false, 15, 3.2, 0.4));
        QVERIFY2(!read, read ? read->c_str() : "");
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
        test::forRandomBars(400, 200, [](const BarStrip &s) {
            const auto read = ProductProfileDecoder::read(s);
            QVERIFY2(!read, read ? read->c_str() : "");
        });
    }
};

QTEST_GUILESS_MAIN(TestProductProfileDecoder)
#include "tst_productprofiledecoder.moc"
