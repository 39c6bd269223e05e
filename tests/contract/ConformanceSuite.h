#pragma once

#include "HttpsClient.h"
#include "SchemaChecker.h"

#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace kiosk::contract {

/// Runs a backend through every operation of docs/protocol.yaml over HTTPS and checks each reply: a
/// status the check expects and the document lists, a JSON body that validates against the document's
/// schema for that status, and the contract's rules a schema cannot say (deduplication by id, counting,
/// refund bounds, one credential acting as one kiosk, commands reaching only their kiosk, ETag/304).
/// Operations marked `x-reference-only` are exercised only when an admin credential is given.
class ConformanceSuite
{
public:
    struct Options
    {
        QString baseUrl; ///< "https://host:port", no trailing slash
        QString caFile; ///< the CA bundle the server certificate must chain to
        QString pin; ///< optional "sha256//BASE64" public-key pin(s), as libcurl takes them
        QString token; ///< a device token ...
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
    void checkEvents();
    void checkHeartbeatAndCommands();
    void checkAdmin();
    void checkEveryOperationWasExercised();

    std::unique_ptr<test::HttpsClient> makeClient(const QString &token) const;

    const SchemaChecker &m_checker;
    Options m_options;
    QTextStream &m_out;
    int m_failures = 0;
    int m_passes = 0;
    QSet<QString> m_exercised;
};

} // namespace kiosk::contract
