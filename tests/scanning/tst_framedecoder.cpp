#include "camera/BarcodeReader.h"
#include "camera/DecodeCommand.h"
#include "camera/FolderFrameSource.h"
#include "camera/FrameDecoder.h"

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace kiosk::camera;

namespace {
QString image(const QString &relative)
{
    return QStringLiteral(KIOSK_BARCODE_IMAGES) + u'/' + relative;
}

QString hardImage(const QString &relative)
{
    return QStringLiteral(KIOSK_HARD_IMAGES) + u'/' + relative;
}

QString expectedText(const QString &png)
{
    QFile txt(QString(png).replace(u".png"_s, u".txt"_s));
    return txt.open(QIODevice::ReadOnly) ? QString::fromUtf8(txt.readAll()) : QString();
}

/// The pass that reads `frame` first on the item screen (DecodedBarcode::pass), -1 when none does.
int firstPass(const QImage &frame, const QString &expected)
{
    const auto read = BarcodeReader().read(frame, ScanProfile::itemTags());
    return read && read->text == expected ? read->pass : -1;
}

/// Shows `decoder` one frame the way the camera does and waits until its result has been handled.
bool show(FrameDecoder &decoder, const QImage &frame)
{
    if (!decoder.submit(frame))
        return false;
    decoder.waitForIdle();
    QCoreApplication::processEvents();
    return true;
}

constexpr int ZbarPass = BarcodeReader::Zbar + 1;
constexpr int LevelledPass = BarcodeReader::ProposedLevelled + 1;
} // namespace

