#pragma once

#include "sync/SyncRunner.h"

#include <QObject>
#include <QTimer>

namespace kiosk {

/// SyncEngine's half on the sync thread: opens the journal there, runs SyncRunner cycles on a
/// timer and on request, and reports status and remote commands through queued signals.
class SyncWorker : public QObject
{
    Q_OBJECT
public:
    SyncWorker(const SyncConfig &config, const Clock &clock, Backoff::Random random);

    /// Thread-safe: stops the running cycle at its next request boundary.
    void interrupt() { m_runner.interrupt(); }

public Q_SLOTS:
    void begin();
    void runNow();

Q_SIGNALS:
    void statusChanged(const kiosk::SyncStatus &status);
    void commandsReceived(const QJsonArray &commands);
    void policyReceived(const QByteArray &bundle);

private:
    void runCycle(SyncRunner::Mode mode);
    void scheduleNext();

    const Clock &m_clock;
    std::chrono::milliseconds m_interval;
    SyncRunner m_runner;
    QTimer m_timer;
    bool m_open = false;
};

} // namespace kiosk
