#include "Clock.h"
#include "DayAudit.h"
#include "FirstBootSelfTest.h"
#include "KioskService.h"
#include "MaintenanceSelfTest.h"
#include "PinEntry.h"
#include "SelfTestRunner.h"
#include "StaffSignIn.h"
#include "crypto/PinHash.h"
#include "dropoff/SimChuteLock.h"
#include "indicator/SimIndicator.h"
#include "journal/Journal.h"
#include "printer/SimReceiptPrinter.h"
#include "scanner/FakeScanner.h"
#include "sensor/SimItemSensor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <deque>

using namespace Qt::Literals::StringLiterals;
using namespace kiosk;
using Outcome = SelfTestResult::Outcome;
using Cycle = drivers::ChuteLock::Cycle;

namespace {

/// A backend that answers what the test scripted: a status (0: unreachable, with an error), or nothing.
class ScriptedProbe final : public BackendProbe
{
public:
    std::optional<Answer> answer = Answer { 200, {} };
    int probes = 0;

    void probe() override
    {
        ++probes;
        if (answer)
            QTimer::singleShot(10, this, [this] { Q_EMIT answered(*answer); });
    }
    QString backendUrl() const override { return u"https://backend.test:8443"_s; }
};

} // namespace

/// The device self-tests on simulated devices whose faults are scripted: every part passing, and each
/// way each part fails, with the message and what to check the colleague or technician reads; the
/// maintenance page's recording (a failed chute closes the kiosk for drop-off) and first boot's
/// hand-over (a failed report only with a reason).
class SelfTestRunnerTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<drivers::SimReceiptPrinter> m_printer;
    std::unique_ptr<drivers::SimChuteLock> m_chute;
    std::unique_ptr<drivers::SimItemSensor> m_scale;
    std::unique_ptr<drivers::SimIndicator> m_light;
    std::unique_ptr<scanner::FakeScanner> m_scanner;
    std::unique_ptr<ScriptedProbe> m_probe;
    std::unique_ptr<SelfTestRunner> m_runner;

    SelfTestRunner::Devices devices() const
    {
        return { m_printer.get(), { { u"main"_s, m_chute.get() } }, m_scale.get(), m_light.get(),
            m_scanner.get(), false, m_probe.get() };
    }

    /// Short limits so the failing paths are quick; the chute keeps its 2 s.
    static SelfTestRunner::Config config()
    {
        SelfTestRunner::Config config;
        config.printMs = 1000;
        config.scaleMs = 1000;
        config.flashMs = 100;
        config.scanMs = 1000;
        config.backendMs = 1000;
        config.kioskId = u"kiosk-test"_s;
        config.storeName = u"Chicago Loop"_s;
        config.profile = u"sim"_s;
        return config;
    }

    void makeRunner(SelfTestRunner::Devices devices)
    {
        m_runner = std::make_unique<SelfTestRunner>(devices, *m_clock, config());
        connect(m_scanner.get(), &scanner::Scanner::scanned, m_runner.get(),
            [this](const QString &text) { m_runner->codeRead(text); });
    }

    /// Runs (skipping @p skip) and waits for the end.
    bool run(const QStringList &skip = {})
    {
        QSignalSpy finished(m_runner.get(), &SelfTestRunner::finished);
        m_runner->run(skip);
        return finished.wait(15000);
    }

    SelfTestResult result(const QString &part) const { return m_runner->result(part); }

