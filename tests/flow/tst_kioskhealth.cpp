#include "Clock.h"
#include "DeviceFaultReporter.h"
#include "KioskHealth.h"
#include "cache/CacheStore.h"
#include "indicator/SimIndicator.h"
#include "journal/Journal.h"
#include "printer/SimReceiptPrinter.h"
#include "scanner/FakeScanner.h"
#include "sensor/SimItemSensor.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace kiosk;

/// The maintenance home's health rows: a device fault says what is wrong and what to do, and clears
/// when the device works again; the sync queue reads the real journal.db (pending, refused); no policy,
/// no backend and a cache never synced are said plainly.
class KioskHealthTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<CacheStore> m_cache;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<drivers::SimReceiptPrinter> m_printer;
    std::unique_ptr<drivers::SimItemSensor> m_scale;
    std::unique_ptr<drivers::SimIndicator> m_light;
    std::unique_ptr<scanner::FakeScanner> m_scanner;
    std::unique_ptr<DeviceFaultReporter> m_faults;
    std::unique_ptr<KioskHealth> m_health;

    HealthPart part(const QString &name) { return m_health->find(name).value_or(HealthPart {}); }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_journal = std::make_unique<Journal>();
        QVERIFY(m_journal->open(m_dir->filePath(u"journal.db"_s)));
        m_cache = std::make_unique<CacheStore>();
        QVERIFY(m_cache->open(m_dir->filePath(u"cache.db"_s)));
        m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 11, 20), QTime(21, 0), Qt::UTC));
        m_printer = std::make_unique<drivers::SimReceiptPrinter>(0);
        m_scale = std::make_unique<drivers::SimItemSensor>();
        m_light = std::make_unique<drivers::SimIndicator>();
        m_scanner = std::make_unique<scanner::FakeScanner>();
        m_faults = std::make_unique<DeviceFaultReporter>(*m_journal, *m_clock, u"kiosk-test"_s);
        m_faults->watch(*m_printer);
        m_faults->watch(*m_scanner);
        KioskHealth::Sources sources;
        sources.journal = m_journal.get();
        sources.cache = m_cache.get();
        sources.faults = m_faults.get();
        sources.scale = m_scale.get();
        sources.indicator = m_light.get();
        sources.scanner = m_scanner.get();
        sources.dataDir = m_dir->path();
        m_health = std::make_unique<KioskHealth>(sources, *m_clock);
    }

    void everyPartIsListedAndHealthyPartsNeedNothing()
    {
        const QStringList names { u"Receipt printer"_s, u"Chute lock"_s, u"Scanner and camera"_s, u"Scale"_s,
            u"Indicator light"_s, u"Network and backend"_s, u"Sync queue"_s, u"Disk space"_s,
            u"Return policy"_s, u"Order cache"_s };
        QCOMPARE(m_health->parts().size(), names.size());
        for (const QString &name : names)
            QVERIFY2(m_health->find(name), qPrintable(name));
        QCOMPARE(part(u"Receipt printer"_s).state, u"Ready"_s);
        QVERIFY(part(u"Receipt printer"_s).action.isEmpty());
        QCOMPARE(part(u"Sync queue"_s).state, u"Everything sent"_s);
        QCOMPARE(part(u"Return policy"_s).level, HealthPart::Level::Fault); // none loaded in this test
        QCOMPARE(part(u"Network and backend"_s).state, u"No backend set up"_s);
        QCOMPARE(part(u"Order cache"_s).state, u"Never updated from the backend"_s);
        QVERIFY(part(u"Disk space"_s).state.endsWith(u" free"_s));
    }

    void printerOutOfPaperSaysWhatToDoUntilItPrints()
    {
        m_printer->scriptFault(drivers::ReceiptPrinter::Fault::PaperOut);
        QSignalSpy failed(m_printer.get(), &drivers::ReceiptPrinter::failed);
        m_printer->print("test");
        QTRY_COMPARE(failed.size(), 1);
        m_health->refresh();
        QCOMPARE(part(u"Receipt printer"_s).state, u"Out of paper"_s);
        QCOMPARE(part(u"Receipt printer"_s).level, HealthPart::Level::Fault);
        QVERIFY(part(u"Receipt printer"_s).action.contains(u"paper roll"_s));
        QCOMPARE(m_health->faultCount(), 2); // and the policy
        QSignalSpy printed(m_printer.get(), &drivers::ReceiptPrinter::printed);
        m_printer->print("test");
        QTRY_COMPARE(printed.size(), 1);
        m_health->refresh();
        QCOMPARE(part(u"Receipt printer"_s).level, HealthPart::Level::Ok);
    }

    void unpluggedScannerAndScaleFaults()
    {
        m_scanner->unplug();
        m_scale->start(); // the scale reports while the drop-off station runs it
        m_scale->fail(drivers::ItemSensor::Fault::Offline);
        m_health->refresh();
        QCOMPARE(part(u"Scanner and camera"_s).level, HealthPart::Level::Fault);
        QVERIFY(part(u"Scanner and camera"_s).action.contains(u"Plug the scanner back in"_s));
        QCOMPARE(part(u"Scale"_s).state, u"Not answering"_s);
        m_scale->setWeight(1200);
        m_health->refresh();
        QCOMPARE(part(u"Scale"_s).state, u"Reading 1200 g"_s);
    }

    void syncQueueCountsPendingAndRefusedEntries()
    {
        QVERIFY(m_journal->recordEvent(
            u"00000000-0000-4000-8000-000000000001"_s, u"fault"_s, {}, m_clock->now()));
        QVERIFY(m_journal->recordEvent(
            u"00000000-0000-4000-8000-000000000002"_s, u"fault"_s, {}, m_clock->now()));
        m_health->refresh();
        QCOMPARE(part(u"Sync queue"_s).state, u"2 waiting to send"_s);
        QCOMPARE(part(u"Sync queue"_s).level, HealthPart::Level::Ok);
        m_clock->advance(2 * 3600 * 1000);
        m_health->refresh();
        QCOMPARE(part(u"Sync queue"_s).level, HealthPart::Level::Attention);
        const auto due = m_journal->dueOutbox(m_clock->now(), 10);
        QVERIFY(m_journal->moveToDeadLetter(due.front().seq, u"rejected: bad payload"_s, m_clock->now()));
        m_health->refresh();
        QCOMPARE(part(u"Sync queue"_s).state, u"1 waiting to send, 1 refused by the backend"_s);
        QCOMPARE(part(u"Sync queue"_s).level, HealthPart::Level::Fault);
    }
};

QTEST_GUILESS_MAIN(KioskHealthTest)
#include "tst_kioskhealth.moc"
