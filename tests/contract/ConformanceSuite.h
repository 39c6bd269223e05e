#pragma once

#include "HttpsClient.h"
#include "SchemaChecker.h"

#include <policy/Policy.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

namespace kiosk::contract {

/// Runs a backend through every operation of docs/protocol.yaml over HTTPS and checks each reply: a
/// status the check expects and the document lists, a JSON body that validates against the document's
/// schema for that status, and the contract's rules a schema cannot say (deduplication by id, counting,
/// amounts recomputed under the published policy (or bounded without one), one credential acting as one
/// kiosk, commands reaching only their kiosk, ETag/304).
/// Operations marked `x-reference-only` are exercised only when an admin credential is given.
class ConformanceSuite
{
public:
    struct Options
    {
        QString baseUrl; ///< "https://host:port", no trailing slash
        QString caFile; ///< the CA bundle the server certificate must chain to
        QString pin; ///< optional "sha256//BASE64" public-key pin(s), as libcurl takes them
        QString token; ///< a device token (or none, with a client certificate) ...
        QString clientCert; ///< optional: the kiosk's client certificate (PEM) for mutual TLS ...
        QString clientKey; ///< ... and its private key (PEM)
        QString kioskId; ///< ... and the kiosk it belongs to
        QString otherToken; ///< optional: a second kiosk's device token ...
        QString otherKioskId; ///< ... and its kiosk id (for "B's commands never reach A")
        QString adminToken; ///< optional: the reference backend's admin credential
        QString enrolmentCode; ///< optional: an unused one-time code (POST /v1/enrol is then exercised fully)
        bool writes = true; ///< submit a return, events and heartbeats (off: read-only routes only)
    };

    ConformanceSuite(const SchemaChecker &checker, Options options, QTextStream &out);

    /// Runs every check; the number that failed (0: the backend conforms).
    int run();

private:
    static constexpr int MaxFeedPages = 10000;
    using Reply = test::HttpsClient::Reply;

    Reply get(test::HttpsClient &client, const QString &urlPath);
    Reply post(test::HttpsClient &client, const QString &urlPath, const QJsonObject &body);
    /// Checks @p reply of "METHOD specPath" against the document and @p expected statuses; reports it
    /// under @p name and returns true when it passed.
    bool conforms(const QString &name, const Reply &reply, const QString &method, const QString &specPath,
        QList<long> expected, const QString &expectedErrorCode = {});
    bool verify(const QString &name, bool ok, const QString &detail = {});

    void checkPublic();
    void checkAuthentication();
    QJsonObject checkOrders(); ///< returns an order of the feed to submit a return for
    void checkStockAndPolicy(const QJsonObject &order);
    void checkReturns(const QJsonObject &order);
    /// Orders served, page after page, by GET /v1/orders/changes from @p cursor (updated to the last
    /// nextCursor) until hasMore is false; @p afterPage runs after each page. Empty, with a failure
    /// reported under @p name, when a page fails.
    QList<QJsonObject> walkFeed(test::HttpsClient &client, const QString &name, QString *cursor,
        const std::function<void(int page, const QJsonArray &orders)> &afterPage);
    /// No order lost or repeated across pages while orders change; a later change comes with the next poll.
    void checkFeedUnderUpserts();
    void checkEvents();
    void checkHeartbeatAndCommands();
    void checkAdmin();
    /// 503 and 429 (injected through /v1/admin/faults) carry the Retry-After they were given.
    void checkRetryAfter(test::HttpsClient &admin, test::HttpsClient &device);
    void checkEveryOperationWasExercised();
    /// @p ret (one item) as a kiosk records it under the policy the backend publishes: naming that policy
    /// version, a day after @p order was delivered, the policy's default reason, and the amounts the
    /// kiosk's engine gives for the item (when it takes the line back). Unchanged when no policy is
    /// published: such a backend only bounds the amounts.
    QJsonObject asRecorded(QJsonObject ret, const QJsonObject &order) const;

    std::unique_ptr<test::HttpsClient> makeClient(const QString &token) const;
    /// A client with the kiosk's own credential: its device token and/or its client certificate.
    std::unique_ptr<test::HttpsClient> deviceClient() const;

    const SchemaChecker &m_checker;
    Options m_options;
    QTextStream &m_out;
    int m_failures = 0;
    int m_passes = 0;
    QSet<QString> m_exercised;
    std::shared_ptr<const Policy> m_policy; ///< the one GET /v1/policy serves, if any
};

} // namespace kiosk::contract
