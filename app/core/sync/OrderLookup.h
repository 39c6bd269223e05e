#pragma once

#include "sync/SyncConfig.h"

#include <QObject>

#include <memory>

namespace kiosk {

class BackendWorker;
class CacheStore;
class HttpClient;

/// Online fallback for a cache miss: asks the backend for one order (GET /v1/orders/{id}) on its own
/// thread and HTTPS connection, writes a found order into the cache (config.cachePath), and answers
/// with finished() on the caller's thread. find() is the same lookup, blocking, for tools and tests.
class OrderLookup : public QObject
{
    Q_OBJECT

public:
    enum class Outcome {
        Found, ///< the order is in the cache now
        NotFound, ///< the backend does not know it
        Unavailable, ///< offline, refused or a bad reply: decide with what the kiosk has
    };
    Q_ENUM(Outcome)

    struct Result
    {
        Outcome outcome = Outcome::Unavailable;
        QString error; ///< why Unavailable
    };

    explicit OrderLookup(const SyncConfig &config, QObject *parent = nullptr);
    ~OrderLookup() override;

    /// Starts a lookup; finished() follows. Lookups run one after another.
    void lookup(const QString &orderId);
    /// The lookup itself, on the calling thread, bounded by the client's timeouts; a found order is
    /// written to @p cache when there is one.
    static Result find(HttpClient &http, CacheStore *cache, const QString &orderId);

Q_SIGNALS:
    void finished(const QString &orderId, kiosk::OrderLookup::Outcome outcome, const QString &error);

private:
    void openCache(const QString &path);

    // Used on the worker's thread only, opened there as soon as it starts; declared first so that it
    // is destroyed after the worker has joined its thread.
    std::unique_ptr<CacheStore> m_cache;
    std::unique_ptr<BackendWorker> m_worker;
};

} // namespace kiosk
