#include "SyncWorker.h"

#include "sync/SyncLog.h"

namespace kiosk {

SyncWorker::SyncWorker(const SyncConfig &config, const Clock &clock, Backoff::Random random)
    : m_clock(clock)
    , m_interval(config.syncInterval)
    , m_runner(config, clock, std::move(random))
    , m_timer(this)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { runCycle(SyncRunner::Mode::Scheduled); });
}

void SyncWorker::begin()
{
    m_open = m_runner.open();
    if (!m_open) {
        qCCritical(lcSync).noquote() << "sync engine cannot start:" << m_runner.lastError();
        SyncStatus status;
        status.lastError = m_runner.lastError();
        Q_EMIT statusChanged(status);
        return;
    }
    runCycle(SyncRunner::Mode::Scheduled);
}

void SyncWorker::runNow()
{
    if (m_open)
        runCycle(SyncRunner::Mode::Forced);
}

void SyncWorker::runCycle(SyncRunner::Mode mode)
{
    m_runner.runCycle(mode);
    const QJsonArray commands = m_runner.takeCommands();
    if (!commands.isEmpty())
        Q_EMIT commandsReceived(commands);
    if (const auto bundle = m_runner.takePolicyBundle())
        Q_EMIT policyReceived(*bundle);
    Q_EMIT statusChanged(m_runner.status());
    scheduleNext();
}

void SyncWorker::scheduleNext()
{
    auto delay = m_interval;
    const QDateTime notBefore = m_runner.notBefore();
    if (notBefore.isValid()) {
        const auto untilRetry
            = std::chrono::milliseconds(std::max<qint64>(m_clock.now().msecsTo(notBefore), 0));
        delay = std::min(delay, untilRetry);
    }
    m_timer.start(delay);
}

} // namespace kiosk
