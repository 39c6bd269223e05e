#include "printer/EscPosEncoder.h"
#include "printer/ReceiptRenderer.h"

#include <QGuiApplication>
#include <QTest>

#include <ZXing/ReadBarcode.h>

using namespace Qt::Literals::StringLiterals;
using namespace kiosk::drivers;

/// One receipt, two outputs: the ESC/POS bytes carry the header, return id, columns, resolution,
/// totals, the QR command with the e-receipt URL and the cut; the preview is paper-wide and its QR
/// decodes back to the same URL.
class ReceiptRendererTest : public QObject
{
    Q_OBJECT

    static Receipt sample()
    {
        Receipt r;
        r.retailer = u"Northwind Outfitters"_s;
        r.storeLines = { u"12 Harbour St, Springfield"_s };
        r.title = u"Return receipt"_s;
        r.returnIdLabel = u"Return"_s;
        r.returnId = u"4F2A-91C3"_s;
        r.dateTime = u"20 Nov 2026 15:04"_s;
        r.items = { { u"Merino crew sweater, navy, M"_s, u"$59.00"_s },
            { u"Trail running socks, 3-pack, extra long description that wraps"_s, u"$14.50"_s } };
        r.resolution = u"Refund to original payment"_s;
        r.totals = { { u"Refund total"_s, u"$73.50"_s } };
        r.qrUrl = u"https://returns.example/r/4F2A-91C3"_s;
        r.qrCaption = u"Scan for your e-receipt"_s;
        r.footer = { u"Thank you"_s };
        return r;
    }

private Q_SLOTS:
    void columns()
    {
        const QStringList one = ReceiptRenderer::columnLines({ u"Sweater"_s, u"$59.00"_s }, 20);
        QCOMPARE(one, QStringList { u"Sweater       $59.00"_s });
        const QStringList wrapped
            = ReceiptRenderer::columnLines({ u"Trail running socks pack"_s, u"$14.50"_s }, 20);
        QCOMPARE(wrapped, (QStringList { u"Trail running"_s, u"socks pack    $14.50"_s }));
        QCOMPARE(
            ReceiptRenderer::wrap(u"ABCDEFGHIJKL"_s, 5), (QStringList { u"ABCDE"_s, u"FGHIJ"_s, u"KL"_s }));
        QCOMPARE(ReceiptRenderer::wrap(QString(), 5), QStringList { QString() });
    }

    void escPos()
    {
        const QByteArray bytes = ReceiptRenderer().escPos(sample());
        QVERIFY(bytes.startsWith(EscPosEncoder().initialize().bytes()));
        QVERIFY(bytes.endsWith(EscPosEncoder().align(EscPosEncoder::Alignment::Left).cut().bytes()));
        const QByteArray header = EscPosEncoder()
                                      .align(EscPosEncoder::Alignment::Center)
                                      .bold(true)
                                      .textSize(2, 2)
                                      .line(u"Northwind Outfitters"_s)
                                      .bytes();
        QVERIFY(bytes.contains(header));
        QVERIFY(bytes.contains("Return 4F2A-91C3\n"));
        const QByteArray sweater = "Merino crew sweater, navy, M" + QByteArray(14, ' ') + "$59.00\n";
        QCOMPARE(sweater.size(), ReceiptRenderer::Columns + 1);
        QVERIFY(bytes.contains(sweater));
        QVERIFY(bytes.contains("Refund to original payment\n"));
        QVERIFY(bytes.contains("$73.50\n"));
        QVERIFY(bytes.contains(EscPosEncoder().qrCode(sample().qrUrl.toUtf8(), 6).bytes()));
    }

    void previewIsPaperWideWithAScannableQr()
    {
        const QImage image = ReceiptRenderer().preview(sample());
        QCOMPARE(image.width(), ReceiptRenderer::PaperDots);
        QVERIFY(image.height() > 600);
        // Kept as a build artifact so a reviewer can see the paper.
        QVERIFY(image.save(QStringLiteral(KIOSK_BINARY_DIR "/tests/drivers/receipt-preview.png")));
        const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
        const auto result = ZXing::ReadBarcode({ gray.constBits(), gray.width(), gray.height(),
                                                   ZXing::ImageFormat::Lum, int(gray.bytesPerLine()) },
            ZXing::DecodeHints().setFormats(ZXing::BarcodeFormat::QRCode));
        QVERIFY(result.isValid());
        QCOMPARE(QString::fromStdString(result.text()), sample().qrUrl);

        // Ink in the header band (the retailer's name), none past the last line.
        auto inkIn = [&gray](int top, int bottom) {
            int ink = 0;
            for (int y = top; y < bottom; ++y)
                for (int x = 0; x < gray.width(); ++x)
                    ink += gray.pixelColor(x, y).lightness() < 128;
            return ink;
        };
        QVERIFY(inkIn(16, 76) > 200);
        QCOMPARE(inkIn(gray.height() - 14, gray.height()), 0);

        Receipt longer = sample();
        longer.items.append({ u"Rain jacket"_s, u"$120.00"_s });
        QCOMPARE(ReceiptRenderer().preview(longer).height(), image.height() + 30);
    }

    void noQrWithoutUrl()
    {
        Receipt r = sample();
        r.qrUrl.clear();
        QVERIFY(!ReceiptRenderer().escPos(r).contains(QByteArray("\x1d(k", 3)));
        QVERIFY(ReceiptRenderer::qrImage(QString(), 4).isNull());
    }
};

QTEST_MAIN(ReceiptRendererTest)
#include "tst_receiptrenderer.moc"
