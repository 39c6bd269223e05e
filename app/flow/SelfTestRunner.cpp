#include "SelfTestRunner.h"

#include "Clock.h"
#include "printer/ReceiptRenderer.h"
#include "scanner/Scanner.h"

#include <QJsonArray>
#include <QLocale>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcSelfTest, "kiosk.selftest")

namespace kiosk {

using Outcome = SelfTestResult::Outcome;

namespace {
const QString Printer = u"printer"_s;
const QString Chute = u"chute"_s;
const QString Scale = u"scale"_s;
const QString Light = u"light"_s;
const QString Scanner = u"scanner"_s;
const QString Backend = u"backend"_s;
} // namespace

QStringList SelfTestRunner::partIds()
{
    return { Printer, Chute, Scale, Light, Scanner, Backend };
}

SelfTestRunner::SelfTestRunner(Devices devices, const Clock &clock, Config config, QObject *parent)
    : QObject(parent)
    , m_devices(devices)
    , m_clock(clock)
    , m_config(std::move(config))
    , m_testCode(u"RKTEST-%1"_s.arg(QRandomGenerator::global()->bounded(100000, 1000000)))
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &SelfTestRunner::timedOut);
    retranslate();
}

QString SelfTestRunner::partName(const QString &part, bool camera, bool scanner)
{
    if (part == Printer)
        return tr("Printer");
    if (part == Chute)
        return tr("Chute");
    if (part == Scale)
        return tr("Scale");
    if (part == Light)
        return tr("Light");
    if (part == Scanner)
        return camera && scanner ? tr("Scanner and camera") : camera ? tr("Camera") : tr("Scanner");
    return tr("Backend");
}

void SelfTestRunner::retranslate()
{
    if (m_results.isEmpty()) {
        for (const QString &part : partIds())
            m_results.append(SelfTestResult { part, {}, Outcome::Waiting, {}, {} });
    }
    for (SelfTestResult &result : m_results)
        result.name = partName(result.part, m_devices.camera, m_devices.scanner != nullptr);
    Q_EMIT changed();
}

bool SelfTestRunner::passed() const
{
    return hasFinished() && failedParts().isEmpty();
}

QStringList SelfTestRunner::failedParts() const
{
    QStringList failed;
    for (const SelfTestResult &result : m_results)
        if (result.failed())
            failed.append(result.part);
    return failed;
}

SelfTestResult SelfTestRunner::result(const QString &part) const
{
    for (const SelfTestResult &result : m_results)
        if (result.part == part)
            return result;
    return {};
}

void SelfTestRunner::setBackend(BackendProbe *backend)
{
    if (!running())
        m_devices.backend = backend;
}

void SelfTestRunner::run(const QStringList &skip)
{
    if (running())
        return;
    m_startedAt = m_clock.now();
    m_finishedAt = {};
    for (SelfTestResult &result : m_results) {
        result.outcome = Outcome::Waiting;
        result.check.clear();
        result.message.clear();
        if (skip.contains(result.part))
            result.message = tr("%1: skipped on request").arg(result.name);
        else if ((result.part == Scanner && !m_devices.scanner && !m_devices.camera)
            || (result.part == Chute && m_devices.chutes.empty()))
            result.message = tr("%1: none in this hardware profile").arg(result.name);
        else if (result.part == Backend && !m_devices.backend)
            result.message = tr("%1: none configured").arg(result.name);
        if (!result.message.isEmpty())
            result.outcome = Outcome::Skipped;
    }
    m_current = 0;
    startPart();
}

void SelfTestRunner::startPart()
{
    while (m_current < m_results.size() && m_results.at(m_current).outcome != Outcome::Waiting)
        ++m_current;
    if (m_current >= m_results.size()) {
        m_current = -1;
        m_finishedAt = m_clock.now();
        qCInfo(lcSelfTest).noquote() << (failedParts().isEmpty()
                ? u"passed"_s
                : u"failed: "_s + failedParts().join(u", "_s));
        Q_EMIT changed();
        Q_EMIT finished();
        return;
    }
    SelfTestResult &result = m_results[m_current];
    result.outcome = Outcome::Running;
    Q_EMIT changed();
    const QString part = result.part;
    if (part == Printer)
        testPrinter();
    else if (part == Chute)
        testChute();
    else if (part == Scale)
        testScale();
    else if (part == Light)
        testLight();
    else if (part == Scanner)
        testScanner();
    else
        testBackend();
}

