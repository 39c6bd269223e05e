#include "FirstBootSelfTest.h"

#include "Clock.h"
#include "SelfTestRunner.h"
#include "journal/Journal.h"
#include "printer/ReceiptPrinter.h"
#include "printer/ReceiptRenderer.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcFirstBootSelfTest, "kiosk.selftest.firstboot")

namespace kiosk {

namespace {
const QString Technician = u"technician"_s;
}

FirstBootSelfTest::FirstBootSelfTest(SelfTestRunner &runner, Journal &journal,
    drivers::ReceiptPrinter &printer, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_runner(runner)
    , m_journal(journal)
    , m_printer(printer)
    , m_clock(clock)
{
    connect(&m_runner, &SelfTestRunner::finished, this, &FirstBootSelfTest::finished);
}

void FirstBootSelfTest::start(const QString &kioskId)
{
    m_kioskId = kioskId;
    runAgain();
}

void FirstBootSelfTest::runAgain()
{
    if (m_kioskId.isEmpty() || m_runner.running())
        return;
    m_reported = false;
    setMessage({});
    m_runner.run();
}

void FirstBootSelfTest::finished()
{
    if (m_kioskId.isEmpty() || m_reported)
        return;
    Journal::Event event = m_runner.completedEvent(Technician, u"firstboot"_s);
    event.payload.insert(u"kioskId"_s, m_kioskId); // the enrolled id: the backend checks it
    if (!record(event.id, event.type, event.payload))
        return;
    m_reported = true;
    if (!m_printer.isBusy())
        m_printer.print(drivers::ReceiptRenderer().escPos(m_runner.reportReceipt()));
    Q_EMIT changed();
}

bool FirstBootSelfTest::startKiosk()
{
    if (!m_reported || !m_runner.passed()) {
        setMessage(tr(
            "Some parts failed: fix them and run the self-test again, or accept the report with a reason."));
        return false;
    }
    Q_EMIT handOver();
    return true;
}

bool FirstBootSelfTest::acceptFailure(const QString &reason)
{
    if (!m_reported)
        return false;
    const QString why = reason.simplified();
    if (why.size() < MinReasonLength) {
        setMessage(tr(
            "Say why the kiosk may start with a failed part (at least %n characters).", "", MinReasonLength));
        return false;
    }
    const QJsonObject payload { { u"kioskId"_s, m_kioskId }, { u"by"_s, Technician }, { u"reason"_s, why },
        { u"failed"_s, QJsonArray::fromStringList(m_runner.failedParts()) },
        { u"at"_s, m_clock.now().toString(Qt::ISODateWithMs) } };
    if (!record(QUuid::createUuid().toString(QUuid::WithoutBraces), u"selftest.accepted"_s, payload))
        return false;
    Q_EMIT handOver();
    return true;
}

bool FirstBootSelfTest::record(const QString &id, const QString &type, const QJsonObject &payload)
{
    if (m_journal.recordEvent(id, type, payload, m_clock.now()))
        return true;
    qCCritical(lcFirstBootSelfTest).noquote() << "could not record" << type << ":" << m_journal.lastError();
    setMessage(tr("The self-test could not be recorded (%1). Please try again.").arg(m_journal.lastError()));
    return false;
}

void FirstBootSelfTest::setMessage(const QString &message)
{
    m_message = message;
    Q_EMIT changed();
}

} // namespace kiosk