/// FrameDecoder's threading contract (drops while busy, queued results, duplicate window), the folder
/// source driving it like a camera, and the decode command's output.
class TestFrameDecoder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decodesFolderFramesOffTheGuiThread()
    {
        FolderFrameSource source({ image(u"ean13"_s) }, 60);
        FrameDecoder decoder;
        decoder.setProfile(ScanProfile::itemTags());
        QSignalSpy spy(&decoder, &FrameDecoder::decoded);
        QSignalSpy stopped(&source, &FrameSource::activeChanged);
        connect(
            &source, &FrameSource::frameReady, &decoder, [&](const QVideoFrame &f) { decoder.submit(f); });
        source.start();
        QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 2, 10000); // started, then ran out of frames
        decoder.waitForIdle();
        QTRY_VERIFY(spy.size() >= 3); // three distinct EAN-13s in the folder
        QCOMPARE(decoder.decodedFrames() + decoder.droppedFrames(), source.frameCount());
        for (const auto &args : spy)
            QVERIFY(args.at(0).value<DecodedBarcode>().text.startsWith(u"40"_s));
    }

    void dropsFramesWhileBusy()
    {
        FrameDecoder decoder;
        decoder.setProfile(ScanProfile::everything());
        const QImage noise(image(u"negative/neg3.png"_s));
        int accepted = 0;
        for (int i = 0; i < 50; ++i)
            accepted += decoder.submit(noise) ? 1 : 0;
        decoder.waitForIdle();
        QVERIFY(accepted >= 1);
        QCOMPARE(decoder.droppedFrames(), 50 - accepted);
        QVERIFY(decoder.droppedFrames() > 0);
    }

    void suppressesDuplicatesWithinWindow()
    {
        qint64 now = 0;
        FrameDecoder decoder;
        decoder.setClock([&] { return now; });
        decoder.setDuplicateWindow(1000);
        decoder.setProfile(ScanProfile::orderCodes());
        QSignalSpy spy(&decoder, &FrameDecoder::decoded);
        const QImage frame(image(u"order-code128/order1-clean.png"_s));
        const auto feed = [&] {
            QVERIFY(decoder.submit(frame));
            decoder.waitForIdle();
            QCoreApplication::processEvents();
        };
        feed();
        QCOMPARE(spy.size(), 1);
        now = 500;
        feed(); // still in view: suppressed, and the window restarts
        now = 1400;
        feed();
        QCOMPARE(spy.size(), 1);
        now = 2500; // gone for longer than the window: reported again
        feed();
        QCOMPARE(spy.size(), 2);
    }

    /// Every decoded frame is measured on the worker and reported in order; the same frame blurred
    /// measures blurred, through the video-frame path (Y8, as the folder source plays it).
    void measuresEachDecodedFrame()
    {
        const QImage sharp
            = QImage(image(u"ean13/ean131-clean.png"_s)).convertToFormat(QImage::Format_Grayscale8);
        QVERIFY(!sharp.isNull());
        // About a Gaussian blur of sigma 6 pixels: a hand moving the tag through the frame.
        const QImage smeared = sharp.scaled(sharp.size() / 8, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                                   .scaled(sharp.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        FrameDecoder decoder;
        decoder.setProfile(ScanProfile::itemTags());
        QSignalSpy spy(&decoder, &FrameDecoder::frameMeasured);
        for (const QImage &frame : { sharp, smeared }) {
            QVERIFY(decoder.submit(FolderFrameSource::frameFromGrey(frame)));
            decoder.waitForIdle();
            QCoreApplication::processEvents();
        }
        QCOMPARE(spy.size(), 2);
        const auto first = spy.at(0).at(0).value<FrameSharpness::Measurement>();
        const auto second = spy.at(1).at(0).value<FrameSharpness::Measurement>();
        QVERIFY2(!first.blurred(), qPrintable(QString::number(first.sharpness)));
        QVERIFY2(second.blurred(), qPrintable(QString::number(second.sharpness)));
    }

    /// A zbar read is acted on at once only when the screen expects that GTIN (the chute, an order line);
    /// otherwise it is held, and zbar reading it again on the same still never confirms it (zbar's misreads
    /// are as steady as its reads). The frame is a close EAN-13 with thin grey bars under JPEG (hardset.py's
    /// zbar-bait) that only the zbar pass reads.
    void zbarReadIsHeldUnlessExpected()
    {
        const QString png
            = QStringLiteral(KIOSK_HARD_PICKED_IMAGES) + u"/seed21/zbar-bait/311-ean13-jpeg.png"_s;
        const QImage still(png);
        const QString expected = expectedText(png);
        QCOMPARE(expected.size(), 13);
        QCOMPARE(firstPass(still, expected), ZbarPass);

        FrameDecoder doubting;
        doubting.setProfile(ScanProfile::itemTags());
        QSignalSpy doubted(&doubting, &FrameDecoder::decoded);
        FrameDecoder otherCodes; // expects GTINs, but not this one
        otherCodes.setProfile(ScanProfile::itemTags());
        otherCodes.setExpectedCodes({ u"4006381333931"_s, u"00012345678905"_s });
        QSignalSpy unexpected(&otherCodes, &FrameDecoder::decoded);
        for (int frame = 0; frame < 3 * BarcodeReader::ExtraPassCount; ++frame) {
            QVERIFY(show(doubting, still));
            QVERIFY(show(otherCodes, still));
        }
        QCOMPARE(doubted.size(), 0);
        QCOMPARE(unexpected.size(), 0);

        FrameDecoder expecting;
        expecting.setProfile(ScanProfile::itemTags());
        expecting.setExpectedCodes({ u"0"_s + expected, u"4006381333931"_s });
        QSignalSpy spy(&expecting, &FrameDecoder::decoded);
        for (int frame = 0; frame < BarcodeReader::Zbar; ++frame) {
            QVERIFY(show(expecting, still));
            QCOMPARE(spy.size(), 0); // the frames whose extra pass is not zbar read nothing
        }
        QVERIFY(show(expecting, still)); // the first frame zbar looks at
        QCOMPARE(spy.size(), 1);
        const auto read = spy.at(0).at(0).value<DecodedBarcode>();
        QCOMPARE(read.text, expected);
        QVERIFY(read.needsConfirmation && read.byZbar);
    }

    /// A zbar read held on one frame is acted on when the next frame's reading by ZXing agrees: a close
    /// EAN-13 only zbar reads, then the same number printed sharply, which the fast pass reads;
    /// reported once, on the sharp frame, by ZXing. The frame after a zbar read looks with the bar-aligned
    /// pass.
    void zbarReadConfirmedByZxingInTheNextFrame()
    {
        const QString png
            = QStringLiteral(KIOSK_HARD_PICKED_IMAGES) + u"/seed21/zbar-bait/311-ean13-jpeg.png"_s;
        const QImage soft(png);
        const QString expected = expectedText(png);
        QCOMPARE(firstPass(soft, expected), ZbarPass);
        const ZXing::BitMatrix bars
            = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::EAN13).encode(expected.toStdString(), 0, 1);
        QImage sharp(soft.size(), QImage::Format_Grayscale8);
        sharp.fill(230);
        for (int y = 30; y < sharp.height() - 30; ++y)
            for (int x = 0; x < bars.width() * 3 && x + 40 < sharp.width(); ++x)
                sharp.scanLine(y)[x + 40] = bars.get(x / 3, 0) ? 30 : 230;
        QCOMPARE(firstPass(sharp, expected), 0);

        FrameDecoder decoder;
        decoder.setProfile(ScanProfile::itemTags());
        QSignalSpy spy(&decoder, &FrameDecoder::decoded);
        for (int frame = 0; frame <= BarcodeReader::Zbar; ++frame)
            QVERIFY(show(decoder, soft));
        QCOMPARE(spy.size(), 0); // read by zbar on the last frame, held
        QVERIFY(show(decoder, sharp));
        QCOMPARE(spy.size(), 1);
        const auto read = spy.at(0).at(0).value<DecodedBarcode>();
        QCOMPARE(read.text, expected);
        QVERIFY(!read.byZbar);
        QVERIFY(show(decoder, sharp)); // within the duplicate window: not again
        QCOMPARE(spy.size(), 1);
    }

    /// A read of the levelled pass is held until the next frame, which looks again the same way, agrees.
    void levelledReadConfirmedByTheNextFrame()
    {
        const QString png = hardImage(u"upca/000-rotated-jpeg.png"_s);
        const QImage sharp(png);
        QCOMPARE(firstPass(sharp, expectedText(png)), LevelledPass);
        FrameDecoder alone;
        alone.setProfile(ScanProfile::itemTags());
        QSignalSpy aloneSpy(&alone, &FrameDecoder::decoded);
        for (int frame = 0; frame <= BarcodeReader::ProposedLevelled; ++frame)
            QVERIFY(show(alone, sharp));
        QCOMPARE(aloneSpy.size(), 0);
        QVERIFY(show(alone, sharp)); // the next frame looks again the same way and agrees
        QCOMPARE(aloneSpy.size(), 1);
    }

    /// A read from an aggressive pass is reported when the next frame, which looks again the same way,
    /// reads the same text.
    void aggressiveReadConfirmedByTheNextFrame()
    {
        // An off-centre DataMatrix of the hard set that only the region-proposal pass reads.
        const QDir dir(QStringLiteral(KIOSK_HARD_IMAGES) + u"/gs1-datamatrix"_s);
        QImage still;
        for (const QString &png : dir.entryList({ u"*.png"_s }, QDir::Files, QDir::Name)) {
            const QImage candidate(dir.filePath(png));
            if (!BarcodeReader().read(candidate, ScanProfile::itemTags(), BarcodeReader::Proposed)
                && BarcodeReader().read(candidate, ScanProfile::itemTags(), 1, BarcodeReader::Proposed)) {
                still = candidate;
                break;
            }
        }
        QVERIFY2(!still.isNull(), "no frame in the hard set that only the proposal pass reads");
        FrameDecoder decoder;
        decoder.setProfile(ScanProfile::itemTags());
        QSignalSpy spy(&decoder, &FrameDecoder::decoded);
        for (int frame = 0; frame <= BarcodeReader::Proposed + 1; ++frame) {
            QCOMPARE(spy.size(), 0); // read first by frame Proposed, which needs a second frame
            QVERIFY(decoder.submit(still));
            decoder.waitForIdle();
            QCoreApplication::processEvents();
        }
        QCOMPARE(spy.size(), 1); // the frame after looked the same way again and agreed
        QVERIFY(spy.at(0).at(0).value<DecodedBarcode>().needsConfirmation);
    }

    void decodeCommandJson()
    {
        QString text;
        QTextStream out(&text);
        const int status
            = runDecodeCommand({ u"--json"_s, u"--profile"_s, u"items"_s, image(u"upca/upca1-clean.png"_s),
                                   image(u"negative/neg1.png"_s) },
                out);
        QCOMPARE(status, 1); // the negative frame read nothing
        const QJsonArray results = QJsonDocument::fromJson(text.toUtf8()).array();
        QCOMPARE(results.size(), 2);
        const QJsonObject upc = results.at(0).toObject();
        QCOMPARE(upc.value(u"format"_s).toString(), u"UPC-A"_s);
        QCOMPARE(upc.value(u"kind"_s).toString(), u"ProductId"_s);
        QCOMPARE(upc.value(u"status"_s).toString(), u"ok"_s);
        QCOMPARE(upc.value(u"fields"_s).toObject().value(u"gtin"_s).toString().size(), 14);
        QCOMPARE(results.at(1).toObject().value(u"read"_s).toBool(), false);
    }

    /// A picture only zbar reads is what the kiosk holds for as long as it stays in view: the command shows
    /// zbar's read apart, never as the picture's text.
    void decodeCommandHoldsWhatOnlyZbarReads()
    {
        const QString png
            = QStringLiteral(KIOSK_HARD_PICKED_IMAGES) + u"/seed21/zbar-bait/311-ean13-jpeg.png"_s;
        QCOMPARE(firstPass(QImage(png), expectedText(png)), ZbarPass);
        QString text;
        QTextStream out(&text);
        QCOMPARE(runDecodeCommand({ u"--json"_s, u"--profile"_s, u"items"_s, png }, out), 1);
        const QJsonObject entry = QJsonDocument::fromJson(text.toUtf8()).array().at(0).toObject();
        QCOMPARE(entry.value(u"read"_s).toBool(true), false);
        QVERIFY(!entry.contains(u"text"_s));
        const QJsonObject held = entry.value(u"held"_s).toObject();
        QCOMPARE(held.value(u"text"_s).toString(), expectedText(png));
        QCOMPARE(held.value(u"pass"_s).toInt(), ZbarPass);

        text.clear();
        QCOMPARE(runDecodeCommand({ u"--profile"_s, u"items"_s, png }, out), 1);
        QVERIFY2(text.contains(u"nothing read (held: EAN-13"_s), qPrintable(text));
    }

    void decodeCommandShortensTokens()
    {
        QString text;
        QTextStream out(&text);
        QCOMPARE(runDecodeCommand({ image(u"return-qr/token1-clean.png"_s) }, out), 0);
        QVERIFY2(text.contains(u"ReturnToken"_s) && text.contains(u"chars)"_s), qPrintable(text));
        QVERIFY(text.size() < 200);
    }

    void decodeCommandUsage()
    {
        QString text;
        QTextStream out(&text);
        QCOMPARE(runDecodeCommand({}, out), 2);
        QCOMPARE(runDecodeCommand({ u"--profile"_s, u"nope"_s, u"x.png"_s }, out), 2);
    }
};

QTEST_MAIN(TestFrameDecoder)
#include "tst_framedecoder.moc"
