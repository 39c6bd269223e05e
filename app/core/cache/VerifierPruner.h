#pragma once

#include "Clock.h"
#include "cache/VerifierRetention.h"

#include <QObject>
#include <QString>

#include <chrono>
#include <memory>

class QThread;
class QTimer;

namespace kiosk {

class CacheStore;

/// The periodic prune of the verifiers and contacts of orders past every return window
/// (CacheStore::dropExpiredVerifiers), on a thread of its own with its own connection to cache.db, so
/// the GUI thread's connection never waits on it. The clock must outlive the pruner.
class VerifierPruner : public QObject
{
    Q_OBJECT
public:
    VerifierPruner(const QString &cachePath, const Clock &clock,
        std::chrono::milliseconds interval = std::chrono::hours(1), QObject *parent = nullptr);
    ~VerifierPruner() override;

    /// Starts the thread, which opens its connection and prunes every interval; false when running.
    bool start();
    /// Joins the thread (a prune under way finishes first). Safe to call twice.
    void stop();
    /// Prunes as soon as the thread is free.
    void pruneNow();
    /// As soon as the thread is free: @p retention is in force from then on for every connection to the
    /// cache (CacheStore::setVerifierRetention), and what it no longer keeps is dropped (no pruned()).
    void retain(const VerifierRetention &retention);

Q_SIGNALS:
    /// After each prune, from the prune thread: how many orders lost their secrets, -1 on a storage
    /// error (or when the cache could not be opened).
    void pruned(int orders);

private:
    /// The thread's connection, opened on first use (and again after a failed open); null if it fails.
    CacheStore *cache();
    void prune();

    QString m_cachePath;
    const Clock &m_clock;
    std::chrono::milliseconds m_interval;
    QThread *m_thread = nullptr;
    QTimer *m_timer = nullptr; ///< lives on m_thread: the prunes run in its context
    std::unique_ptr<CacheStore> m_cache; ///< opened, used and closed on m_thread only
};

} // namespace kiosk
