#include "camera/ZbarProductReader.h"

#include <ZXing/ReadBarcode.h>

#include <QDir>
#include <QImage>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using kiosk::camera::ScanProfile;
using kiosk::camera::ZbarProductReader;

/// The zbar fallback on real images from the generated set: it reads product codes in ZXing's text form,
/// only with a valid check digit, and never ITF, Code 128 or anything outside the profile.
class TestZbarProductReader : public QObject
{
    Q_OBJECT
private:
    static QImage frame(const QString &kind, const QString &name)
    {
        const QImage image(QStringLiteral(KIOSK_BARCODE_IMAGES) + u'/' + kind + u'/' + name + u".png"_s);
        return image.convertToFormat(QImage::Format_Grayscale8);
    }
    static QString expected(const QString &kind, const QString &name)
    {
        QFile txt(QStringLiteral(KIOSK_BARCODE_IMAGES) + u'/' + kind + u'/' + name + u".txt"_s);
        return txt.open(QIODevice::ReadOnly) ? QString::fromUtf8(txt.readAll()) : QString();
    }
    /// The image set's frames are 1280 wide, a multiple of 4: scan lines are tightly packed.
    static std::optional<kiosk::camera::DecodedBarcode> read(const QImage &grey, ScanProfile::Symbologies s)
    {
        Q_ASSERT(grey.bytesPerLine() == grey.width());
        return ZbarProductReader().read(grey.constBits(), grey.width(), grey.height(), s);
    }

private Q_SLOTS:
    void sameTextFormAsZxing_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("name");
        QTest::newRow("upca") << u"upca"_s << u"upca2-clean"_s;
        QTest::newRow("ean13") << u"ean13"_s << u"ean131-clean"_s;
    }

    void sameTextFormAsZxing()
    {
        QFETCH(QString, kind);
        QFETCH(QString, name);
        const QImage grey = frame(kind, name);
        QVERIFY(!grey.isNull());
        const auto zbarRead = read(grey, ScanProfile::itemTags().symbologies);
        QVERIFY(zbarRead);
        const auto zxingRead = ZXing::ReadBarcode({ grey.constBits(), grey.width(), grey.height(),
                                                      ZXing::ImageFormat::Lum, int(grey.bytesPerLine()) },
            ZXing::DecodeHints().setFormats(ZXing::BarcodeFormat::EAN13 | ZXing::BarcodeFormat::UPCA));
        QVERIFY(zxingRead.isValid());
        QCOMPARE(zbarRead->format, QString::fromStdString(ZXing::ToString(zxingRead.format())));
        QCOMPARE(zbarRead->text, QString::fromStdString(zxingRead.text()));
        QCOMPARE(zbarRead->text, expected(kind, name));
        QVERIFY(!zbarRead->position.isEmpty());
    }

    /// The frame that made this class: ZXing reads nothing at any pass, zbar reads it right.
    void readsTheBlurredUpcaZxingMisses()
    {
        const auto r = read(frame(u"upca"_s, u"upca1-blur"_s), ScanProfile::itemTags().symbologies);
        QVERIFY(r);
        QCOMPARE(r->format, u"UPC-A"_s);
        QCOMPARE(r->text, expected(u"upca"_s, u"upca1-blur"_s));
        QCOMPARE(r->text.size(), 12);
    }

    void upcaAsEan13WhenOnlyEan13IsExpected()
    {
        const auto r = read(frame(u"upca"_s, u"upca2-clean"_s), ScanProfile::Symbology::Ean13);
        QVERIFY(r);
        QCOMPARE(r->format, u"EAN-13"_s);
        QCOMPARE(r->text, u'0' + expected(u"upca"_s, u"upca2-clean"_s));
    }

    void nothingOutsideTheProfile()
    {
        QVERIFY(!read(frame(u"ean13"_s, u"ean131-clean"_s), ScanProfile::Symbology::UpcA));
        QVERIFY(!read(frame(u"ean13"_s, u"ean131-clean"_s), ScanProfile::orderCodes().symbologies));
        QVERIFY(!ZbarProductReader::covers(ScanProfile::orderCodes().symbologies));
        QVERIFY(ZbarProductReader::covers(ScanProfile::itemTags().symbologies));
    }

    /// zbar misreads ITF and Code 128: even asked for everything it only ever reports product codes.
    void neverItfOrCode128()
    {
        for (const QString &kind : { u"receipt-itf"_s, u"order-code128"_s, u"negative"_s }) {
            const QDir dir(QStringLiteral(KIOSK_BARCODE_IMAGES) + u'/' + kind);
            const QStringList images = dir.entryList({ u"*.png"_s }, QDir::Files);
            QVERIFY(images.size() >= 10);
            for (const QString &png : images) {
                const auto r = read(frame(kind, png.chopped(4)), ScanProfile::everything().symbologies);
                QVERIFY2(!r, qPrintable(png + u" read as "_s + (r ? r->format + u' ' + r->text : QString())));
            }
        }
    }

    void checkDigit_data()
    {
        QTest::addColumn<QString>("digits");
        QTest::addColumn<bool>("valid");
        QTest::newRow("upca") << u"000241639267"_s << true;
        QTest::newRow("upca-wrong") << u"000241639268"_s << false;
        QTest::newRow("ean13") << u"4000913118409"_s << true;
        QTest::newRow("ean13-swapped") << u"4000913118490"_s << false;
        QTest::newRow("ean8") << u"96385074"_s << true;
        QTest::newRow("ean8-wrong") << u"96385075"_s << false;
        QTest::newRow("itf-length") << u"00000000000000000000"_s << false;
        QTest::newRow("letter") << u"00024163926A"_s << false;
        QTest::newRow("empty") << QString() << false;
    }

    void checkDigit()
    {
        QFETCH(QString, digits);
        QFETCH(bool, valid);
        const QByteArray bytes = digits.toLatin1();
        QCOMPARE(ZbarProductReader::hasValidCheckDigit({ bytes.constData(), size_t(bytes.size()) }), valid);
    }

    void emptyInputReadsNothing()
    {
        QVERIFY(!ZbarProductReader().read(nullptr, 1280, 720, ScanProfile::everything().symbologies));
        const uint8_t pixel = 0;
        QVERIFY(!ZbarProductReader().read(&pixel, 0, 0, ScanProfile::everything().symbologies));
    }
};

QTEST_GUILESS_MAIN(TestZbarProductReader)
#include "tst_zbarproductreader.moc"
