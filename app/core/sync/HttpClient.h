#pragma once

#include "sync/SyncConfig.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <vector>

using CURL = void;
using CURLM = void;

namespace kiosk {

/// One request to the backend; path is relative to the base URL ("/v1/health").
struct HttpRequest
{
    QByteArray method; ///< "GET" or "POST"
    QByteArray path;
    QByteArray body; ///< JSON for POST
    QByteArray ifNoneMatch = {}; ///< an entity tag from an earlier reply's ETag; a 304 then means unchanged
};

/// What came back. status is 0 when no complete HTTP response arrived (TLS refusal, timeout,
/// connection lost, reply over the size cap, interrupted); error then says why.
struct HttpResponse
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QByteArray retryAfter; ///< raw Retry-After header value, empty when absent
    QByteArray etag; ///< raw ETag header value, empty when absent
    QString error;

    bool transportFailed() const { return status == 0; }
};

/// The kiosk's HTTPS client for the backend, on libcurl's multi interface: requests run
/// concurrently, connections (and TLS sessions) are kept and reused across calls, HTTP/2 is used
/// when the server offers it. TLS verification is always on: against the configured CA bundle only,
/// or, with no bundle, against the public-key pins alone (an enrolled kiosk's pin from its QR); with optional
/// public-key pins and an optional client certificate (mutual TLS). Blocking; meant for the sync thread. Not
/// copyable.
class HttpClient
{
public:
    explicit HttpClient(const SyncConfig &config);
    ~HttpClient();
    HttpClient(const HttpClient &) = delete;
    HttpClient &operator=(const HttpClient &) = delete;

    /// Runs the requests concurrently and returns one response per request, in order.
    std::vector<HttpResponse> perform(const std::vector<HttpRequest> &requests);
    HttpResponse perform(const HttpRequest &request) { return perform(std::vector { request }).front(); }

    /// Thread-safe: aborts the running perform() promptly; this and later calls fail with "interrupted".
    void interrupt();

    qint64 requestCount() const { return m_requests; }
    /// New connections opened so far (a reused connection counts once).
    qint64 connectionCount() const { return m_connections; }

private:
    struct Transfer;
    CURL *takeHandle();
    void configure(CURL *easy, Transfer &transfer);

    QByteArray m_baseUrl;
    QByteArray m_caBundle;
    QByteArray m_pins;
    QByteArray m_clientCert;
    QByteArray m_clientKey;
    QByteArray m_authorization;
    SyncConfig m_config;
    CURLM *m_multi = nullptr;
    std::vector<CURL *> m_idle;
    std::atomic<bool> m_interrupted { false };
    qint64 m_requests = 0;
    qint64 m_connections = 0;
};

} // namespace kiosk
