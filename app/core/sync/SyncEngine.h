#pragma once

#include "Clock.h"
#include "sync/Backoff.h"
#include "sync/SyncConfig.h"
#include "sync/SyncStatus.h"

#include <QJsonArray>
#include <QMutex>
#include <QObject>

class QThread;

namespace kiosk {

class SyncWorker;

/// The background link to the retailer backend, for the app's composition root: runs the sync
/// on its own thread with its own journal connection, periodically and on syncNow(), and reports
/// SyncStatus through a queued signal. start(), stop() and syncNow() may be called from any thread;
/// the clock must outlive the engine.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    SyncEngine(const SyncConfig &config, const Clock &clock, QObject *parent = nullptr);
    ~SyncEngine() override;

    /// Replaces the backoff's random source; only before start().
    void setRandom(Backoff::Random random) { m_random = std::move(random); }

    /// Starts the sync thread; false when it is already running.
    bool start();
    /// Interrupts any request in flight and joins the thread. Safe to call twice.
    void stop();
    /// Runs a forced cycle (ignores backoff, honours Retry-After) as soon as the thread is free.
    void syncNow();

    bool isRunning() const;
    /// The last status the sync thread reported.
    SyncStatus status() const;

Q_SIGNALS:
    void statusChanged(const kiosk::SyncStatus &status);
    /// Commands the backend sent with a heartbeat reply, each {"type": ..., ...}.
    void commandsReceived(const QJsonArray &commands);
    /// A new signed policy bundle from the backend, not yet verified: offer it to the PolicyStore.
    void policyReceived(const QByteArray &bundle);

private:
    SyncConfig m_config;
    const Clock &m_clock;
    Backoff::Random m_random = Backoff::systemRandom();
    mutable QMutex m_mutex;
    QThread *m_thread = nullptr;
    SyncWorker *m_worker = nullptr;
    SyncStatus m_status;
};

} // namespace kiosk