void SelfTestRunner::conclude(
    const QString &part, Outcome outcome, const QString &message, const QString &check)
{
    if (m_current < 0 || m_results.at(m_current).part != part
        || m_results.at(m_current).outcome != Outcome::Running)
        return;
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_deadline.stop();
    SelfTestResult &result = m_results[m_current];
    result.outcome = outcome;
    result.message = message;
    result.check = check;
    qCInfo(lcSelfTest).noquote() << SelfTestResult::outcomeCode(outcome) << message;
    Q_EMIT changed();
    // A device may answer from inside the call that started its test: go on from the event loop.
    QTimer::singleShot(0, this, &SelfTestRunner::startPart);
}

void SelfTestRunner::testPrinter()
{
    using Fault = drivers::ReceiptPrinter::Fault;
    drivers::ReceiptPrinter *printer = m_devices.printer;
    // A receipt (or the last report) still printing: the test page follows it, within the time limit.
    m_testPageSent = false;
    const auto sendTestPage = [this, printer] {
        m_testPageSent = true;
        printer->print(drivers::ReceiptRenderer().escPos(testPage()));
    };
    m_connections.append(connect(printer, &drivers::ReceiptPrinter::printed, this, [this, sendTestPage] {
        if (m_testPageSent)
            pass(Printer, tr("Printer: printed the test page"));
        else
            sendTestPage();
    }));
    m_connections.append(
        connect(printer, &drivers::ReceiptPrinter::failed, this, [this, sendTestPage](Fault fault) {
            if (!m_testPageSent)
                sendTestPage(); // the other job's fault: the test page says what is wrong now
            else if (fault == Fault::PaperOut)
                fail(Printer, tr("Printer: no paper"),
                    tr("Load a new paper roll and close the printer's cover."));
            else if (fault == Fault::Offline)
                fail(Printer, tr("Printer: offline"),
                    tr("Check the printer's power and its cable, and that its cover is closed."));
            else
                fail(Printer, tr("Printer: busy printing"),
                    tr("Wait for the receipt to finish, then run the self-test again."));
        }));
    m_deadline.start(m_config.printMs);
    if (!printer->isBusy())
        sendTestPage();
}

void SelfTestRunner::testChute()
{
    m_chute = 0;
    m_failedChute.clear();
    cycleChute();
}

QString SelfTestRunner::chuteName() const
{
    return m_devices.chutes.size() > 1 ? tr("Chute %1").arg(m_devices.chutes[m_chute].id) : tr("Chute");
}

void SelfTestRunner::cycleChute()
{
    using Cycle = drivers::ChuteLock::Cycle;
    drivers::ChuteLock *lock = m_devices.chutes[m_chute].lock;
    m_connections.append(connect(lock, &drivers::ChuteLock::cycled, this, [this](Cycle cycle) {
        const int seconds = m_config.chuteCloseSeconds;
        const size_t count = m_devices.chutes.size();
        if (cycle != Cycle::Closed)
            m_failedChute = m_devices.chutes[m_chute].id;
        switch (cycle) {
        case Cycle::Closed:
            if (m_chute + 1 < count) { // the next chute, in the same part
                for (const QMetaObject::Connection &connection : std::as_const(m_connections))
                    disconnect(connection);
                m_connections.clear();
                ++m_chute;
                QTimer::singleShot(0, this, &SelfTestRunner::cycleChute);
                return;
            }
            pass(Chute,
                count > 1 ? tr("Chutes: each of the %n opened and closed", "", int(count))
                          : tr("Chute: opened and closed"));
            break;
        case Cycle::DidNotOpen:
            fail(Chute, tr("%1: did not open within %n s", "", seconds).arg(chuteName()),
                tr("Listen for the lock's click; check its power and that nothing holds the flap shut."));
            break;
        case Cycle::DidNotClose:
            timedOut();
            break;
        case Cycle::Offline:
            fail(Chute, tr("%1: the lock does not answer").arg(chuteName()),
                tr("Check the chute lock's cable and power."));
            break;
        }
    }));
    // Opening and closing have the flap time each; a little more for the driver to say so itself.
    m_deadline.start(2 * m_config.chuteCloseSeconds * 1000 + 1000);
    lock->testCycle();
}