private Q_SLOTS:
    void init()
    {
        m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 11, 20), QTime(21, 0), Qt::UTC));
        m_printer = std::make_unique<drivers::SimReceiptPrinter>(20);
        m_chute = std::make_unique<drivers::SimChuteLock>(drivers::SimChuteLock::Timing { 20, 20 });
        m_scale = std::make_unique<drivers::SimItemSensor>();
        m_light = std::make_unique<drivers::SimIndicator>();
        m_scanner = std::make_unique<scanner::FakeScanner>();
        m_probe = std::make_unique<ScriptedProbe>();
        makeRunner(devices());
    }

    void everyPartPasses()
    {
        m_scale->setWeight(1250);
        m_light->setState(drivers::Indicator::State::Ready);
        QSignalSpy changed(m_runner.get(), &SelfTestRunner::changed);
        QVERIFY(run());
        QVERIFY(m_runner->passed());
        QVERIFY(m_runner->failedParts().isEmpty());
        const QStringList parts = SelfTestRunner::partIds();
        QCOMPARE(parts,
            (QStringList { u"printer"_s, u"chute"_s, u"scale"_s, u"light"_s, u"scanner"_s, u"backend"_s }));
        for (const SelfTestResult &r : m_runner->results())
            QVERIFY2(r.outcome == Outcome::Passed, qPrintable(r.part + u": "_s + r.message));
        QCOMPARE(result(u"printer"_s).message, u"Printer: printed the test page"_s);
        QCOMPARE(result(u"chute"_s).message, u"Chute: opened and closed"_s);
        QCOMPARE(result(u"scale"_s).message, u"Scale: reads 1.3 kg"_s);
        QCOMPARE(result(u"light"_s).message, u"Light: flashed"_s);
        QCOMPARE(result(u"scanner"_s).message, u"Scanner: read the test code"_s);
        QCOMPARE(result(u"backend"_s).message, u"Backend: https://backend.test:8443 answers"_s);
        // The test page carries the code the scanner read; the light flashed and is back as it was.
        QVERIFY(m_printer->lastReceipt().contains(m_runner->testCode().toLatin1()));
        QVERIFY(m_light->history().contains(drivers::Indicator::State::Attention));
        QCOMPARE(m_light->state(), drivers::Indicator::State::Ready);
        QVERIFY(changed.size() >= 12); // each part starting and ending

        const QJsonObject report = m_runner->report();
        QVERIFY(report[u"passed"_s].toBool());
        QCOMPARE(report[u"results"_s].toArray().size(), 6);
        QCOMPARE(report[u"results"_s][1][u"part"_s].toString(), u"chute"_s);
        QCOMPARE(report[u"results"_s][1][u"outcome"_s].toString(), u"passed"_s);
        const Journal::Event event = m_runner->completedEvent(u"E1042"_s, u"maintenance"_s);
        QCOMPARE(event.type, u"selftest.completed"_s);
        QCOMPARE(event.payload[u"by"_s].toString(), u"E1042"_s);
        QCOMPARE(event.payload[u"kioskId"_s].toString(), u"kiosk-test"_s);
        QCOMPARE(event.at, m_clock->now());
    }

    void printerFaults_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("check");
        using Fault = drivers::ReceiptPrinter::Fault;
        QTest::newRow("paper out") << int(Fault::PaperOut) << u"Printer: no paper"_s << u"paper roll"_s;
        QTest::newRow("offline") << int(Fault::Offline) << u"Printer: offline"_s << u"power"_s;
        QTest::newRow("busy") << int(Fault::Busy) << u"Printer: busy printing"_s << u"receipt to finish"_s;
    }
    void printerFaults()
    {
        QFETCH(int, fault);
        QFETCH(QString, message);
        QFETCH(QString, check);
        m_printer->scriptFault(drivers::ReceiptPrinter::Fault(fault));
        QVERIFY(run());
        QVERIFY(!m_runner->passed());
        QCOMPARE(m_runner->failedParts(), QStringList { u"printer"_s });
        QCOMPARE(result(u"printer"_s).message, message);
        QVERIFY2(result(u"printer"_s).check.contains(check), qPrintable(result(u"printer"_s).check));
        // The other parts still ran.
        QCOMPARE(result(u"chute"_s).outcome, Outcome::Passed);
    }

    void printerThatNeverFinishes()
    {
        m_printer = std::make_unique<drivers::SimReceiptPrinter>(5000);
        makeRunner(devices());
        QVERIFY(run({ u"chute"_s, u"scale"_s, u"light"_s, u"scanner"_s, u"backend"_s }));
        QCOMPARE(result(u"printer"_s).message, u"Printer: did not finish the test page within 1 s"_s);
    }

    void chuteFaults_data()
    {
        QTest::addColumn<int>("cycle");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("check");
        QTest::newRow("did not close")
            << int(Cycle::DidNotClose) << u"Chute: did not report closed within 2 s"_s << u"flap switch"_s;
        QTest::newRow("did not open")
            << int(Cycle::DidNotOpen) << u"Chute: did not open within 2 s"_s << u"lock's click"_s;
        QTest::newRow("offline") << int(Cycle::Offline) << u"Chute: the lock does not answer"_s << u"cable"_s;
    }
    void chuteFaults()
    {
        QFETCH(int, cycle);
        QFETCH(QString, message);
        QFETCH(QString, check);
        m_chute->scriptCycle(Cycle(cycle));
        QVERIFY(run({ u"printer"_s, u"scale"_s, u"light"_s, u"scanner"_s, u"backend"_s }));
        QCOMPARE(m_runner->failedParts(), QStringList { u"chute"_s });
        QCOMPARE(result(u"chute"_s).message, message);
        QVERIFY(result(u"chute"_s).check.contains(check));
    }

    void scaleFaults_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<QString>("message");
        using Fault = drivers::ItemSensor::Fault;
        QTest::newRow("overload") << int(Fault::Overload) << u"Scale: overloaded"_s;
        QTest::newRow("offline") << int(Fault::Offline) << u"Scale: not answering"_s;
        QTest::newRow("silent") << int(Fault::None) << u"Scale: no reading within 1 s"_s;
    }
    void scaleFaults()
    {
        QFETCH(int, fault);
        QFETCH(QString, message);
        m_scale->scriptReadingFault(drivers::ItemSensor::Fault(fault));
        QVERIFY(run({ u"printer"_s, u"chute"_s, u"light"_s, u"scanner"_s, u"backend"_s }));
        QCOMPARE(m_runner->failedParts(), QStringList { u"scale"_s });
        QCOMPARE(result(u"scale"_s).message, message);
        QVERIFY(!result(u"scale"_s).check.isEmpty());
    }

    void lightThatCannotBeDriven()
    {
        m_light->setError(u"gpiochip0: line 5 is busy"_s);
        QVERIFY(run({ u"printer"_s, u"chute"_s, u"scale"_s, u"scanner"_s, u"backend"_s }));
        QCOMPARE(result(u"light"_s).message, u"Light: cannot be switched on (gpiochip0: line 5 is busy)"_s);
        QVERIFY(m_light->history().isEmpty()); // never switched
    }

    void scannerFaults()
    {
        const QStringList others { u"printer"_s, u"chute"_s, u"scale"_s, u"light"_s, u"backend"_s };
        m_scanner->unplug();
        QVERIFY(run(others));
        QCOMPARE(result(u"scanner"_s).message, u"Scanner: not connected"_s);
        QVERIFY(result(u"scanner"_s).check.contains(u"USB cable"_s));

        m_scanner->plug();
        m_scanner->scriptTestAnswer({}); // nobody holds the page up
        QVERIFY(run(others));
        QCOMPARE(result(u"scanner"_s).message, u"Scanner: no code read within 1 s"_s);
        QVERIFY(result(u"scanner"_s).check.contains(u"10 to 20 cm"_s));

        // Another code in view is passed over (and kept from the shopper's journey); the test code passes.
        m_scanner->scriptTestAnswer(u"RK-100001"_s);
        m_runner->run(others);
        QTRY_VERIFY(m_runner->wantsCode());
        QTest::qWait(300);
        QVERIFY(m_runner->wantsCode());
        QVERIFY(m_runner->codeRead(m_runner->testCode()));
        QTRY_VERIFY(m_runner->hasFinished());
        QCOMPARE(result(u"scanner"_s).outcome, Outcome::Passed);
        QVERIFY(!m_runner->codeRead(m_runner->testCode())); // no longer waiting: the session's
    }

    void partsTheProfileLacksAreSkipped()
    {
        makeRunner({ m_printer.get(), { { u"main"_s, m_chute.get() } }, m_scale.get(), m_light.get(), nullptr,
            false, nullptr });
        QVERIFY(run({ u"printer"_s }));
        QVERIFY(m_runner->passed()); // skipped parts do not fail it
        QCOMPARE(result(u"printer"_s).outcome, Outcome::Skipped);
        QCOMPARE(result(u"printer"_s).message, u"Printer: skipped on request"_s);
        QCOMPARE(result(u"scanner"_s).message, u"Scanner: none in this hardware profile"_s);
        QCOMPARE(result(u"backend"_s).message, u"Backend: none configured"_s);
        QCOMPARE(m_printer->printedCount(), 0);

        makeRunner({ m_printer.get(), { { u"main"_s, m_chute.get() } }, m_scale.get(), m_light.get(), nullptr,
            true, nullptr });
        QCOMPARE(result(u"scanner"_s).name, u"Camera"_s);
    }

    void backendFaults()
    {
        const QStringList others { u"printer"_s, u"chute"_s, u"scale"_s, u"light"_s, u"scanner"_s };
        m_probe->answer
            = BackendProbe::Answer { 0, u"SSL certificate problem: unable to get local issuer"_s };
        QVERIFY(run(others));
        QCOMPARE(result(u"backend"_s).message, u"Backend: cannot be reached"_s);
        QVERIFY(result(u"backend"_s).check.contains(u"unable to get local issuer"_s));

        m_probe->answer = BackendProbe::Answer { 503, {} };
        QVERIFY(run(others));
        QCOMPARE(result(u"backend"_s).message, u"Backend: answered with error 503"_s);

        m_probe->answer.reset();
        QVERIFY(run(others));
        QCOMPARE(result(u"backend"_s).message, u"Backend: no answer within 1 s"_s);
        QCOMPARE(m_probe->probes, 3);
    }

    /// The printed report: each part's line with its outcome, what to check for the failed ones.
    void reportReceiptNamesTheFailedParts()
    {
        m_chute->scriptCycle(Cycle::DidNotClose);
        QVERIFY(run());
        const drivers::Receipt receipt = m_runner->reportReceipt();
        QCOMPARE(receipt.title, u"Self-test report"_s);
        QCOMPARE(receipt.resolution, u"1 part(s) failed."_s);
        QCOMPARE(receipt.items.size(), 7);
        QCOMPARE(receipt.items.at(2).text, u"Chute: did not report closed within 2 s"_s);
        QCOMPARE(receipt.items.at(2).amount, u"FAILED"_s);
        QCOMPARE(receipt.footer.size(), 1);
        QVERIFY(receipt.footer.first().startsWith(u"Chute: Look for something stuck"_s));
    }

    /// Maintenance: only a signed-in colleague runs it; the run is journaled with their id, the day's
    /// audit says what failed, and a failed chute takes the kiosk out of service for drop-off.
    void maintenanceRecordsAndClosesForAFailedChute()
    {
        QTemporaryDir dir;
        Journal journal;
        QVERIFY(journal.open(dir.filePath(u"journal.db"_s)));
        StaffSettings staff;
        staff.pinIterations = 1000;
        const QByteArray salt = QByteArrayLiteral("0123456789abcdef");
        staff.members.push_back({ u"E1042"_s, salt, crypto::PinHash::derive(u"246813"_s, salt, 1000) });
        StaffSignIn signIn(journal, *m_clock, staff, u"kiosk-test"_s);
        KioskService service(journal, *m_clock, signIn, u"kiosk-test"_s, {});
        MaintenanceSelfTest page(*m_runner, journal, signIn, service);

        QVERIFY(!page.start()); // nobody signed in
        QVERIFY(!m_runner->running());
        QVERIFY(signIn.submitBadge(u"E1042"_s));
        QVERIFY(enterPin(signIn, u"246813"_s));
        m_chute->scriptCycle(Cycle::DidNotClose);
        QSignalSpy finished(m_runner.get(), &SelfTestRunner::finished);
        QVERIFY(page.start());
        QVERIFY(!page.start()); // already running
        signIn.signOut(u"idle"_s); // left alone mid-run: the chute still closes the kiosk in their name
        QVERIFY(finished.wait(15000));
        QTRY_VERIFY(service.closed());
        QCOMPARE(service.by(), u"E1042"_s);
        QCOMPARE(service.why(), u"Chute: did not report closed within 2 s"_s);
        QVERIFY(page.message().contains(u"out of service for drop-off"_s));

        const auto events = journal.eventsSince(m_clock->now().addSecs(-60), 50);
        const auto completed = std::find_if(events.cbegin(), events.cend(),
            [](const Journal::Event &e) { return e.type == u"selftest.completed"_s; });
        QVERIFY(completed != events.cend());
        QCOMPARE(completed->payload[u"by"_s].toString(), u"E1042"_s);
        QCOMPARE(completed->payload[u"origin"_s].toString(), u"maintenance"_s);
        QVERIFY(!completed->payload[u"passed"_s].toBool());
        QCOMPARE(DayAudit::describe(completed->type, completed->payload),
            u"E1042 ran the self-test: Chute: did not report closed within 2 s."_s);
        QVERIFY(DayAudit::isProblem(completed->type, completed->payload));

        // A passing run closes nothing more and says so in the audit.
        m_clock->advance(60'000);
        QVERIFY(signIn.submitBadge(u"E1042"_s));
        QVERIFY(enterPin(signIn, u"246813"_s));
        m_clock->advance(1000); // the run ends after the sign-in
        QVERIFY(page.start());
        QVERIFY(finished.wait(15000));
        QVERIFY(page.message().isEmpty());
        const auto later = journal.eventsSince(m_clock->now(), 50);
        QCOMPARE(later.front().type, u"selftest.completed"_s);
        QCOMPARE(DayAudit::describe(later.front().type, later.front().payload),
            u"E1042 ran the self-test: every part passed."_s);
    }

    /// Several chutes: each is cycled in turn within the chute part; the first that fails names itself
    /// and fails the part. At maintenance, only that chute's bins go out (the kiosk stays in service).
    void severalChutesEachCycled()
    {
        drivers::SimChuteLock recycle(drivers::SimChuteLock::Timing { 20, 20 });
        SelfTestRunner::Devices several = devices();
        several.chutes.push_back({ u"recycle"_s, &recycle });
        makeRunner(several);
        QCOMPARE(m_runner->chuteCount(), 2);
        QSignalSpy mainCycled(m_chute.get(), &drivers::ChuteLock::cycled);
        QSignalSpy recycleCycled(&recycle, &drivers::ChuteLock::cycled);
        const QStringList others { u"printer"_s, u"scale"_s, u"light"_s, u"scanner"_s, u"backend"_s };
        QVERIFY(run(others));
        QCOMPARE(mainCycled.size(), 1);
        QCOMPARE(recycleCycled.size(), 1);
        QCOMPARE(result(u"chute"_s).message, u"Chutes: each of the 2 opened and closed"_s);
        QVERIFY(m_runner->failedChute().isEmpty());

        recycle.scriptCycle(Cycle::DidNotOpen);
        QVERIFY(run(others));
        QCOMPARE(m_runner->failedParts(), QStringList { u"chute"_s });
        QCOMPARE(m_runner->failedChute(), u"recycle"_s);
        QCOMPARE(result(u"chute"_s).message, u"Chute recycle: did not open within 2 s"_s);

        QTemporaryDir dir;
        Journal journal;
        QVERIFY(journal.open(dir.filePath(u"journal.db"_s)));
        StaffSettings staff;
        staff.pinIterations = 1000;
        const QByteArray salt = QByteArrayLiteral("0123456789abcdef");
        staff.members.push_back({ u"E1042"_s, salt, crypto::PinHash::derive(u"246813"_s, salt, 1000) });
        StaffSignIn signIn(journal, *m_clock, staff, u"kiosk-test"_s);
        KioskService service(journal, *m_clock, signIn, u"kiosk-test"_s, {});
        MaintenanceSelfTest page(*m_runner, journal, signIn, service);
        QVERIFY(signIn.submitBadge(u"E1042"_s));
        QVERIFY(enterPin(signIn, u"246813"_s));
        recycle.scriptCycle(Cycle::Offline);
        QSignalSpy finished(m_runner.get(), &SelfTestRunner::finished);
        QVERIFY(page.start());
        QVERIFY(finished.wait(15000));
        QVERIFY(!service.closed()); // the main chute still takes items
        QCOMPARE(page.message(),
            u"Chute recycle: the lock does not answer. Its bins take no returns until it passes the "
            "self-test; the other bins still do."_s);
    }

    /// First boot: the report is printed and journaled; a failed one hands over only with a reason.
    void firstBootNeedsAReasonForAFailedReport()
    {
        QTemporaryDir dir;
        Journal journal;
        QVERIFY(journal.open(dir.filePath(u"journal.db"_s)));
        FirstBootSelfTest firstBoot(*m_runner, journal, *m_printer, *m_clock);
        QSignalSpy handOver(&firstBoot, &FirstBootSelfTest::handOver);
        m_chute->scriptCycle(Cycle::DidNotClose);
        firstBoot.start(u"kiosk-0042"_s);
        QTRY_VERIFY_WITH_TIMEOUT(firstBoot.reported(), 15000);
        QTRY_COMPARE(m_printer->printedCount(), 2); // the test page, then the report
        QVERIFY(m_printer->lastReceipt().contains("Self-test report"));

        QVERIFY(!firstBoot.startKiosk());
        QVERIFY(firstBoot.message().contains(u"Some parts failed"_s));
        QVERIFY(!firstBoot.acceptFailure(u"  ok  "_s));
        QCOMPARE(firstBoot.message(),
            u"Say why the kiosk may start with a failed part (at least 5 characters)."_s);
        QCOMPARE(handOver.size(), 0);
        m_clock->advance(60'000);
        QVERIFY(firstBoot.acceptFailure(u"Chute flap on order, staff told"_s));
        QCOMPARE(handOver.size(), 1);

        auto events = journal.eventsSince(m_clock->now().addSecs(-120), 50);
        QCOMPARE(events.size(), 2u);
        QCOMPARE(events.at(0).type, u"selftest.accepted"_s);
        QCOMPARE(events.at(0).payload[u"reason"_s].toString(), u"Chute flap on order, staff told"_s);
        QCOMPARE(events.at(0).payload[u"failed"_s].toArray(), QJsonArray { u"chute"_s });
        QCOMPARE(events.at(0).payload[u"kioskId"_s].toString(), u"kiosk-0042"_s);
        QCOMPARE(events.at(1).type, u"selftest.completed"_s);
        QCOMPARE(events.at(1).payload[u"origin"_s].toString(), u"firstboot"_s);
        QCOMPARE(events.at(1).payload[u"kioskId"_s].toString(), u"kiosk-0042"_s);
    }

    /// First boot: run again after a fix; a passing report starts the kiosk with no reason asked.
    void firstBootStartsOnAPassingRerun()
    {
        QTemporaryDir dir;
        Journal journal;
        QVERIFY(journal.open(dir.filePath(u"journal.db"_s)));
        FirstBootSelfTest firstBoot(*m_runner, journal, *m_printer, *m_clock);
        QSignalSpy handOver(&firstBoot, &FirstBootSelfTest::handOver);
        m_scale->scriptReadingFault(drivers::ItemSensor::Fault::Offline);
        firstBoot.start(u"kiosk-0042"_s);
        QTRY_VERIFY_WITH_TIMEOUT(firstBoot.reported(), 15000);
        QVERIFY(!m_runner->passed());
        firstBoot.runAgain();
        QVERIFY(!firstBoot.reported());
        QTRY_VERIFY_WITH_TIMEOUT(firstBoot.reported(), 15000);
        QVERIFY(m_runner->passed());
        QVERIFY(firstBoot.startKiosk());
        QCOMPARE(handOver.size(), 1);
    }
};

QTEST_GUILESS_MAIN(SelfTestRunnerTest)
#include "tst_selftestrunner.moc"
