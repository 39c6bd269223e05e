#pragma once

#include <QString>
#include <QStringList>

#include <chrono>

namespace kiosk {

/// Everything the sync engine needs to reach the retailer backend and to pace itself. Plain data:
/// filled from the kiosk config and enrolment, validated by SyncRunner::open().
struct SyncConfig
{
    QString baseUrl; ///< "https://backend.example:443", no trailing slash; only https is accepted
    QString caBundlePath; ///< PEM file with the CAs the kiosk trusts for the backend (nothing else is)
    QString deviceToken; ///< sent as "Authorization: Bearer TOKEN"
    QString deviceTokenPath; ///< where enrolment stores the token (mode 0600)
    QString kioskId;
    /// Optional client certificate and its key (PEM) for backends that require mutual TLS; both or neither.
    QString clientCertPath;
    QString clientKeyPath;
    /// Optional public-key pins, "sha256//BASE64" each: the current key and a backup key.
    QStringList pinnedPublicKeys;

    QString journalPath; ///< journal.db; the engine opens its own connection
    QString cachePath; ///< cache.db for order deltas; empty disables order pulls
    /// sync-status.json, rewritten after every cycle for `kioskctl status`; empty: not written
    QString statusPath;
    /// What the heartbeat says the kiosk runs: its version and hardware profile (empty: not known here).
    QString softwareVersion;
    QString hardwareProfile;

    int batchSize = 250; ///< returns per POST /v1/returns:batch, at most 500
    int parallelBatches = 2; ///< batches in flight at once (HTTP/2 streams or pooled connections)
    int orderPageSize = 2000; ///< orders per GET /v1/orders/changes page, at most 5000

    std::chrono::milliseconds syncInterval { std::chrono::seconds(30) };
    std::chrono::milliseconds orderPullInterval { std::chrono::minutes(5) };
    std::chrono::milliseconds heartbeatInterval { std::chrono::minutes(5) };
    std::chrono::milliseconds backoffBase { std::chrono::seconds(2) };
    std::chrono::milliseconds backoffCap { std::chrono::minutes(15) };
    /// The longest Retry-After the engine accepts; longer values are clamped to it.
    std::chrono::milliseconds maxRetryAfter { std::chrono::hours(1) };

    std::chrono::milliseconds connectTimeout { std::chrono::seconds(10) };
    std::chrono::milliseconds requestTimeout { std::chrono::minutes(2) };
    /// A transfer slower than lowSpeedBytesPerSecond for lowSpeedTime is aborted.
    int lowSpeedBytesPerSecond = 64;
    std::chrono::seconds lowSpeedTime { 30 };
    qint64 maxResponseBytes = 16 * 1024 * 1024;
    qint64 maxRequestBytes = 4 * 1024 * 1024;
};

} // namespace kiosk