void SelfTestRunner::testScale()
{
    using Fault = drivers::ItemSensor::Fault;
    m_connections.append(connect(m_devices.scale, &drivers::ItemSensor::reading, this, [this](int grams) {
        pass(Scale, tr("Scale: reads %1 kg").arg(QLocale().toString(grams / 1000.0, 'f', 1)));
    }));
    m_connections.append(connect(m_devices.scale, &drivers::ItemSensor::faulted, this, [this](Fault fault) {
        if (fault == Fault::Overload)
            fail(Scale, tr("Scale: overloaded"),
                tr("Take the heavy item off the scale; empty the bin if it is full."));
        else
            fail(Scale, tr("Scale: not answering"), tr("Check the scale's cable and power."));
    }));
    m_deadline.start(m_config.scaleMs);
    m_devices.scale->requestReading();
}

void SelfTestRunner::testLight()
{
    const QString error = m_devices.indicator->error();
    if (!error.isEmpty()) {
        fail(Light, tr("Light: cannot be switched on (%1)").arg(error),
            tr("Check the light's cable to the kiosk's controller."));
        return;
    }
    m_lightBefore = m_devices.indicator->state();
    m_devices.indicator->setState(drivers::Indicator::State::Attention);
    m_deadline.start(m_config.flashMs); // the flash lasts until the deadline, which passes the test
}

void SelfTestRunner::testScanner()
{
    scanner::Scanner *reader = m_devices.scanner;
    if (reader && !reader->isConnected() && !m_devices.camera) {
        fail(Scanner, tr("Scanner: not connected"),
            tr("Check the scanner's USB cable; unplug it and plug it in again."));
        return;
    }
    Q_EMIT changed(); // wantsCode
    m_deadline.start(m_config.scanMs);
    if (reader && reader->isConnected())
        reader->testCodeWanted(m_testCode);
}

bool SelfTestRunner::codeRead(const QString &text)
{
    if (!wantsCode() || m_results.at(m_current).outcome != Outcome::Running)
        return false;
    // Another code in view (the enrolment sheet, a shopper's receipt) is not the test's: keep waiting.
    if (text == m_testCode)
        pass(Scanner, tr("%1: read the test code").arg(m_results.at(m_current).name));
    return true;
}

void SelfTestRunner::testBackend()
{
    BackendProbe *probe = m_devices.backend;
    m_connections.append(
        connect(probe, &BackendProbe::answered, this, [this, probe](const BackendProbe::Answer &answer) {
            if (answer.healthy())
                pass(Backend, tr("Backend: %1 answers").arg(probe->backendUrl()));
            else if (answer.status == 0)
                fail(Backend, tr("Backend: cannot be reached"),
                    tr("Check the network cable or Wi-Fi and that %1 can be reached (%2).")
                        .arg(probe->backendUrl(), answer.error));
            else
                fail(Backend, tr("Backend: answered with error %1").arg(answer.status),
                    tr("The network works, but the backend has a problem: tell the retailer's help desk."));
        }));
    m_deadline.start(m_config.backendMs);
    probe->probe();
}

