#pragma once

#include "OrderCatalog.h"

#include <store/Sqlite.h>

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <mutex>
#include <optional>
#include <vector>

namespace kiosk::backend {

/// The reference backend's durable state in one SQLite file (WAL, synchronous=FULL): accepted returns
/// keyed by their UUID forever, the units each one counts against its order's lines, a log of duplicate
/// submissions, events keyed by id and the last heartbeat of each kiosk. Thread-safe: one connection
/// behind a mutex.
class BackendStore
{
public:
    /// What happened to one submitted return or event.
    struct Result
    {
        QString id;
        QString status; ///< "accepted", "duplicate" or "rejected"
        QString reason; ///< empty unless rejected, or a note on a duplicate
    };

    /// Counts for GET /v1/admin/stats.
    struct Counts
    {
        qint64 returnsStored = 0;
        qint64 duplicatesSeen = 0;
        qint64 duplicatesWithDifferentBody = 0;
        qint64 eventsStored = 0;
        qint64 kiosksSeen = 0;
    };

    /// The returns counted against one order: units per line and the returns' ids.
    struct CountedReturns
    {
        QHash<int, qint64> unitsByLine;
        QStringList returnIds;
    };

    /// The last heartbeat a kiosk sent, as GET /v1/admin/kiosks lists it.
    struct KioskHeartbeat
    {
        QString kioskId;
        QString receivedAt;
        QJsonObject body;
    };

    /// An order whose counted returns changed, with its change sequence number.
    struct OrderChange
    {
        QString orderId;
        qint64 seq = 0;
    };

    bool open(const QString &path);
    QString lastError() const;

    /// Validates and stores each return in one transaction, committed before this returns.
    /// A UUID already stored is a duplicate whatever its body; the stored body is never overwritten.
    /// A return for an order of @p catalog is counted against the order's lines in the same
    /// transaction (and the order marked changed for the feed); one asking for more units than a line
    /// has left, across every kiosk, or for a line the order lacks, is rejected
    /// ("quantity_exceeds: ...", "line_unknown: ..."), and so is one whose amounts @p amountsProblem
    /// finds fault with (ReturnPricing: "amount_mismatch: ...", "policy_unknown: ..."). Returns for orders
    /// outside the catalog are stored without counting (load tests send them).
    using AmountsCheck = std::function<QString(const QJsonObject &ret)>;
    std::optional<std::vector<Result>> submitReturns(
        const QJsonArray &returns, const OrderCatalog &catalog, const AmountsCheck &amountsProblem);

    /// The returns counted against @p orderId; empty when none (or on a storage error).
    CountedReturns countedReturns(const QString &orderId);
    /// Ids of every order with counted returns (a cheap check for each order of a feed page).
    QSet<QString> ordersWithCountedReturns();
    /// The highest change sequence number so far; 0 before the first counted return.
    std::optional<qint64> lastChangeSeq();
    /// Orders changed after @p afterSeq, oldest change first, at most @p limit.
    std::optional<std::vector<OrderChange>> changesAfter(qint64 afterSeq, int limit);
    /// Same contract for events: deduplicated by id, payload stored as given.
    std::optional<std::vector<Result>> submitEvents(const QJsonArray &events);
    bool recordHeartbeat(const QString &kioskId, const QJsonObject &body);
    /// Every kiosk's last heartbeat, by kiosk id; nullopt on a storage error.
    std::optional<std::vector<KioskHeartbeat>> lastHeartbeats();

    /// Keeps a policy bundle the backend published under its id and version; a version already kept
    /// stays as it was (true all the same).
    bool keepPolicyBundle(const QString &policyId, int version, const QByteArray &bundle);
    /// Every kept bundle; nullopt on a storage error.
    std::optional<std::vector<QByteArray>> policyBundles();

    /// Makes @p code a one-time enrolment code (a technician's "ENROL-XXXX-XXXX-XXXX"), good until
    /// @p expiresAt (invalid: no expiry).
    bool addEnrolmentCode(const QString &code, const QDateTime &expiresAt = {});
    /// When @p code, known and unused, expired; nullopt for any other code (unknown, used, still good).
    std::optional<QDateTime> expiryOfUnusedCode(const QString &code);
    /// Uses up the code and issues a new device token for @p kioskId; nullopt when the code is unknown,
    /// already used or expired. Only the token's SHA-256 is stored.
    std::optional<QByteArray> enrol(const QString &code, const QString &kioskId);
    /// Uses up the code for the key whose SPKI SHA-256 is @p keySha256 and returns the kiosk id it is
    /// enrolled as: @p kioskId, or (empty) one made from the key. The same code with the same key again
    /// answers the same kiosk id (a kiosk retrying after a lost reply); any other reuse gives nullopt.
    std::optional<QString> enrolKey(const QString &code, const QString &kioskId, const QByteArray &keySha256);
    /// Remembers a certificate issued to @p kioskId by the SHA-256 of its DER; only those authenticate.
    bool addCertificate(const QByteArray &certSha256, const QString &kioskId);
    std::optional<QString> kioskOfCertificate(const QByteArray &certSha256);
    /// The SHA-256 of every token enrol() issued to @p kioskId (empty on a storage error).
    QList<QByteArray> tokenHashesOf(const QString &kioskId);
    /// The kiosk a token issued by enrol() belongs to; nullopt for any other token.
    std::optional<QString> kioskOfToken(const QByteArray &token);
    std::optional<Counts> counts();

private:
    mutable std::mutex m_mutex;
    sql::Database m_db;
    QSet<QString> m_ordersWithCountedReturns; ///< mirrors order_changes, for the feed's per-order check
};

} // namespace kiosk::backend
