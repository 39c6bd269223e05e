#include "DeviceFaultReporter.h"

#include "Clock.h"
#include "journal/Journal.h"
#include "scanner/Scanner.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcFaults, "kiosk.faults")

namespace kiosk {

DeviceFaultReporter::DeviceFaultReporter(
    Journal &journal, const Clock &clock, const QString &kioskId, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_clock(clock)
    , m_kioskId(kioskId)
{ }

void DeviceFaultReporter::watch(drivers::ReceiptPrinter &printer)
{
    using Fault = drivers::ReceiptPrinter::Fault;
    connect(&printer, &drivers::ReceiptPrinter::failed, this, [this](Fault fault) {
        if (fault == Fault::PaperOut)
            report(u"printer"_s, u"paper_out"_s, u"The receipt printer is out of paper."_s);
        else if (fault == Fault::Offline)
            report(u"printer"_s, u"offline"_s, u"The receipt printer does not answer."_s);
    });
    connect(&printer, &drivers::ReceiptPrinter::printed, this, [this] { report(u"printer"_s, {}, {}); });
}

void DeviceFaultReporter::watch(drivers::ChuteLock &chute, const QString &device)
{
    using Fault = drivers::ChuteLock::Fault;
    connect(&chute, &drivers::ChuteLock::faulted, this, [this, device](Fault fault) {
        const QString code = drivers::ChuteLock::faultCode(fault); // as the session's reason codes say it
        if (fault == Fault::Jammed)
            report(device, code, u"The chute is jammed."_s);
        else if (fault == Fault::BinFull)
            report(device, code, u"The bin under the chute is full."_s);
        else if (fault == Fault::Offline)
            report(device, code, u"The chute lock does not answer."_s);
        // ItemNotSensed is a missed item, not a broken device.
    });
    connect(&chute, &drivers::ChuteLock::itemAccepted, this, [this, device] { report(device, {}, {}); });
}

void DeviceFaultReporter::watch(scanner::Scanner &scanner)
{
    const auto follow = [this](bool connected) {
        report(u"scanner"_s, connected ? QString() : u"unplugged"_s,
            connected ? QString() : u"The barcode scanner is unplugged."_s);
    };
    connect(&scanner, &scanner::Scanner::connectedChanged, this, follow);
    follow(scanner.isConnected()); // unplugged already at start
}

void DeviceFaultReporter::report(const QString &device, const QString &code, const QString &message)
{
    const QString active = m_active.value(device);
    if (code == active)
        return;
    const bool cleared = code.isEmpty();
    const QDateTime now = m_clock.now();
    const QJsonObject payload { { u"kioskId"_s, m_kioskId }, { u"device"_s, device },
        { u"code"_s, cleared ? active : code }, { u"message"_s, cleared ? u"Working again."_s : message },
        { u"at"_s, now.toString(Qt::ISODateWithMs) }, { u"cleared"_s, cleared } };
    if (!m_journal.recordEvent(
            QUuid::createUuid().toString(QUuid::WithoutBraces), u"fault"_s, payload, now)) {
        qCCritical(lcFaults).noquote() << "could not record the fault:" << m_journal.lastError();
        return; // unchanged: the next report tries again
    }
    qCWarning(lcFaults).noquote() << device << (cleared ? u"cleared"_s : code);
    if (cleared)
        m_active.remove(device);
    else
        m_active.insert(device, code);
}

} // namespace kiosk