void SelfTestRunner::timedOut()
{
    if (m_current < 0)
        return;
    const QString part = m_results.at(m_current).part;
    const QString name = m_results.at(m_current).name;
    if (part == Printer)
        fail(part, tr("Printer: did not finish the test page within %n s", "", m_config.printMs / 1000),
            tr("Check the printer's power and its cable."));
    else if (part == Chute) {
        m_failedChute = m_devices.chutes[m_chute].id;
        fail(part,
            tr("%1: did not report closed within %n s", "", m_config.chuteCloseSeconds).arg(chuteName()),
            tr("Look for something stuck in the flap; check the flap switch and its cable."));
    } else if (part == Scale)
        fail(part, tr("Scale: no reading within %n s", "", m_config.scaleMs / 1000),
            tr("Check the scale's cable and power."));
    else if (part == Light) {
        m_devices.indicator->setState(m_lightBefore);
        conclude(part, Outcome::Passed, tr("Light: flashed"),
            tr("If it did not blink, check the light's cable and lamp."));
    } else if (part == Scanner)
        fail(part, tr("%1: no code read within %n s", "", m_config.scanMs / 1000).arg(name),
            tr("Hold the self-test page's barcode 10 to 20 cm from the scanner or camera; clean its "
               "window."));
    else
        fail(part, tr("Backend: no answer within %n s", "", m_config.backendMs / 1000),
            tr("Check the network cable or Wi-Fi and the firewall."));
}

QString SelfTestRunner::time(const QDateTime &at) const
{
    return QLocale().toString(at.toTimeZone(m_config.storeZone), QLocale::ShortFormat);
}

QJsonObject SelfTestRunner::report() const
{
    QJsonArray results;
    for (const SelfTestResult &result : m_results)
        results.append(result.toJson());
    return { { u"passed"_s, passed() }, { u"startedAt"_s, m_startedAt.toString(Qt::ISODateWithMs) },
        { u"finishedAt"_s, m_finishedAt.toString(Qt::ISODateWithMs) }, { u"profile"_s, m_config.profile },
        { u"results"_s, results } };
}

Journal::Event SelfTestRunner::completedEvent(const QString &by, const QString &origin) const
{
    QJsonObject payload = report();
    payload.insert(u"kioskId"_s, m_config.kioskId);
    payload.insert(u"by"_s, by);
    payload.insert(u"origin"_s, origin);
    payload.insert(u"at"_s, m_finishedAt.toString(Qt::ISODateWithMs));
    return { QUuid::createUuid().toString(QUuid::WithoutBraces), u"selftest.completed"_s, payload,
        m_finishedAt };
}

drivers::Receipt SelfTestRunner::kioskPage(const QString &title, const QDateTime &at) const
{
    drivers::Receipt page;
    page.retailer = m_config.storeName;
    page.title = title;
    page.returnIdLabel = tr("Kiosk");
    page.returnId = m_config.kioskId;
    page.dateTime = time(at);
    page.items = { { tr("Hardware profile"), m_config.profile } };
    return page;
}

drivers::Receipt SelfTestRunner::testPage() const
{
    drivers::Receipt page = kioskPage(tr("Self-test page"), m_clock.now());
    page.barcode = m_testCode;
    page.footer = { tr("Scan the barcode above when the self-test asks for it.") };
    return page;
}

drivers::Receipt SelfTestRunner::reportReceipt() const
{
    drivers::Receipt receipt
        = kioskPage(tr("Self-test report"), m_finishedAt.isValid() ? m_finishedAt : m_clock.now());
    for (const SelfTestResult &result : m_results) {
        const QString outcome = result.outcome == Outcome::Passed ? tr("passed")
            : result.outcome == Outcome::Failed                   ? tr("FAILED")
                                                                  : tr("skipped");
        receipt.items.append({ result.message.isEmpty() ? result.name : result.message, outcome });
        if (result.failed())
            receipt.footer.append(result.name + u": "_s + result.check);
    }
    const qsizetype failed = failedParts().size();
    receipt.resolution = failed == 0 ? tr("Every part passed.") : tr("%n part(s) failed.", "", int(failed));
    receipt.signatureLabel = tr("Technician");
    return receipt;
}

} // namespace kiosk
