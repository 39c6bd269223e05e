#include "MaintenanceSelfTest.h"

#include "KioskService.h"
#include "SelfTestRunner.h"
#include "StaffSignIn.h"
#include "journal/Journal.h"

#include <QLoggingCategory>

#include <utility>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcMaintenanceSelfTest, "kiosk.selftest.maintenance")

namespace kiosk {

MaintenanceSelfTest::MaintenanceSelfTest(SelfTestRunner &runner, Journal &journal, const StaffSignIn &signIn,
    KioskService &service, QObject *parent)
    : QObject(parent)
    , m_runner(runner)
    , m_journal(journal)
    , m_signIn(signIn)
    , m_service(service)
{
    connect(&m_runner, &SelfTestRunner::finished, this, &MaintenanceSelfTest::record);
}

bool MaintenanceSelfTest::start()
{
    if (!m_signIn.signedIn() || m_runner.running())
        return false;
    m_staffId = m_signIn.staffId();
    m_outcome = Outcome::None;
    Q_EMIT changed();
    m_runner.run();
    return true;
}

void MaintenanceSelfTest::record()
{
    if (m_staffId.isEmpty())
        return; // first boot's or kioskctl's run
    const QString staffId = std::exchange(m_staffId, {});
    const Journal::Event event = m_runner.completedEvent(staffId, u"maintenance"_s);
    if (!m_journal.recordEvent(event.id, event.type, event.payload, event.at)) {
        qCCritical(lcMaintenanceSelfTest).noquote()
            << "could not record the self-test:" << m_journal.lastError();
        m_outcome = Outcome::NotRecorded;
        Q_EMIT changed();
        return;
    }
    m_outcome = Outcome::Recorded;
    const SelfTestResult chute = m_runner.result(u"chute"_s);
    if (chute.failed() && m_runner.chuteCount() > 1) {
        // The other chutes still take items: only this one's bins are out (DropoffStation saw it fail).
        m_reason = chute.message;
        m_outcome = Outcome::ChuteOutOfService;
    } else if (chute.failed()) {
        // A chute that may not close must not take a shopper's item.
        m_reason = chute.message;
        if (m_service.switchOffAfterCheck(staffId, chute.message))
            m_outcome = Outcome::OutOfService;
        else
            qCCritical(lcMaintenanceSelfTest)
                << "the chute failed but the kiosk could not be taken out of service";
    }
    Q_EMIT changed();
}

QString MaintenanceSelfTest::message() const
{
    switch (m_outcome) {
    case Outcome::None:
    case Outcome::Recorded:
        break;
    case Outcome::OutOfService:
        return tr(
            "The kiosk is out of service for drop-off: %1. Put it back in service once the chute works.")
            .arg(m_reason);
    case Outcome::ChuteOutOfService:
        return tr("%1. Its bins take no returns until it passes the self-test; the other bins still do.")
            .arg(m_reason);
    case Outcome::NotRecorded:
        return tr("The self-test could not be recorded. Please run it again.");
    }
    return {};
}

} // namespace kiosk
