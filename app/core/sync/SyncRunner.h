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
class SyncRunner
{
public:
    enum class Mode {
        Scheduled, ///< only what is due; respects backoff
        Forced, ///< "sync now": ignores backoff and intervals, still honours Retry-After
    };

    SyncRunner(
        const SyncConfig &config, const Clock &clock, Backoff::Random random = Backoff::systemRandom());

    /// Validates the config, opens the journal and (with a cachePath) the order cache.
    /// False with lastError() on failure.
    bool open();
    QString lastError() const { return m_openError; }

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
    std::atomic<bool> m_interrupted { false };

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
