#pragma once

#include "Clock.h"
#include "cache/CacheStore.h"
#include "journal/Journal.h"
#include "sync/Backoff.h"
#include "sync/HttpClient.h"
#include "sync/OrderDeltaSink.h"
#include "sync/SyncConfig.h"
#include "sync/SyncStatus.h"

#include <QJsonArray>

#include <atomic>
#include <memory>
#include <optional>

namespace kiosk {

/// One sync pass at a time, on the calling thread: pushes the journal's due outbox (returns and
/// events) to the backend in batches, applies each per-item result (delivered, or dead letter with the
/// reason), pulls order changes into the cache page by page and the signed policy when it changed
/// (ETag), backs off with full jitter after failures,
/// honours Retry-After, and sends the heartbeat. SyncEngine runs it on its own thread; `kioskctl sync --once`
/// and the tests call it directly.
///
/// Storage problems stay visible until fixed: a journal that cannot record what the backend answered
/// keeps the status in error (whatever the backend answers next) and the answered entries are not sent
/// again while it cannot: their outcomes are kept in memory and written first when the journal works.
/// Delivery never depends on the order cache: a cache that cannot be opened only stops the order pulls.
/// Retry times survive the wall clock moving back: waits are rescheduled by the jump (see followClock()).
class SyncRunner
{
public:
    enum class Mode {
        Scheduled, ///< only what is due; respects backoff
        Forced, ///< "sync now": ignores backoff and intervals, still honours Retry-After
    };

    SyncRunner(
        const SyncConfig &config, const Clock &clock, Backoff::Random random = Backoff::systemRandom());

    /// Validates the config, opens the journal and (with a cachePath) tries the order cache: a cache
    /// that cannot be opened is reported in status() and retried at the next order pull, it does not
    /// stop delivery. False with lastError()/lastFault() when the config or the journal is unusable.
    bool open();
    QString lastError() const { return m_openError; }
    sql::StorageFault lastFault() const { return m_openFault; }
    /// The journal's storage fault (first) or the cache's, None when both work.
    sql::StorageFault storageFault() const;

    void runCycle(Mode mode = Mode::Scheduled);

    /// The link's state with fresh queue figures from the journal.
    SyncStatus status();
    /// Earliest time a retry is allowed (backoff or Retry-After); invalid when not waiting.
    QDateTime notBefore() const;
    /// Remote commands received with heartbeats since the last call that the runner does not carry out
    /// itself (it runs "sync_now" and "reload_policy").
    QJsonArray takeCommands();
    /// A policy bundle fetched since the last call (GET /v1/policy returned a new one), for the
    /// PolicyStore to verify and keep or refuse; nullopt when there is none.
    std::optional<QByteArray> takePolicyBundle();

    /// Thread-safe: makes a running cycle stop at the next request boundary; later cycles do nothing.
    void interrupt();

    HttpClient &http() { return m_http; }
    Journal &journal() { return m_journal; }

private:
    enum class Outcome { AllSettled, SomeLeft, LinkFailed };

    void cycle(Mode mode);
    /// Notices the wall clock moving back (more than a second since the last look) and moves every
    /// wait back by as much: the in-memory deadlines and the journal's retry times. Retry times beyond
    /// any possible wait (a clock that was ahead when they were set) become due now.
    void followClock();
    /// Writes outcomes the journal could not record earlier; false while it still cannot.
    bool recordPendingOutcomes(const QDateTime &now);
    void journalFailed(const QString &what);
    void journalWorked();
    void cacheFailed(const QString &error, sql::StorageFault fault);
    bool openCache();
    void writeStatusFile();
    /// False when the link failed, or a retry time has not come, or the runner was interrupted.
    bool pushOutbox(Mode mode);
    /// Pulls order change pages until the backend has no more; false when the link failed.
    bool pullOrders(Mode mode);
    /// The pages themselves; @p complete is set once the last page is applied.
    bool pullOrderPages(bool *complete, int *orders, int *deleted);
    Outcome settleBatch(const std::vector<Journal::OutboxEntry> &batch, const HttpResponse &response);
    void sendHeartbeat();
    /// GET /v1/policy with If-None-Match; false when the link failed.
    bool pullPolicy(Mode mode);
    /// Carries out the heartbeat's commands the runner owns; the others are kept for takeCommands().
    void runCommands(const QJsonArray &commands);
    /// Records a failed exchange: schedules the retry (Retry-After or backoff) and returns its time.
    QDateTime linkFailed(const QString &error, const HttpResponse &response);
    void linkSucceeded();
    bool waitingForRetryAfter(const QDateTime &now) const;

    SyncConfig m_config;
    const Clock &m_clock;
    Backoff m_backoff;
    HttpClient m_http;
    Journal m_journal;
    QString m_openError;
    sql::StorageFault m_openFault = sql::StorageFault::None;
    std::atomic<bool> m_interrupted { false };

    QDateTime m_lastNow; ///< the wall clock at the last look, to notice it moving back
    /// Delivered or rejected at the backend, but the journal could not record it (disk full, ...).
    std::vector<std::int64_t> m_unrecordedDelivered;
    std::vector<std::pair<std::int64_t, QString>> m_unrecordedRejected;
    QString m_journalError;
    sql::StorageFault m_journalFault = sql::StorageFault::None;
    QString m_cacheError;
    sql::StorageFault m_cacheFault = sql::StorageFault::None;

    SyncStatus m_status;
    int m_consecutiveFailures = 0;
    QDateTime m_backoffUntil;
    QDateTime m_retryAfterUntil;
    QDateTime m_nextHeartbeat;
    std::unique_ptr<CacheStore> m_cache;
    std::unique_ptr<OrderDeltaSink> m_orders;
    QDateTime m_nextOrderPull;
    QJsonArray m_commands;
    QByteArray m_policyEtag;
    QDateTime m_nextPolicyPull;
    std::optional<QByteArray> m_policyBundle;
};

} // namespace kiosk
