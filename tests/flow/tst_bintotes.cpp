#include "BinTotes.h"
#include "Clock.h"
#include "KioskService.h"
#include "PinEntry.h"
#include "ReceiptBuilder.h"
#include "StaffSignIn.h"
#include "cache/CacheStore.h"
#include "crypto/PinHash.h"
#include "printer/ReceiptRenderer.h"
#include "printer/SimReceiptPrinter.h"
#include "sensor/SimItemSensor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <ZXing/ReadBarcode.h>

using namespace Qt::Literals::StringLiterals;
using namespace kiosk;
using Fault = drivers::ReceiptPrinter::Fault;

/// Bins and totes on a real journal.db and cache.db: returns join the open tote, "Empty bin" closes it
/// with a `tote.closed` event and opens the next, the manifest says what is in it and its barcode reads
/// back as the tote id, a paper-out leaves the tote closed and recorded for a reprint, and a full bin
/// closes the kiosk for returns until it is emptied.
class BinTotesTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<CacheStore> m_cache;
    std::unique_ptr<drivers::SimReceiptPrinter> m_printer;
    std::unique_ptr<StaffSignIn> m_signIn;
    std::unique_ptr<BinTotes> m_totes;

    static StaffSettings staff()
    {
        StaffSettings s;
        s.pinIterations = 1000;
        const QByteArray salt = QByteArrayLiteral("0123456789abcdef");
        s.members.push_back({ u"E1042"_s, salt, crypto::PinHash::derive(u"246813"_s, salt, 1000) });
        return s;
    }

    void build(int capacityItems)
    {
        m_totes = std::make_unique<BinTotes>(*m_journal, *m_cache, *m_printer, *m_clock, *m_signIn,
            std::vector<drivers::BinSpec> { { u"MAIN"_s, u"main"_s, capacityItems, 0 } },
            ToteManifestBuilder::Config {
                u"Northwind"_s, u"Chicago Loop, store 112"_s, u"kiosk-test"_s, QTimeZone::utc() });
        QVERIFY(m_totes->open());
    }

    void signIn()
    {
        QVERIFY(m_signIn->submitBadge(u"E1042"_s));
        QVERIFY(enterPin(*m_signIn, u"246813"_s));
    }

    /// A return of `units` of line 1 (the jacket) of RK-1 into the bin.
    QString recordReturn(int units)
    {
        ReturnRecord r;
        r.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        r.kioskId = u"kiosk-test"_s;
        r.orderId = u"RK-1"_s;
        r.createdAt = m_clock->now();
        r.resolution = u"refund"_s;
        r.currency = u"USD"_s;
        r.items.push_back({ 1, u"JKT-RED-M"_s, units, u"too_small"_s, 4999, {}, 0, 0, false, u"SOFT"_s });
        if (!m_journal->recordReturn(r))
            return {};
        m_totes->refresh();
        return r.id;
    }

    QList<QJsonObject> events(const QString &type)
    {
        QList<QJsonObject> out;
        for (const auto &entry : m_journal->dueOutbox(m_clock->now().addYears(1), 100)) {
            const QJsonObject event = QJsonDocument::fromJson(entry.payload).object();
            if (entry.kind == u"event" && event[u"type"_s].toString() == type)
                out.append(event[u"payload"_s].toObject());
        }
        return out;
    }

    static QString decodeCode128(const QImage &image)
    {
        const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
        const auto result = ZXing::ReadBarcode({ gray.constBits(), gray.width(), gray.height(),
                                                   ZXing::ImageFormat::Lum, int(gray.bytesPerLine()) },
            ZXing::DecodeHints().setFormats(ZXing::BarcodeFormat::Code128));
        return result.isValid() ? QString::fromStdWString(result.text()) : QString();
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 11, 20), QTime(21, 0), Qt::UTC));
        m_journal = std::make_unique<Journal>();
        QVERIFY(m_journal->open(m_dir->filePath(u"journal.db"_s)));
        m_cache = std::make_unique<CacheStore>();
        QVERIFY(m_cache->open(m_dir->filePath(u"cache.db"_s)));
        Order order;
        order.id = u"RK-1"_s;
        order.currency = u"USD"_s;
        order.placedAt = m_clock->now().addDays(-5);
        order.lines.push_back(
            { 1, u"JKT-RED-M"_s, {}, u"Rain jacket, red, M"_s, u"outerwear"_s, {}, 4999, 3 });
        QVERIFY(m_cache->upsertOrder(order));
        m_printer = std::make_unique<drivers::SimReceiptPrinter>(10);
        m_signIn = std::make_unique<StaffSignIn>(*m_journal, *m_clock, staff(), u"kiosk-test"_s);
        build(40);
    }

    void cleanup()
    {
        m_totes.reset();
        m_signIn.reset();
    }

    /// Empty bin: the tote is closed with its items in a `tote.closed` event, a new tote opens in the
    /// bin, the manifest prints, and it can be printed again.
    void emptyBinClosesTheToteAndOpensTheNext()
    {
        const QString first = m_totes->openTotes().front().id;
        QVERIFY(first.startsWith(u"T-"_s));
        const QString returnId = recordReturn(2);
        QCOMPARE(m_totes->openTotes().front().items, 2);

        QVERIFY(!m_totes->emptyBin(u"MAIN"_s)); // nobody signed in
        signIn();
        QVERIFY(!m_totes->emptyBin(u"NOPE"_s));
        QSignalSpy closed(m_totes.get(), &BinTotes::toteClosed);
        m_clock->advance(5 * 60 * 1000);
        QVERIFY(m_totes->emptyBin(u"MAIN"_s));
        QCOMPARE(closed.size(), 1);
        QCOMPARE(closed.front().front().toString(), first);

        const QString second = m_totes->openTotes().front().id;
        QVERIFY(second != first);
        QCOMPARE(m_totes->openTotes().front().items, 0);
        const auto tote = m_journal->findTote(first);
        QCOMPARE(tote->closedBy, u"E1042"_s);
        QCOMPARE(tote->closedAt, m_clock->now());

        const auto closedEvents = events(u"tote.closed"_s);
        QCOMPARE(closedEvents.size(), 1);
        const QJsonObject event = closedEvents.front();
        QCOMPARE(event[u"toteId"_s].toString(), first);
        QCOMPARE(event[u"nextToteId"_s].toString(), second);
        QCOMPARE(event[u"staffId"_s].toString(), u"E1042"_s);
        QCOMPARE(event[u"itemCount"_s].toInt(), 2);
        const QJsonObject item = event[u"items"_s].toArray().at(0).toObject();
        QCOMPARE(item[u"returnId"_s].toString(), returnId);
        QCOMPARE(item[u"sku"_s].toString(), u"JKT-RED-M"_s);
        QCOMPARE(item[u"quantity"_s].toInt(), 2);

        QTRY_COMPARE(m_printer->printedCount(), 1);
        QCOMPARE(m_totes->previewToteId(), first);
        QVERIFY(m_totes->message().contains(u"manifest printed"_s));
        QVERIFY(m_printer->lastReceipt().contains(first.toLatin1()));

        const QString next = recordReturn(1); // goes into the new tote
        QCOMPARE(m_journal->toteItems(second).front().returnId, next);
        QCOMPARE(m_journal->toteItems(first).size(), size_t(1));

        QCOMPARE(m_totes->closed().size(), 1);
        QVERIFY(!m_totes->reprint(second)); // still open
        QVERIFY(m_totes->reprint(first));
        QTRY_COMPARE(m_printer->printedCount(), 2);
        QCOMPARE(events(u"tote.closed"_s).size(), 1); // a reprint journals nothing
    }

    /// The manifest names the tote, store, kiosk, closing time, count, and each item's return reference,
    /// SKU and title, with a line to sign; its preview's Code 128 decodes back to the tote id.
    void manifestSaysWhatIsInTheTote()
    {
        const QString returnId = recordReturn(2);
        const QString tote = m_totes->openTotes().front().id;
        QVERIFY(!m_totes->manifest(tote)); // an open tote has none yet
        signIn();
        QVERIFY(m_totes->emptyBin(u"MAIN"_s));
        const auto manifest = m_totes->manifest(tote);
        QVERIFY(manifest);
        QCOMPARE(manifest->returnId, tote);
        QCOMPARE(manifest->barcode, tote);
        QVERIFY(manifest->storeLines.contains(u"Chicago Loop, store 112"_s));
        QVERIFY(manifest->storeLines.contains(u"Kiosk kiosk-test"_s));
        QVERIFY2(manifest->dateTime.contains(u"11/20/26"_s), qPrintable(manifest->dateTime));
        QCOMPARE(manifest->totals.front().amount, u"2"_s);
        QCOMPARE(manifest->items.size(), 1);
        const QString line = manifest->items.front().text;
        QVERIFY2(line.contains(ReceiptBuilder::shortReference(returnId)), qPrintable(line));
        QVERIFY(line.contains(u"JKT-RED-M"_s));
        QVERIFY(line.contains(u"Rain jacket, red, M"_s));
        QVERIFY(!manifest->signatureLabel.isEmpty());

        const QImage preview = drivers::ReceiptRenderer().preview(*manifest);
        QVERIFY(!preview.isNull());
        QCOMPARE(decodeCode128(preview), tote);
        const QByteArray escpos = drivers::ReceiptRenderer().escPos(*manifest);
        const QByteArray barcode = QByteArray("\x1dk\x49") + char(2 + tote.size()) + "{B" + tote.toLatin1();
        QVERIFY(escpos.contains(barcode));
        QVERIFY(escpos.contains(QByteArray(drivers::ReceiptRenderer::Columns, '_')));
    }

    /// Out of paper while the manifest prints: the tote stays closed and recorded, the colleague is told,
    /// and once the paper is in the manifest prints again.
    void paperOutLeavesTheToteClosedForAReprint()
    {
        recordReturn(1);
        const QString tote = m_totes->openTotes().front().id;
        signIn();
        m_printer->setStuckFault(Fault::PaperOut);
        QVERIFY(m_totes->emptyBin(u"MAIN"_s));
        QTRY_VERIFY(m_totes->message().contains(u"did not print"_s));
        QVERIFY(m_journal->findTote(tote)->closedAt.isValid());
        QCOMPARE(events(u"tote.closed"_s).size(), 1);
        QCOMPARE(m_printer->printedCount(), 0);

        m_printer->setStuckFault(Fault::None);
        QVERIFY(m_totes->reprint(tote));
        QTRY_COMPARE(m_printer->printedCount(), 1);
        QVERIFY(m_totes->message().contains(u"manifest printed"_s));
        QVERIFY(m_printer->lastReceipt().contains(tote.toLatin1()));
    }

    /// A bin at its capacity closes the kiosk for returns (journaled) until a colleague empties it.
    void fullBinTakesTheKioskOutOfService()
    {
        build(3);
        KioskService service(*m_journal, *m_clock, *m_signIn, u"kiosk-test"_s, {});
        connect(m_totes.get(), &BinTotes::fullChanged, &service, &KioskService::setBinFull);
        recordReturn(2);
        QVERIFY(!m_totes->full());
        QVERIFY(!service.closed());
        recordReturn(1);
        QVERIFY(m_totes->full());
        QVERIFY(service.closed());
        QVERIFY(service.binFull());
        QVERIFY(!service.switchedOff());
        QVERIFY(m_totes->bins().front().toMap()[u"full"_s].toBool());
        QCOMPARE(events(u"kiosk.out_of_service"_s).front()[u"why"_s].toString(), u"bin_full"_s);

        signIn();
        QVERIFY(m_totes->emptyBin(u"MAIN"_s));
        QVERIFY(!m_totes->full());
        QVERIFY(!service.closed());
        QCOMPARE(events(u"kiosk.in_service"_s).front()[u"why"_s].toString(), u"bin_emptied"_s);
    }

    /// Where the scale reads the bin's weight, the bin is full at its capacityGrams whatever its count.
    void heavyBinIsFull()
    {
        m_totes = std::make_unique<BinTotes>(*m_journal, *m_cache, *m_printer, *m_clock, *m_signIn,
            std::vector<drivers::BinSpec> { { u"MAIN"_s, u"main"_s, 40, 5000 } },
            ToteManifestBuilder::Config {});
        QVERIFY(m_totes->open());
        drivers::SimItemSensor scale;
        scale.start();
        m_totes->watch(scale);
        QSignalSpy full(m_totes.get(), &BinTotes::fullChanged);
        scale.setWeight(4900);
        QVERIFY(!m_totes->full());
        scale.setWeight(5100, false); // still settling: not read yet
        QVERIFY(!m_totes->full());
        scale.setWeight(5100);
        QVERIFY(m_totes->full());
        QCOMPARE(full.size(), 1);
        QVERIFY(m_totes->bins().front().toMap()[u"state"_s].toString().contains(u"5.1 of 5.0 kg"_s));
        scale.setWeight(0); // emptied
        QVERIFY(!m_totes->full());
    }

    /// Two chutes: a bin under a chute out of service says so with what to do, the others do not; the
    /// manifest of a kiosk with several chutes names the bin's chute.
    void binsUnderAChuteOutOfService()
    {
        m_totes = std::make_unique<BinTotes>(*m_journal, *m_cache, *m_printer, *m_clock, *m_signIn,
            std::vector<drivers::BinSpec> { { u"SOFT"_s, u"soft"_s }, { u"SHOES"_s, u"shoes"_s } },
            ToteManifestBuilder::Config {});
        QVERIFY(m_totes->open());
        recordReturn(1); // into SOFT
        m_totes->setChutesDown({ { u"shoes"_s, drivers::ChuteLock::Fault::Jammed } });
        const QVariantMap soft = m_totes->bins().at(0).toMap();
        const QVariantMap shoes = m_totes->bins().at(1).toMap();
        QVERIFY(!soft[u"outOfService"_s].toBool());
        QCOMPARE(soft[u"chute"_s].toString(), u"soft"_s);
        QVERIFY(shoes[u"outOfService"_s].toBool());
        QCOMPARE(shoes[u"state"_s].toString(),
            u"Out of service (0 of 40 items): chute shoes is jammed. Clear it, then run the chute self-test."_s);
        m_totes->setChutesDown({ { u"shoes"_s, drivers::ChuteLock::Fault::Offline } });
        QVERIFY(
            m_totes->bins().at(1).toMap()[u"state"_s].toString().contains(u"chute shoes does not answer"_s));

        signIn();
        const QString tote = soft[u"toteId"_s].toString();
        QVERIFY(m_totes->emptyBin(u"SOFT"_s));
        const auto manifest = m_totes->manifest(tote);
        QVERIFY(manifest);
        QCOMPARE(manifest->resolution, u"Bin SOFT, chute soft"_s);
    }

    /// The bins open again after a restart with the same totes and counts.
    void totesSurviveARestart()
    {
        recordReturn(2);
        const QString tote = m_totes->openTotes().front().id;
        m_totes.reset();
        m_journal = std::make_unique<Journal>();
        QVERIFY(m_journal->open(m_dir->filePath(u"journal.db"_s)));
        m_signIn = std::make_unique<StaffSignIn>(*m_journal, *m_clock, staff(), u"kiosk-test"_s);
        build(40);
        QCOMPARE(m_totes->openTotes().size(), size_t(1));
        QCOMPARE(m_totes->openTotes().front().id, tote);
        QCOMPARE(m_totes->openTotes().front().items, 2);
    }
};

QTEST_MAIN(BinTotesTest)
#include "tst_bintotes.moc"
