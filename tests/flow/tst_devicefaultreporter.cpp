#include "Clock.h"
#include "DeviceFaultReporter.h"
#include "dropoff/SimChuteLock.h"
#include "journal/Journal.h"
#include "printer/SimReceiptPrinter.h"
#include "scanner/FakeScanner.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace kiosk;

/// Device faults reach the journal's outbox as `fault` events: one when a device faults, one with
/// cleared=true when it works again, nothing for a fault that is already known.
class DeviceFaultReporterTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Journal m_journal;
    ManualClock m_clock { QDateTime(QDate(2026, 11, 20), QTime(15, 0), Qt::UTC) };

    /// The payloads of the fault events queued since the last call.
    QList<QJsonObject> newFaults()
    {
        QList<QJsonObject> faults;
        std::vector<std::int64_t> seqs;
        for (const Journal::OutboxEntry &entry : m_journal.dueOutbox(m_clock.now().addDays(1), 100)) {
            seqs.push_back(entry.seq);
            const QJsonObject event = QJsonDocument::fromJson(entry.payload).object();
            if (entry.kind == u"event" && event.value(u"type"_s).toString() == u"fault")
                faults.append(event.value(u"payload"_s).toObject());
        }
        m_journal.markDelivered(seqs, m_clock.now());
        return faults;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_journal.open(m_dir.filePath(u"journal.db"_s))); }

    void printerOutOfPaperAndRefilled()
    {
        DeviceFaultReporter faults(m_journal, m_clock, u"kiosk-test"_s);
        drivers::SimReceiptPrinter printer(1);
        faults.watch(printer);
        QSignalSpy done(&printer, &drivers::ReceiptPrinter::failed);
        printer.scriptFault(drivers::ReceiptPrinter::Fault::PaperOut);
        printer.scriptFault(drivers::ReceiptPrinter::Fault::PaperOut);
        printer.print("x");
        QTRY_COMPARE(done.size(), 1);
        printer.print("x"); // still out of paper: already known
        QTRY_COMPARE(done.size(), 2);
        QList<QJsonObject> events = newFaults();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.at(0).value(u"device"_s).toString(), u"printer"_s);
        QCOMPARE(events.at(0).value(u"code"_s).toString(), u"paper_out"_s);
        QCOMPARE(events.at(0).value(u"cleared"_s).toBool(), false);
        QCOMPARE(events.at(0).value(u"at"_s).toString(), u"2026-11-20T15:00:00.000Z"_s);
        QVERIFY(!events.at(0).value(u"message"_s).toString().isEmpty());

        QSignalSpy printed(&printer, &drivers::ReceiptPrinter::printed);
        printer.print("x");
        QTRY_COMPARE(printed.size(), 1);
        printer.print("x"); // and again: nothing new
        QTRY_COMPARE(printed.size(), 2);
        events = newFaults();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.at(0).value(u"code"_s).toString(), u"paper_out"_s);
        QCOMPARE(events.at(0).value(u"cleared"_s).toBool(), true);
        QVERIFY(faults.activeFault(u"printer"_s).isEmpty());
    }

    void chuteJamClearsWithTheNextItem()
    {
        DeviceFaultReporter faults(m_journal, m_clock, u"kiosk-test"_s);
        drivers::SimChuteLock chute({ 1, 1 });
        faults.watch(chute);
        QSignalSpy faulted(&chute, &drivers::ChuteLock::faulted);
        QSignalSpy accepted(&chute, &drivers::ChuteLock::itemAccepted);
        chute.scriptFault(drivers::ChuteLock::Fault::ItemNotSensed); // a missed item: no device fault
        chute.acceptItem();
        QTRY_COMPARE(faulted.size(), 1);
        QVERIFY(newFaults().isEmpty());
        chute.scriptFault(drivers::ChuteLock::Fault::Jammed);
        chute.acceptItem();
        QTRY_COMPARE(faulted.size(), 2);
        QCOMPARE(faults.activeFault(u"chute"_s), u"jammed"_s);
        chute.acceptItem();
        QTRY_COMPARE(accepted.size(), 1);
        const QList<QJsonObject> events = newFaults();
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0).value(u"code"_s).toString(), u"jammed"_s);
        QCOMPARE(events.at(0).value(u"cleared"_s).toBool(), false);
        QCOMPARE(events.at(1).value(u"code"_s).toString(), u"jammed"_s);
        QCOMPARE(events.at(1).value(u"cleared"_s).toBool(), true);
    }

    void scannerUnpluggedAtStartAndPluggedIn()
    {
        scanner::FakeScanner scanner;
        scanner.unplug();
        DeviceFaultReporter faults(m_journal, m_clock, u"kiosk-test"_s);
        faults.watch(scanner);
        QCOMPARE(faults.activeFault(u"scanner"_s), u"unplugged"_s);
        scanner.plug();
        const QList<QJsonObject> events = newFaults();
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0).value(u"device"_s).toString(), u"scanner"_s);
        QCOMPARE(events.at(0).value(u"cleared"_s).toBool(), false);
        QCOMPARE(events.at(1).value(u"cleared"_s).toBool(), true);
    }
};

QTEST_GUILESS_MAIN(DeviceFaultReporterTest)
#include "tst_devicefaultreporter.moc"
