#pragma once

#include "BackendStore.h"
#include "Credentials.h"
#include "FaultInjector.h"
#include "KioskCa.h"
#include "OrderCatalog.h"
#include "OrderFeed.h"
#include "PolicyArchive.h"
#include "ReturnPricing.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QTimeZone>

#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>

namespace httplib {
class SSLServer;
struct Request;
struct Response;
} // namespace httplib

namespace kiosk::backend {

/// The reference retailer backend: the /v1 protocol of docs/protocol.yaml over HTTPS (cpp-httplib),
/// bearer-token or client-certificate (mutual TLS, KioskCa) authorisation (each device token acts as one
/// kiosk only; the admin token alone opens /v1/admin/*, see Credentials), per-endpoint request counts and the
/// fault injection tests switch on.
class ReferenceBackend
{
public:
    static constexpr std::size_t MaxBodyBytes = 4 * 1024 * 1024;
    static constexpr qsizetype MaxBatchSize = 500;
    static constexpr int DefaultPageSize = 500;
    static constexpr int MaxPageSize = 5000;

    ReferenceBackend(
        BackendStore &store, const OrderCatalog &catalog, FaultInjector &faults, Credentials credentials);

    /// Serves this signed policy bundle at GET /v1/policy; re-read on every request, so a test (or an
    /// operator) can replace the file while the backend runs. Every version served is kept
    /// (PolicyArchive): returns are recomputed under the version they name (ReturnPricing). Reads the
    /// versions kept before and keeps the file's; false, with @p error, when either fails.
    bool openPolicies(const QString &policyFile, QString *error);
    /// The store's time zone, in which return windows are counted when returns are recomputed.
    void setStoreZone(const QTimeZone &zone) { m_storeZone = zone; }
    /// Enrolments that send a CSR get a certificate from @p ca and the store configuration @p store;
    /// bind() then asks clients for a certificate (optional: enrolment comes without one), and a
    /// certificate this CA issued authenticates its kiosk like a device token (mutual TLS).
    void setKioskCa(const KioskCa *ca, const QJsonObject &store)
    {
        m_kioskCa = ca;
        m_storeConfig = store;
    }
    ~ReferenceBackend();
    ReferenceBackend(const ReferenceBackend &) = delete;
    ReferenceBackend &operator=(const ReferenceBackend &) = delete;

    /// Loads the certificate and key and binds; port 0 picks a free port. Returns the port, or -1.
    /// With @p clientCaPath, clients must present a certificate signed by that CA (mutual TLS).
    int bind(const QString &certPath, const QString &keyPath, const QString &host, int port,
        const QString &clientCaPath = {});
    /// Serves until stop(); false when the server could not run.
    bool run();
    /// Safe from any thread.
    void stop();

private:
    using Handler = std::function<void(const httplib::Request &, httplib::Response &)>;
    using CallerHandler = std::function<void(const httplib::Request &, httplib::Response &, const Caller &)>;
    enum class Access { Public, Device, LoopbackAdmin };

    void addRoutes();
    Handler guarded(const QString &endpoint, Access access, CallerHandler handler);
    /// Answers 401 or 403 and returns false unless @p caller may use an endpoint of @p access.
    static bool admitted(Access access, const Caller &caller, httplib::Response &res);

    void health(const httplib::Request &req, httplib::Response &res);
    void enrol(const httplib::Request &req, httplib::Response &res);
    void returnsBatch(const httplib::Request &req, httplib::Response &res, const Caller &caller);
    void orderChanges(const httplib::Request &req, httplib::Response &res);
    void orderById(const httplib::Request &req, httplib::Response &res);
    void events(const httplib::Request &req, httplib::Response &res, const Caller &caller);
    void heartbeat(const httplib::Request &req, httplib::Response &res, const Caller &caller);
    void policy(const httplib::Request &req, httplib::Response &res);
    void queueCommand(const httplib::Request &req, httplib::Response &res);
    void getFaults(const httplib::Request &req, httplib::Response &res);
    void setFaults(const httplib::Request &req, httplib::Response &res);
    void stats(const httplib::Request &req, httplib::Response &res);
    void kiosks(const httplib::Request &req, httplib::Response &res);
    void importReturns(const httplib::Request &req, httplib::Response &res);

    BackendStore &m_store;
    const OrderCatalog &m_catalog;
    OrderFeed m_feed;
    FaultInjector &m_faults;
    const Credentials m_credentials;
    QString m_policyFile;
    PolicyArchive m_policies;
    QTimeZone m_storeZone = QTimeZone::utc();
    BackendStore::AmountsCheck amountsCheck() const;
    const KioskCa *m_kioskCa = nullptr;
    QJsonObject m_storeConfig;
    /// The kiosk whose certificate (issued by m_kioskCa) the TLS client presented; unknown otherwise.
    Caller certificateCaller(const httplib::Request &req);
    void enrolWithCsr(const QJsonObject &body, httplib::Response &res);
    /// The 403 for a code enrol() could not use: expired, or unknown and used alike.
    void refuseEnrolment(const QString &code, httplib::Response &res);
    std::unique_ptr<httplib::SSLServer> m_server;

    std::mutex m_statsMutex;
    std::map<QString, qint64> m_requests;
    qint64 m_faultsInjected = 0;
    std::map<QString, QJsonArray> m_commands; ///< kiosk id -> remote commands for its next heartbeat
};

} // namespace kiosk::backend
