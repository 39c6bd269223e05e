#include "ReferenceBackend.h"

#include "ProductPicture.h"
#include "StockCatalog.h"

#include "backlog/BacklogFile.h"

#include <httplib.h>
#include <openssl/crypto.h>
#include <openssl/ssl.h>

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QUuid>

#include <sys/socket.h>
#include <zlib.h>

#include <algorithm>
#include <chrono>
#include <optional>
#include <thread>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcBackend, "kiosk.backend")

namespace kiosk::backend {

namespace {

constexpr auto JsonType = "application/json";

/// gzip (RFC 1952) at compression level 1; nullopt if zlib fails.
std::optional<QByteArray> gzipFast(const QByteArray &data)
{
    z_stream stream {};
    constexpr int GzipWindowBits = 15 + 16;
    if (deflateInit2(&stream, 1, Z_DEFLATED, GzipWindowBits, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return std::nullopt;
    QByteArray out(qsizetype(deflateBound(&stream, uLong(data.size()))), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int result = deflate(&stream, Z_FINISH);
    out.truncate(qsizetype(stream.total_out));
    deflateEnd(&stream);
    if (result != Z_STREAM_END)
        return std::nullopt;
    return out;
}

void sendJson(httplib::Response &res, int status, const QJsonObject &body)
{
    res.status = status;
    res.set_content(QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString(), JsonType);
}

void sendError(httplib::Response &res, int status, const QString &code, const QString &message)
{
    sendJson(res, status,
        QJsonObject { { "error"_L1, QJsonObject { { "code"_L1, code }, { "message"_L1, message } } } });
}

/// The request body as a JSON object, or nullopt after answering 415 or 400.
std::optional<QJsonObject> jsonBody(const httplib::Request &req, httplib::Response &res)
{
    const std::string type = req.get_header_value("Content-Type");
    if (type.rfind(JsonType, 0) != 0) {
        sendError(res, 415, u"unsupported_media_type"_s, u"the body must be application/json"_s);
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(req.body), &error);
    if (doc.isNull() || !doc.isObject()) {
        sendError(res, 400, u"malformed_json"_s,
            doc.isNull() ? error.errorString() : u"the body must be a JSON object"_s);
        return std::nullopt;
    }
    return doc.object();
}

QJsonArray resultsJson(const std::vector<BackendStore::Result> &results)
{
    QJsonArray array;
    for (const auto &r : results) {
        QJsonObject item { { "id"_L1, r.id }, { "status"_L1, r.status } };
        if (!r.reason.isEmpty())
            item.insert("reason"_L1, r.reason);
        array.append(item);
    }
    return array;
}

/// How many of @p results were accepted, duplicates and rejected.
QJsonObject tally(const std::vector<BackendStore::Result> &results)
{
    QJsonObject counts { { "accepted"_L1, 0 }, { "duplicate"_L1, 0 }, { "rejected"_L1, 0 } };
    for (const auto &result : results)
        counts.insert(result.status, counts.value(result.status).toInt() + 1);
    return counts;
}

/// Answers 403 kiosk_mismatch: the body speaks for a kiosk the credential is not.
void sendKioskMismatch(
    httplib::Response &res, const QString &what, const QString &named, const Caller &caller)
{
    sendError(res, 403, u"kiosk_mismatch"_s,
        u"%1 names kiosk \"%2\" but the credential belongs to kiosk \"%3\"; nothing was stored"_s.arg(
            what, named, caller.kioskId));
}

/// The first item of @p items that names a kiosk @p caller may not act as: its label and the kiosk it
/// names; nullopt when there is none. An item names its kiosk as "kioskId" (returns, and events that
/// carry one) or, for events, as "payload.kioskId" (staff.override).
std::optional<std::pair<QString, QString>> foreignKiosk(
    const QJsonArray &items, const Caller &caller, const QString &label)
{
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        for (const QJsonValue &named :
            { item.value("kioskId"_L1), item.value("payload"_L1).toObject().value("kioskId"_L1) }) {
            if (named.isString() && !caller.mayActAs(named.toString()))
                return std::pair { u"%1[%2]"_s.arg(label).arg(i), named.toString() };
        }
    }
    return std::nullopt;
}

bool isLoopback(const std::string &address)
{
    return address.rfind("127.", 0) == 0 || address == "::1" || address.rfind("::ffff:127.", 0) == 0;
}

/// Closes the connection under a request without a reply: the client sees the stream end.
void dropConnection(const httplib::Request &req)
{
    if (req.ssl)
        ::shutdown(SSL_get_fd(req.ssl), SHUT_RDWR);
}

} // namespace

ReferenceBackend::ReferenceBackend(
    BackendStore &store, const OrderCatalog &catalog, FaultInjector &faults, Credentials credentials)
    : m_store(store)
    , m_catalog(catalog)
    , m_feed(catalog, store)
    , m_faults(faults)
    , m_credentials(std::move(credentials))
    , m_policies(store)
{ }

ReferenceBackend::~ReferenceBackend() = default;

bool ReferenceBackend::openPolicies(const QString &policyFile, QString *error)
{
    m_policyFile = policyFile;
    if (!m_policies.load(error))
        return false;
    QFile file(policyFile);
    if (policyFile.isEmpty() || !file.open(QIODevice::ReadOnly))
        return true; // it may appear later; it is kept when first served
    if (const QString problem = m_policies.keep(file.read(MaxBodyBytes)); !problem.isEmpty()) {
        *error = u"%1: %2"_s.arg(policyFile, problem);
        return false;
    }
    return true;
}

BackendStore::AmountsCheck ReferenceBackend::amountsCheck() const
{
    return [pricing = ReturnPricing(m_catalog, m_policies, m_storeZone)](
               const QJsonObject &ret) { return pricing.problem(ret); };
}

int ReferenceBackend::bind(const QString &certPath, const QString &keyPath, const QString &host, int port,
    const QString &clientCaPath)
{
    const QByteArray clientCa = clientCaPath.toLocal8Bit();
    m_server = std::make_unique<httplib::SSLServer>(certPath.toLocal8Bit().constData(),
        keyPath.toLocal8Bit().constData(), clientCa.isEmpty() ? nullptr : clientCa.constData());
    if (!m_server->is_valid()) {
        qCCritical(lcBackend) << "cannot load the certificate" << certPath << "or key" << keyPath;
        return -1;
    }
    // Kiosk certificates: asked for and verified against the client CA when sent, but optional, since a
    // kiosk enrols (and an older one authenticates with its token) without one.
    if (m_kioskCa && !clientCa.isEmpty())
        SSL_CTX_set_verify(m_server->ssl_context(), SSL_VERIFY_PEER, nullptr);
    // A server that asks for client certificates must name the context its sessions belong to: without
    // one, OpenSSL answers a kiosk resuming its TLS session (libcurl does on every new connection, e.g.
    // after the keep-alive below closed an idle one) with an internal_error alert
    // (SSL_R_SESSION_ID_CONTEXT_UNINITIALIZED), which the kiosk met as "Send failure: Broken pipe"
    // posting its returns. Sessions resume only here, with the client certificate they were made with.
    static const unsigned char sessionContext[] = "returns-kiosk/reference-backend";
    SSL_CTX_set_session_id_context(m_server->ssl_context(), sessionContext, sizeof sessionContext - 1);
    m_server->set_payload_max_length(MaxBodyBytes);
    // Replies go out in a few writes; without this, Nagle holds the last one back for a delayed ACK.
    m_server->set_tcp_nodelay(true);
    m_server->set_keep_alive_max_count(1000);
    // An idle kept-alive connection holds a worker and delays a clean stop by up to this long.
    m_server->set_keep_alive_timeout(2);
    m_server->set_read_timeout(10);
    m_server->set_write_timeout(10);
    m_server->set_error_handler(
        httplib::Server::HandlerWithResponse([](const httplib::Request &, httplib::Response &res) {
            if (!res.body.empty())
                return httplib::Server::HandlerResponse::Unhandled;
            switch (res.status) {
            case 404:
                sendError(res, 404, u"not_found"_s, u"no such endpoint"_s);
                break;
            case 413:
                sendError(res, 413, u"payload_too_large"_s,
                    u"the body exceeds %1 bytes"_s.arg(ReferenceBackend::MaxBodyBytes));
                break;
            default:
                sendError(res, res.status, u"http_%1"_s.arg(res.status), u"request failed"_s);
            }
            return httplib::Server::HandlerResponse::Handled;
        }));
    m_server->set_exception_handler([](const httplib::Request &, httplib::Response &res, std::exception_ptr) {
        sendError(res, 500, u"internal"_s, u"unexpected server error"_s);
    });
    m_server->set_pre_routing_handler([](const httplib::Request &req, httplib::Response &) {
        // cpp-httplib picks brotli whenever a client accepts it, at quality 11: seconds for one page of
        // orders. Offer gzip only. The request object is not const inside cpp-httplib, only in this API.
        auto &headers = const_cast<httplib::Headers &>(req.headers);
        if (const auto it = headers.find("Accept-Encoding"); it != headers.end())
            it->second = it->second.find("gzip") != std::string::npos ? "gzip" : "identity";
        return httplib::Server::HandlerResponse::Unhandled;
    });
    m_server->set_logger([](const httplib::Request &req, const httplib::Response &res) {
        qCInfo(lcBackend, "%s %s -> %d", req.method.c_str(), req.path.c_str(), res.status);
    });
    addRoutes();

    const std::string hostName = host.toStdString();
    if (port == 0)
        return m_server->bind_to_any_port(hostName);
    return m_server->bind_to_port(hostName, port) ? port : -1;
}

bool ReferenceBackend::run()
{
    return m_server && m_server->listen_after_bind();
}

void ReferenceBackend::stop()
{
    if (m_server)
        m_server->stop();
}

void ReferenceBackend::addRoutes()
{
    auto bound = [this](void (ReferenceBackend::*method)(const httplib::Request &, httplib::Response &)) {
        return CallerHandler([this, method](const httplib::Request &req, httplib::Response &res,
                                 const Caller &) { (this->*method)(req, res); });
    };
    auto asCaller = [this](void (ReferenceBackend::*method)(
                        const httplib::Request &, httplib::Response &, const Caller &)) {
        return CallerHandler([this, method](const httplib::Request &req, httplib::Response &res,
                                 const Caller &caller) { (this->*method)(req, res, caller); });
    };
    m_server->Get("/v1/health", guarded(u"health"_s, Access::Public, bound(&ReferenceBackend::health)));
    m_server->Post("/v1/enrol", guarded(u"enrol"_s, Access::Public, bound(&ReferenceBackend::enrol)));
    m_server->Post("/v1/returns:batch",
        guarded(u"returns:batch"_s, Access::Device, asCaller(&ReferenceBackend::returnsBatch)));
    m_server->Get("/v1/orders/changes",
        guarded(u"orders/changes"_s, Access::Device, bound(&ReferenceBackend::orderChanges)));
    m_server->Get(R"(/v1/orders/([A-Za-z0-9._-]{1,64}))",
        guarded(u"orders/get"_s, Access::Device, bound(&ReferenceBackend::orderById)));
    m_server->Get("/v1/stock",
        guarded(u"stock"_s, Access::Device,
            [](const httplib::Request &req, httplib::Response &res, const Caller &) {
                const auto answer = StockCatalog::answer(QString::fromStdString(req.get_param_value("sku")));
                if (answer.status == 200)
                    sendJson(res, 200, answer.stock);
                else
                    sendError(res, answer.status, answer.errorCode, answer.errorMessage);
            }));
    m_server->Get(R"(/v1/images/([A-Za-z0-9._-]{1,124})\.png)",
        guarded(u"images"_s, Access::Device,
            [](const httplib::Request &req, httplib::Response &res, const Caller &) {
                const QByteArray png = ProductPicture::png(QString::fromStdString(req.matches[1].str()));
                res.set_content(png.constData(), size_t(png.size()), "image/png");
            }));
    m_server->Post("/v1/events", guarded(u"events"_s, Access::Device, asCaller(&ReferenceBackend::events)));
    m_server->Post(
        "/v1/heartbeat", guarded(u"heartbeat"_s, Access::Device, asCaller(&ReferenceBackend::heartbeat)));
    m_server->Get("/v1/policy", guarded(u"policy"_s, Access::Device, bound(&ReferenceBackend::policy)));
    m_server->Post("/v1/admin/commands",
        guarded(u"admin/commands"_s, Access::LoopbackAdmin, bound(&ReferenceBackend::queueCommand)));
    m_server->Get("/v1/admin/faults",
        guarded(u"admin/faults"_s, Access::LoopbackAdmin, bound(&ReferenceBackend::getFaults)));
    m_server->Post("/v1/admin/faults",
        guarded(u"admin/faults"_s, Access::LoopbackAdmin, bound(&ReferenceBackend::setFaults)));
    m_server->Get(
        "/v1/admin/stats", guarded(u"admin/stats"_s, Access::LoopbackAdmin, bound(&ReferenceBackend::stats)));
    m_server->Post("/v1/admin/returns/import",
        guarded(u"admin/returns/import"_s, Access::LoopbackAdmin, bound(&ReferenceBackend::importReturns)));
    m_server->Get("/v1/admin/kiosks",
        guarded(u"admin/kiosks"_s, Access::LoopbackAdmin, bound(&ReferenceBackend::kiosks)));
}

ReferenceBackend::Handler ReferenceBackend::guarded(
    const QString &endpoint, Access access, CallerHandler handler)
{
    return [this, endpoint, access, handler](const httplib::Request &req, httplib::Response &res) {
        {
            std::lock_guard lock(m_statsMutex);
            ++m_requests[endpoint];
        }
        if (access == Access::LoopbackAdmin && !isLoopback(req.remote_addr)) {
            sendError(res, 403, u"forbidden"_s, u"admin endpoints answer loopback clients only"_s);
            return;
        }
        Caller caller = access == Access::Public
            ? Caller {}
            : m_credentials.identify(req.get_header_value("Authorization"), m_store);
        if (access == Access::Device && caller.kind == Caller::Kind::Unknown)
            caller = certificateCaller(req);
        if (!admitted(access, caller, res))
            return;
        // Faults hit authorised requests only, so a stray client cannot use up a counted fault.
        const FaultInjector::Plan plan = m_faults.take(endpoint);
        if (!plan.isEmpty()) {
            std::lock_guard lock(m_statsMutex);
            ++m_faultsInjected;
        }
        if (plan.delayMs > 0)
            std::this_thread::sleep_for(std::chrono::milliseconds(plan.delayMs));
        if (plan.status != 0) {
            if (plan.retryAfterSeconds >= 0)
                res.set_header("Retry-After", std::to_string(plan.retryAfterSeconds));
            sendError(res, plan.status, plan.status == 503 ? u"unavailable"_s : u"injected_fault"_s,
                u"fault injected by the reference backend"_s);
            return;
        }

        handler(req, res, caller);

        if (plan.dropAfterCommit) {
            qCInfo(lcBackend) << "fault: dropping the connection after processing" << endpoint;
            dropConnection(req);
        } else if (plan.truncateBody) {
            const std::string body = res.body;
            const std::string type = res.get_header_value("Content-Type");
            res.body.clear();
            res.set_content_provider(body.size(), type.empty() ? JsonType : type.c_str(),
                [body](size_t, size_t, httplib::DataSink &sink) {
                    sink.write(body.data(), body.size() / 2);
                    return false;
                });
        } else if (plan.wrongContentType) {
            res.set_content("<html><body><h1>Welcome to the store Wi-Fi</h1></body></html>", "text/html");
        }
    };
}

bool ReferenceBackend::admitted(Access access, const Caller &caller, httplib::Response &res)
{
    if (access == Access::Public)
        return true;
    if (caller.kind == Caller::Kind::Unknown) {
        res.set_header("WWW-Authenticate", "Bearer");
        sendError(res, 401, u"unauthorized"_s, u"a valid bearer token is required"_s);
        return false;
    }
    if (access == Access::LoopbackAdmin && caller.kind != Caller::Kind::Admin) {
        sendError(
            res, 403, u"forbidden"_s, u"admin endpoints need the admin credential, not a device token"_s);
        return false;
    }
    if (access == Access::Device && !caller.isDevice()) {
        sendError(res, 403, u"forbidden"_s, u"the admin credential is not a device credential"_s);
        return false;
    }
    return true;
}

void ReferenceBackend::enrol(const httplib::Request &req, httplib::Response &res)
{
    const auto body = jsonBody(req, res);
    if (!body)
        return;
    if (body->contains("csr"_L1)) {
        enrolWithCsr(*body, res);
        return;
    }
    const QString code = body->value("code"_L1).toString();
    const QString kioskId = body->value("kioskId"_L1).toString();
    if (code.isEmpty() || code.size() > 64 || kioskId.isEmpty() || kioskId.size() > 128) {
        sendError(res, 400, u"invalid_request"_s, u"code and kioskId are required strings"_s);
        return;
    }
    const auto token = m_store.enrol(code, kioskId);
    if (!token) {
        refuseEnrolment(code, res);
        return;
    }
    qCInfo(lcBackend).noquote() << "kiosk" << kioskId << "enrolled";
    sendJson(res, 200,
        QJsonObject { { "kioskId"_L1, kioskId }, { "deviceToken"_L1, QString::fromLatin1(*token) } });
}

void ReferenceBackend::refuseEnrolment(const QString &code, httplib::Response &res)
{
    // Unknown and already used codes get the same answer, so a code cannot be probed. An expired one is
    // told apart: the technician needs a new sheet, not another try, and the code is no use to anyone.
    if (const auto expiredAt = m_store.expiryOfUnusedCode(code)) {
        sendError(res, 403, u"enrolment_expired"_s,
            u"the enrolment code expired at %1"_s.arg(expiredAt->toString(Qt::ISODate)));
        return;
    }
    sendError(res, 403, u"enrolment_refused"_s, u"the enrolment code is unknown or already used"_s);
}

void ReferenceBackend::enrolWithCsr(const QJsonObject &body, httplib::Response &res)
{
    if (!m_kioskCa) {
        sendError(res, 501, u"certificates_not_issued"_s,
            u"this backend issues device tokens only (no --kiosk-ca-cert); enrol without a CSR"_s);
        return;
    }
    const QString code = body.value("code"_L1).toString();
    const QString kioskId = body.value("kioskId"_L1).toString();
    const QString csr = body.value("csr"_L1).toString();
    if (code.isEmpty() || code.size() > 64 || kioskId.size() > 128 || csr.isEmpty() || csr.size() > 16384) {
        sendError(res, 400, u"invalid_request"_s, u"code and csr are required strings"_s);
        return;
    }
    QString error;
    const auto keyHash = KioskCa::requestKeyHash(csr.toLatin1(), &error);
    if (!keyHash) {
        sendError(res, 400, u"invalid_csr"_s, error);
        return;
    }
    // The same key again is a retry and re-issued.
    const auto kiosk = m_store.enrolKey(code, kioskId, *keyHash);
    if (!kiosk) {
        refuseEnrolment(code, res);
        return;
    }
    const auto certificate = m_kioskCa->sign(csr.toLatin1(), *kiosk, &error);
    const auto fingerprint = certificate ? KioskCa::fingerprintOfPem(*certificate) : std::nullopt;
    if (!fingerprint || !m_store.addCertificate(*fingerprint, *kiosk)) {
        sendError(res, 500, u"internal"_s, certificate ? m_store.lastError() : error);
        return;
    }
    qCInfo(lcBackend).noquote() << "kiosk" << *kiosk << "enrolled with a certificate";
    sendJson(res, 200,
        QJsonObject { { "kioskId"_L1, *kiosk }, { "certificate"_L1, QString::fromLatin1(*certificate) },
            { "store"_L1, m_storeConfig } });
}

Caller ReferenceBackend::certificateCaller(const httplib::Request &req)
{
    if (!m_kioskCa || !req.ssl || SSL_get_verify_result(req.ssl) != X509_V_OK)
        return {};
    X509 *peer = SSL_get0_peer_certificate(req.ssl);
    if (!peer)
        return {};
    if (const auto kiosk = m_store.kioskOfCertificate(KioskCa::fingerprint(peer)))
        return { Caller::Kind::Device, *kiosk };
    return {};
}

void ReferenceBackend::health(const httplib::Request &, httplib::Response &res)
{
    sendJson(res, 200, QJsonObject { { "status"_L1, u"ok"_s } });
}

void ReferenceBackend::returnsBatch(const httplib::Request &req, httplib::Response &res, const Caller &caller)
{
    const auto body = jsonBody(req, res);
    if (!body)
        return;
    const QJsonValue returns = body->value("returns"_L1);
    if (!returns.isArray()) {
        sendError(res, 400, u"invalid_request"_s, u"\"returns\" must be an array"_s);
        return;
    }
    if (returns.toArray().size() > MaxBatchSize) {
        sendError(res, 413, u"batch_too_large"_s, u"at most %1 returns per batch"_s.arg(MaxBatchSize));
        return;
    }
    // A credential speaks for its own kiosk only: the whole batch is refused, nothing stored.
    if (const auto foreign = foreignKiosk(returns.toArray(), caller, u"returns"_s)) {
        qCWarning(lcBackend).noquote()
            << "refused returns from kiosk" << caller.kioskId << "naming kiosk" << foreign->second;
        sendKioskMismatch(res, foreign->first, foreign->second, caller);
        return;
    }
    const auto results = m_store.submitReturns(returns.toArray(), m_catalog, amountsCheck());
    if (!results) {
        qCCritical(lcBackend) << "storing returns failed:" << m_store.lastError();
        sendError(res, 500, u"storage_error"_s, u"the returns could not be stored; retry later"_s);
        return;
    }
    sendJson(res, 200, QJsonObject { { "results"_L1, resultsJson(*results) } });
}

void ReferenceBackend::orderChanges(const httplib::Request &req, httplib::Response &res)
{
    int limit = DefaultPageSize;
    if (req.has_param("limit")) {
        bool ok = false;
        limit = QString::fromStdString(req.get_param_value("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > MaxPageSize) {
            sendError(
                res, 400, u"invalid_limit"_s, u"limit must be an integer from 1 to %1"_s.arg(MaxPageSize));
            return;
        }
    }
    bool badCursor = false;
    const auto page
        = m_feed.changes(QString::fromStdString(req.get_param_value("cursor")), limit, &badCursor);
    if (!page && badCursor) {
        sendError(res, 400, u"invalid_cursor"_s, u"the cursor was not issued by this backend"_s);
        return;
    }
    if (!page) {
        qCCritical(lcBackend) << "reading the order changes failed:" << m_store.lastError();
        sendError(res, 500, u"storage_error"_s, u"the order changes could not be read; retry later"_s);
        return;
    }
    // Orders are kept as JSON text; the envelope is assembled around them.
    const QByteArray body = "{\"orders\":" + page->ordersJson + ",\"deleted\":[],\"nextCursor\":\""
        + page->nextCursor.toLatin1() + "\",\"hasMore\":" + (page->hasMore ? "true" : "false") + '}';
    res.status = 200;
    // Pages are megabytes: gzip them here at level 1; cpp-httplib's level 6 was most of the backend's
    // time in the initial-load benchmark. Accept-Encoding is then cleared so it does not compress again.
    if (req.get_header_value("Accept-Encoding") == "gzip") {
        if (const auto compressed = gzipFast(body)) {
            const_cast<httplib::Headers &>(req.headers).erase("Accept-Encoding");
            res.set_header("Content-Encoding", "gzip");
            res.set_content(std::string(compressed->constData(), std::size_t(compressed->size())), JsonType);
            return;
        }
    }
    res.set_content(body.toStdString(), JsonType);
}

void ReferenceBackend::orderById(const httplib::Request &req, httplib::Response &res)
{
    const auto order = m_feed.find(QString::fromStdString(req.matches[1]));
    if (!order) {
        sendError(res, 404, u"order_not_found"_s, u"no such order"_s);
        return;
    }
    res.status = 200;
    res.set_content(order->toStdString(), JsonType);
}

void ReferenceBackend::events(const httplib::Request &req, httplib::Response &res, const Caller &caller)
{
    const auto body = jsonBody(req, res);
    if (!body)
        return;
    const QJsonValue events = body->value("events"_L1);
    if (!events.isArray()) {
        sendError(res, 400, u"invalid_request"_s, u"\"events\" must be an array"_s);
        return;
    }
    if (events.toArray().size() > MaxBatchSize) {
        sendError(res, 413, u"batch_too_large"_s, u"at most %1 events per request"_s.arg(MaxBatchSize));
        return;
    }
    if (const auto foreign = foreignKiosk(events.toArray(), caller, u"events"_s)) {
        qCWarning(lcBackend).noquote()
            << "refused events from kiosk" << caller.kioskId << "naming kiosk" << foreign->second;
        sendKioskMismatch(res, foreign->first, foreign->second, caller);
        return;
    }
    const auto results = m_store.submitEvents(events.toArray());
    if (!results) {
        qCCritical(lcBackend) << "storing events failed:" << m_store.lastError();
        sendError(res, 500, u"storage_error"_s, u"the events could not be stored; retry later"_s);
        return;
    }
    sendJson(res, 200, QJsonObject { { "results"_L1, resultsJson(*results) } });
}

void ReferenceBackend::heartbeat(const httplib::Request &req, httplib::Response &res, const Caller &caller)
{
    const auto body = jsonBody(req, res);
    if (!body)
        return;
    const QString kioskId = body->value("kioskId"_L1).toString();
    if (kioskId.isEmpty() || kioskId.size() > 128) {
        sendError(res, 400, u"invalid_request"_s, u"kioskId is missing"_s);
        return;
    }
    // Also what keeps one kiosk from collecting the commands queued for another.
    if (!caller.mayActAs(kioskId)) {
        qCWarning(lcBackend).noquote()
            << "refused a heartbeat from kiosk" << caller.kioskId << "as" << kioskId;
        sendKioskMismatch(res, u"the heartbeat"_s, kioskId, caller);
        return;
    }
    if (!m_store.recordHeartbeat(kioskId, *body)) {
        sendError(res, 500, u"storage_error"_s, u"the heartbeat could not be stored"_s);
        return;
    }
    QJsonArray commands;
    {
        std::lock_guard lock(m_statsMutex);
        if (const auto it = m_commands.find(kioskId); it != m_commands.end()) {
            commands = it->second;
            m_commands.erase(it); // each command is delivered once
        }
    }
    sendJson(res, 200, QJsonObject { { "commands"_L1, commands } });
}

void ReferenceBackend::policy(const httplib::Request &req, httplib::Response &res)
{
    QFile file(m_policyFile);
    if (m_policyFile.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        sendError(res, 404, u"policy_not_found"_s, u"no policy is published"_s);
        return;
    }
    const QByteArray bundle = file.read(ReferenceBackend::MaxBodyBytes);
    // Kiosks judge returns by what they were served, so the backend keeps every version it serves.
    if (const QString problem = m_policies.keep(bundle); !problem.isEmpty())
        qCWarning(lcBackend).noquote() << "the published policy" << m_policyFile
                                       << "is not kept, returns under it are refused:" << problem;
    const QByteArray etag
        = '"' + QCryptographicHash::hash(bundle, QCryptographicHash::Sha256).toHex().left(32) + '"';
    res.set_header("ETag", etag.toStdString());
    res.set_header("Cache-Control", "no-cache");
    if (req.get_header_value("If-None-Match") == etag.toStdString()) {
        res.status = 304;
        return;
    }
    res.status = 200;
    res.set_content(bundle.toStdString(), JsonType);
}

void ReferenceBackend::queueCommand(const httplib::Request &req, httplib::Response &res)
{
    const auto body = jsonBody(req, res);
    if (!body)
        return;
    const QString kioskId = body->value("kioskId"_L1).toString();
    const QString type = body->value("type"_L1).toString();
    if (kioskId.isEmpty() || type.isEmpty()) {
        sendError(res, 400, u"invalid_request"_s, u"kioskId and type are required strings"_s);
        return;
    }
    QJsonObject command { { "id"_L1, QUuid::createUuid().toString(QUuid::WithoutBraces) },
        { "type"_L1, type } };
    if (body->value("args"_L1).isObject())
        command.insert("args"_L1, body->value("args"_L1));
    {
        std::lock_guard lock(m_statsMutex);
        m_commands[kioskId].append(command);
    }
    sendJson(res, 200, command);
}

void ReferenceBackend::getFaults(const httplib::Request &, httplib::Response &res)
{
    sendJson(res, 200, FaultInjector::toJson(m_faults.current()));
}

void ReferenceBackend::setFaults(const httplib::Request &req, httplib::Response &res)
{
    const auto body = jsonBody(req, res);
    if (!body)
        return;
    FaultInjector::Plan plan;
    QString error;
    if (!FaultInjector::fromJson(*body, &plan, &error)) {
        sendError(res, 400, u"invalid_faults"_s, error);
        return;
    }
    m_faults.set(plan);
    qCInfo(lcBackend) << "faults set to"
                      << QJsonDocument(FaultInjector::toJson(plan)).toJson(QJsonDocument::Compact);
    sendJson(res, 200, FaultInjector::toJson(plan));
}

void ReferenceBackend::stats(const httplib::Request &, httplib::Response &res)
{
    const auto counts = m_store.counts();
    if (!counts) {
        sendError(res, 500, u"storage_error"_s, m_store.lastError());
        return;
    }
    QJsonObject requests;
    qint64 faultsInjected = 0;
    {
        std::lock_guard lock(m_statsMutex);
        for (const auto &[endpoint, count] : m_requests)
            requests.insert(endpoint, count);
        faultsInjected = m_faultsInjected;
    }
    sendJson(res, 200,
        QJsonObject { { "returnsStored"_L1, counts->returnsStored },
            { "duplicatesSeen"_L1, counts->duplicatesSeen },
            { "duplicatesWithDifferentBody"_L1, counts->duplicatesWithDifferentBody },
            { "eventsStored"_L1, counts->eventsStored }, { "kiosksSeen"_L1, counts->kiosksSeen },
            { "ordersAvailable"_L1, m_catalog.size() }, { "faultsInjected"_L1, faultsInjected },
            { "requests"_L1, requests } });
}

void ReferenceBackend::kiosks(const httplib::Request &, httplib::Response &res)
{
    const auto heartbeats = m_store.lastHeartbeats();
    if (!heartbeats) {
        sendError(res, 500, u"storage_error"_s, m_store.lastError());
        return;
    }
    QJsonArray fleet;
    for (const auto &kiosk : *heartbeats)
        fleet.append(QJsonObject { { "kioskId"_L1, kiosk.kioskId },
            { "lastHeartbeatAt"_L1, kiosk.receivedAt }, { "heartbeat"_L1, kiosk.body } });
    sendJson(res, 200, QJsonObject { { "kiosks"_L1, fleet } });
}

void ReferenceBackend::importReturns(const httplib::Request &req, httplib::Response &res)
{
    if (req.get_header_value("Content-Type").rfind(JsonType, 0) != 0) {
        sendError(res, 415, u"unsupported_media_type"_s, u"the body must be application/json"_s);
        return;
    }
    const BacklogFile::Read file = BacklogFile::read(QByteArray::fromStdString(req.body));
    const auto refuse = [&res](const QString &code, const QString &why) {
        qCWarning(lcBackend).noquote() << "export refused:" << why;
        sendError(res, 400, code, why + u"; nothing was stored"_s);
    };
    if (!file.content) {
        refuse(u"export_invalid"_s, file.error);
        return;
    }
    const QString kioskId = file.content->kioskId;
    if (file.algorithm != QLatin1StringView(DeviceTokenSigner::Algorithm)) {
        refuse(u"export_signature_invalid"_s,
            u"the export is signed with %1, which this backend cannot check"_s.arg(file.algorithm));
        return;
    }
    const QList<QByteArray> keys = m_credentials.tokenHashesOf(kioskId) + m_store.tokenHashesOf(kioskId);
    const bool verified = std::any_of(keys.cbegin(), keys.cend(), [&file](const QByteArray &key) {
        return DeviceTokenSigner::verify(key, file.signedBytes, file.signature);
    });
    if (!verified) {
        refuse(u"export_signature_invalid"_s,
            u"the export's signature does not match any key of kiosk \"%1\": the file was changed after it "
            "was written, or another kiosk signed it"_s.arg(kioskId));
        return;
    }
    // Signed by the kiosk, so it speaks for that kiosk only, like its own requests.
    const Caller signer { Caller::Kind::Device, kioskId };
    for (const auto &[items, label] : { std::pair { file.content->returns, u"returns"_s },
             std::pair { file.content->events, u"events"_s } }) {
        if (const auto foreign = foreignKiosk(items, signer, label)) {
            refuse(u"kiosk_mismatch"_s,
                u"%1 names kiosk \"%2\" but the export is kiosk \"%3\"'s"_s.arg(
                    foreign->first, foreign->second, kioskId));
            return;
        }
    }
    const auto returns = m_store.submitReturns(file.content->returns, m_catalog, amountsCheck());
    const auto events = returns ? m_store.submitEvents(file.content->events) : std::nullopt;
    if (!returns || !events) {
        qCCritical(lcBackend) << "importing an export failed:" << m_store.lastError();
        sendError(res, 500, u"storage_error"_s, u"the export could not be stored; import it again later"_s);
        return;
    }
    const QJsonObject returnCounts = tally(*returns);
    const QJsonObject eventCounts = tally(*events);
    const bool nothingNew
        = returnCounts.value("accepted"_L1).toInt() == 0 && eventCounts.value("accepted"_L1).toInt() == 0;
    qCInfo(lcBackend).noquote() << "imported the export of kiosk" << kioskId << "returns"
                                << QJsonDocument(returnCounts).toJson(QJsonDocument::Compact) << "events"
                                << QJsonDocument(eventCounts).toJson(QJsonDocument::Compact);
    sendJson(res, 200,
        QJsonObject { { "kioskId"_L1, kioskId }, { "returns"_L1, returnCounts }, { "events"_L1, eventCounts },
            { "nothingNew"_L1, nothingNew },
            { "results"_L1,
                QJsonObject {
                    { "returns"_L1, resultsJson(*returns) }, { "events"_L1, resultsJson(*events) } } } });
}

} // namespace kiosk::backend
