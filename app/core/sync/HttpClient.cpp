#include "HttpClient.h"

#include "sync/SyncLog.h"

#include <curl/curl.h>

#include <mutex>

using namespace Qt::Literals::StringLiterals;

namespace kiosk {

namespace {

void initCurlOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

} // namespace

/// The state of one request while it runs.
struct HttpClient::Transfer
{
    const HttpRequest *request = nullptr;
    HttpResponse *response = nullptr;
    qint64 maxBytes = 0;
    bool overflow = false;
    curl_slist *headers = nullptr;
    char errorBuffer[CURL_ERROR_SIZE] = {};

    static size_t onBody(char *data, size_t size, size_t count, void *self)
    {
        auto *transfer = static_cast<Transfer *>(self);
        const size_t bytes = size * count;
        if (qint64(transfer->response->body.size()) + qint64(bytes) > transfer->maxBytes) {
            transfer->overflow = true;
            return 0; // makes libcurl abort the transfer with CURLE_WRITE_ERROR
        }
        transfer->response->body.append(data, qsizetype(bytes));
        return bytes;
    }

    static size_t onHeader(char *data, size_t size, size_t count, void *self)
    {
        auto *transfer = static_cast<Transfer *>(self);
        const size_t bytes = size * count;
        const QByteArrayView line(data, qsizetype(bytes));
        if (line.startsWith("HTTP/")) {
            transfer->response->retryAfter.clear(); // a new (final or interim) response starts
            transfer->response->etag.clear();
        } else if (line.size() > 12 && line.first(12).compare("retry-after:", Qt::CaseInsensitive) == 0) {
            transfer->response->retryAfter = line.sliced(12).trimmed().toByteArray().left(128);
        } else if (line.size() > 5 && line.first(5).compare("etag:", Qt::CaseInsensitive) == 0) {
            transfer->response->etag = line.sliced(5).trimmed().toByteArray().left(256);
        }
        return bytes;
    }
};

HttpClient::HttpClient(const SyncConfig &config)
    : m_baseUrl(config.baseUrl.toUtf8())
    , m_caBundle(config.caBundlePath.toUtf8())
    , m_pins(config.pinnedPublicKeys.join(u';').toUtf8())
    , m_clientCert(config.clientCertPath.toUtf8())
    , m_clientKey(config.clientKeyPath.toUtf8())
    , m_authorization(config.deviceToken.isEmpty() ? QByteArray()
                                                   : "Authorization: Bearer " + config.deviceToken.toUtf8())
    , m_config(config)
{
    initCurlOnce();
    m_multi = curl_multi_init();
    curl_multi_setopt(m_multi, CURLMOPT_PIPELINING, long(CURLPIPE_MULTIPLEX));
    curl_multi_setopt(m_multi, CURLMOPT_MAX_HOST_CONNECTIONS, long(std::max(1, config.parallelBatches)));
}

HttpClient::~HttpClient()
{
    for (CURL *easy : m_idle)
        curl_easy_cleanup(easy);
    curl_multi_cleanup(m_multi);
}

void HttpClient::interrupt()
{
    m_interrupted = true;
    curl_multi_wakeup(m_multi);
}

CURL *HttpClient::takeHandle()
{
    if (m_idle.empty())
        return curl_easy_init();
    CURL *easy = m_idle.back();
    m_idle.pop_back();
    curl_easy_reset(easy); // keeps the handle's TLS session cache
    return easy;
}

void HttpClient::configure(CURL *easy, Transfer &transfer)
{
    const HttpRequest &request = *transfer.request;
    const QByteArray url = m_baseUrl + request.path;
    curl_easy_setopt(easy, CURLOPT_URL, url.constData()); // libcurl copies strings
    curl_easy_setopt(easy, CURLOPT_PRIVATE, &transfer);
    curl_easy_setopt(easy, CURLOPT_ERRORBUFFER, transfer.errorBuffer);
    curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(easy, CURLOPT_PROTOCOLS_STR, "https");
    curl_easy_setopt(easy, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(easy, CURLOPT_USERAGENT, "returns-kiosk/0.1");

    // Trust exactly the configured bundle: no built-in CA path. Without a bundle the pins alone are the
    // trust (an enrolment QR's pin): libcurl then checks the server's key against them, nothing else.
    const bool pinOnly = m_caBundle.isEmpty() && !m_pins.isEmpty();
    curl_easy_setopt(easy, CURLOPT_CAINFO, pinOnly ? nullptr : m_caBundle.constData());
    curl_easy_setopt(easy, CURLOPT_CAPATH, nullptr);
    curl_easy_setopt(easy, CURLOPT_SSL_VERIFYPEER, pinOnly ? 0L : 1L);
    curl_easy_setopt(easy, CURLOPT_SSL_VERIFYHOST, pinOnly ? 0L : 2L);
    curl_easy_setopt(easy, CURLOPT_SSLVERSION, long(CURL_SSLVERSION_TLSv1_2));
    if (!m_pins.isEmpty())
        curl_easy_setopt(easy, CURLOPT_PINNEDPUBLICKEY, m_pins.constData());
    if (!m_clientCert.isEmpty()) {
        curl_easy_setopt(easy, CURLOPT_SSLCERT, m_clientCert.constData());
        curl_easy_setopt(easy, CURLOPT_SSLKEY, m_clientKey.constData());
    }

    curl_easy_setopt(easy, CURLOPT_HTTP_VERSION, long(CURL_HTTP_VERSION_2TLS));
    curl_easy_setopt(easy, CURLOPT_PIPEWAIT, 1L);
    curl_easy_setopt(easy, CURLOPT_TCP_KEEPALIVE, 1L);
    curl_easy_setopt(easy, CURLOPT_ACCEPT_ENCODING, ""); // whatever libcurl can decode
    curl_easy_setopt(easy, CURLOPT_CONNECTTIMEOUT_MS, long(m_config.connectTimeout.count()));
    curl_easy_setopt(easy, CURLOPT_TIMEOUT_MS, long(m_config.requestTimeout.count()));
    curl_easy_setopt(easy, CURLOPT_LOW_SPEED_LIMIT, long(m_config.lowSpeedBytesPerSecond));
    curl_easy_setopt(easy, CURLOPT_LOW_SPEED_TIME, long(m_config.lowSpeedTime.count()));
    curl_easy_setopt(easy, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(transfer.maxBytes));

    curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, &Transfer::onBody);
    curl_easy_setopt(easy, CURLOPT_WRITEDATA, &transfer);
    curl_easy_setopt(easy, CURLOPT_HEADERFUNCTION, &Transfer::onHeader);
    curl_easy_setopt(easy, CURLOPT_HEADERDATA, &transfer);

    if (!m_authorization.isEmpty()) // only POST /v1/enrol goes without
        transfer.headers = curl_slist_append(transfer.headers, m_authorization.constData());
    transfer.headers = curl_slist_append(transfer.headers, "Accept: application/json");
    if (!request.ifNoneMatch.isEmpty()) {
        const QByteArray header = "If-None-Match: " + request.ifNoneMatch;
        transfer.headers = curl_slist_append(transfer.headers, header.constData());
    }
    transfer.headers = curl_slist_append(transfer.headers, "Expect:");
    if (request.method == "POST") {
        transfer.headers = curl_slist_append(transfer.headers, "Content-Type: application/json");
        curl_easy_setopt(easy, CURLOPT_POST, 1L);
        curl_easy_setopt(easy, CURLOPT_POSTFIELDS, request.body.constData());
        curl_easy_setopt(easy, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(request.body.size()));
    } else {
        curl_easy_setopt(easy, CURLOPT_HTTPGET, 1L);
    }
    curl_easy_setopt(easy, CURLOPT_HTTPHEADER, transfer.headers);
}

std::vector<HttpResponse> HttpClient::perform(const std::vector<HttpRequest> &requests)
{
    std::vector<HttpResponse> responses(requests.size());
    std::vector<Transfer> transfers(requests.size());
    std::vector<CURL *> active;
    for (std::size_t i = 0; i < requests.size(); ++i) {
        Transfer &transfer = transfers[i];
        transfer.request = &requests[i];
        transfer.response = &responses[i];
        transfer.maxBytes = m_config.maxResponseBytes;
        if (m_interrupted) {
            responses[i].error = u"interrupted"_s;
            continue;
        }
        CURL *easy = takeHandle();
        configure(easy, transfer);
        curl_multi_add_handle(m_multi, easy);
        active.push_back(easy);
        ++m_requests;
    }

    auto finish = [&](CURL *easy, CURLcode code) {
        Transfer *transfer = nullptr;
        curl_easy_getinfo(easy, CURLINFO_PRIVATE, &transfer);
        HttpResponse &response = *transfer->response;
        long connects = 0;
        curl_easy_getinfo(easy, CURLINFO_NUM_CONNECTS, &connects);
        m_connections += connects;
        if (code == CURLE_OK) {
            long status = 0;
            curl_easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &status);
            response.status = int(status);
            const char *type = nullptr;
            curl_easy_getinfo(easy, CURLINFO_CONTENT_TYPE, &type);
            response.contentType = QByteArray(type);
        } else {
            response.status = 0;
            response.body.clear();
            if (transfer->overflow || code == CURLE_FILESIZE_EXCEEDED)
                response.error = u"reply larger than %1 bytes"_s.arg(m_config.maxResponseBytes);
            else if (transfer->errorBuffer[0] != 0)
                response.error = QString::fromUtf8(transfer->errorBuffer);
            else
                response.error = QString::fromUtf8(curl_easy_strerror(code));
        }
        curl_multi_remove_handle(m_multi, easy);
        curl_slist_free_all(transfer->headers);
        transfer->headers = nullptr;
        m_idle.push_back(easy);
        std::erase(active, easy);
    };

    while (!active.empty()) {
        int running = 0;
        const CURLMcode mc = curl_multi_perform(m_multi, &running);
        int queued = 0;
        while (CURLMsg *message = curl_multi_info_read(m_multi, &queued)) {
            if (message->msg == CURLMSG_DONE)
                finish(message->easy_handle, message->data.result);
        }
        if (active.empty())
            break;
        if (mc != CURLM_OK || m_interrupted) {
            const QString why = m_interrupted ? u"interrupted"_s : QString::fromUtf8(curl_multi_strerror(mc));
            while (!active.empty()) {
                CURL *easy = active.front();
                Transfer *transfer = nullptr;
                curl_easy_getinfo(easy, CURLINFO_PRIVATE, &transfer);
                finish(easy, CURLE_ABORTED_BY_CALLBACK);
                transfer->response->error = why;
            }
            break;
        }
        curl_multi_poll(m_multi, nullptr, 0, 1000, nullptr);
    }
    for (const HttpResponse &response : responses) {
        if (response.transportFailed())
            qCDebug(lcSync).noquote() << "request failed:" << response.error;
    }
    return responses;
}

} // namespace kiosk
