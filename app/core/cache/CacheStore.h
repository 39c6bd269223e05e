#pragma once

#include "cache/VerifierRetention.h"
#include "domain/CustomerHistory.h"
#include "domain/Order.h"
#include "domain/ReturnHistoryEntry.h"
#include "store/Sqlite.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace kiosk {

/// The disposable order cache (cache.db): orders, their lines, the customers' return history and the
/// sync bookkeeping. It can always be rebuilt from the backend or a data set, so a file that fails its
/// integrity check is moved aside and recreated; a file that merely cannot be used now (disk full,
/// read-only, I/O error, locked) is left in place and open() fails naming why (lastFault()). It never
/// touches any other file (the journal least of all) but its verifier key (VerifierKey, `verifier.key`
/// beside it): the orders' verifiers and contacts are kept sealed with that key, and dropped once an
/// order is past every return window (VerifierRetention).
class CacheStore
{
public:
    static constexpr int SchemaVersion = 8;

    struct ImportReport
    {
        int imported = 0;
        int rejected = 0;
        QStringList errors; ///< first errors, "orders[3] RK-1: lines[0].unitPrice: negative"
        QString fatal; ///< set when the file itself could not be read or the commit failed
    };

    /// Order id -> the ids of the returns that order's quantityReturned figures already count, as the
    /// backend lists them (the order's "returnIds" in docs/protocol.yaml). An order without an entry
    /// counts none: every return in the journal is then added on top (OfferInputs).
    using CountedReturns = QHash<QString, QStringList>;

    struct DeltaReport
    {
        int upserted = 0;
        int deleted = 0;
        int rejected = 0;
        QStringList errors;
        bool committed = false; ///< false: nothing of the delta (cursor included) was applied
    };

    enum class Access {
        ReadWrite, ///< the kiosk and the sync engine: creates, migrates, rebuilds a corrupt file
        ReadOnly, ///< diagnostics (`kioskctl status`): never changes, moves or rebuilds the file
    };

    /// Opens (creating, migrating, or rebuilding if it fails its integrity check) the cache. False when
    /// the file cannot be used now (full, read-only, I/O error, locked: left in place), its verifier key
    /// cannot be read or made, or even a fresh file fails. Verifiers of an older cache (the backend's
    /// SHA-256) are sealed with the key in place; verifiers sealed with another key are dropped and the
    /// sync cursor with them, so the next pull brings every order (and its verifiers) again.
    bool open(const QString &path, Access access = Access::ReadWrite);
    QString lastError() const { return m_error.isEmpty() ? m_db.lastError() : m_error; }
    /// The kind of the last open() failure.
    sql::StorageFault lastFault() const { return m_fault; }
    /// True when open() found the previous file corrupt and started from empty.
    bool wasRebuilt() const { return m_rebuilt; }

    /// The order as one consistent snapshot (head and lines read in one read transaction).
    std::optional<Order> findOrder(const QString &orderId);

    /// Every cached order in id order, one at a time from one snapshot (constant memory, whatever the
    /// cache's size), until @p visit returns false. False when the cache could not be read.
    bool forEachOrder(const std::function<bool(const Order &)> &visit);

    /// Everything an eligibility decision needs from the cache, read in one snapshot.
    struct DecisionInputs
    {
        Order order;
        CustomerHistory history;
        QDateTime cacheSyncedAt;
        QStringList countedReturns; ///< returns order.lines' quantityReturned already count
    };
    std::optional<DecisionInputs> lookupForDecision(
        const QString &orderId, const QDateTime &now, const QDateTime &dayStart);

    /// Whether @p typed is the order's postcode (or e-mail) / the last 4 digits of its card (OrderVerifier
    /// with this cache's key); false when the order has no such verifier.
    bool verifierMatches(const Order &order, const QString &typed) const;
    bool cardMatches(const Order &order, const QString &typed) const;

    /// From now on (this and every other connection to the file, at import and sync) an order past
    /// every window of @p retention keeps no verifiers; those already kept are dropped now. False when
    /// it could not be written.
    bool setVerifierRetention(const VerifierRetention &retention, const QDateTime &now);
    /// Drops the verifiers and contacts of orders past every return window (the periodic prune), in
    /// one transaction; how many orders lost theirs, or -1 on a storage error.
    int dropExpiredVerifiers(const QDateTime &now);

    /// The orders whose customer has this e-mail or phone (@p kind "email"/"phone", @p digest the
    /// SHA-256 ContactKey makes of what a colleague typed), latest first, at most @p limit.
    QStringList ordersForContact(const QString &kind, const QByteArray &digest, int limit = 20);
    /// The customer's orders (by customerRef), latest first, at most @p limit.
    QStringList ordersOfCustomer(const QString &customerRef, int limit = 50);

    /// The order a paper receipt belongs to; empty when the cache knows no such receipt.
    QString orderIdForReceipt(const ReceiptKey &receipt);

    /// The returns the cached order's quantityReturned figures already count (empty when none or unknown).
    QStringList countedReturns(const QString &orderId);

    /// Own transaction, or joins the caller's when one is open on database(). The order replaces the
    /// cached one together with the returns its figures count (@p countedReturns, none when empty).
    bool upsertOrder(const Order &order, const QStringList &countedReturns = {});
    bool deleteOrder(const QString &orderId);
    std::int64_t orderCount();

    /// Imports a full data set {"generatedAt": ISO, "orders": [...]}: each bad order is rejected and
    /// counted, good ones are committed together; the refresh time becomes generatedAt (or now).
    ImportReport importFile(const QString &jsonPath);
    /// Streams orders from next() (which returns false at the end) into one transaction, each order
    /// validated and written under its own savepoint. Used by importFile and the data generator.
    /// Each order is written with the returns @p counted lists for it when it is written (importFile
    /// fills it from the orders' "returnIds" as next() reads them). A rejected order is named in errors
    /// by @p where (called right after next() handed it over, e.g. "line 12"), else as "orders[INDEX]".
    ImportReport importOrders(const std::function<bool(Order &)> &next, const QDateTime &refreshedAt,
        const CountedReturns *counted = nullptr, const std::function<QString()> &where = {});

    /// Applies one page of backend changes in a single transaction, together with its cursor. Each
    /// upserted order replaces the cached one with the returns @p counted lists for it (none if absent).
    DeltaReport applyDelta(const std::vector<Order> &upserts, const QStringList &deletes,
        const QString &nextCursor, const QDateTime &syncedAt = QDateTime::currentDateTimeUtc(),
        const CountedReturns &counted = {});
    QString syncCursor();
    /// Last time the cache was known to be complete and current (full import or delta); invalid if never
    /// and during an initial load.
    QDateTime lastSyncedAt();

    /// Initial load of an empty cache from the backend: the lookup indexes are dropped and built once
    /// at the end, fsync and memory-mapped reads are off on this connection. Pages still go through
    /// applyDelta, each committed with its cursor, so a kiosk killed mid-load resumes from the last
    /// committed page with no partial order; the cache counts as never synced until
    /// finishInitialLoad(). True when the load is on: started now on an empty cache (no orders, no
    /// cursor) or resumed after an interruption; false for a cache that already holds data.
    bool beginInitialLoad();
    bool inInitialLoad();
    /// Builds the indexes, marks the cache synced at @p syncedAt and restores normal durability.
    bool finishInitialLoad(const QDateTime &syncedAt);
    /// Leaves the load for a later resume (the link failed): normal durability again on this connection.
    void suspendInitialLoad();
    QDateTime lastFullRefreshAt();

    bool recordReturn(const ReturnHistoryEntry &record);
    /// Returns in [now - 30 days, now) for the customer, and this kiosk's offline refunds since dayStart.
    CustomerHistory customerHistory(
        const QString &customerRef, const QDateTime &now, const QDateTime &dayStart);

    sql::Database &database() { return m_db; }

private:
    bool migrate();
    /// Seals legacy verifiers or drops ones another key sealed (see open()).
    bool adoptVerifierKey();
    std::optional<VerifierRetention> retention();
    /// The orders written next are judged against the retention in force and @p at (the data's time).
    void prepareWrites(const QDateTime &at);
    bool failOpen(const QString &path, sql::StorageFault fault, const QString &detail);
    bool setBulkPragmas(bool bulk);
    /// PRAGMA journal_mode=@p mode; the mode the file is in afterwards ("wal", "delete"), empty on error.
    QString setJournalMode(const char *mode);
    bool writeOrder(const Order &order, const QStringList &countedReturns);
    /// Validates and writes the order under its own savepoint (inside the caller's transaction);
    /// the reason it was rejected, or empty when written.
    QString writeValidOrder(const Order &order, const QStringList &countedReturns = {});
    bool removeOrder(const QString &orderId);
    bool setMeta(const char *key, const QString &value);
    QString meta(const char *key);
    /// Read snapshots nest (savepoints); outside a transaction the outermost one starts a deferred one.
    bool beginRead();
    void endRead();
    sql::Statement &cached(sql::Statement &slot, const char *sql);

    sql::Database m_db;
    QString m_error;
    QByteArray m_verifierKey;
    std::optional<VerifierRetention> m_writeRetention;
    QDateTime m_writeAt;
    sql::StorageFault m_fault = sql::StorageFault::None;
    bool m_rebuilt = false;
    bool m_bulk = false; ///< this connection runs with the initial load's pragmas
    // Prepared once per connection; declared after m_db so they are finalised first.
    sql::Statement m_findHead;
    sql::Statement m_findLines;
    sql::Statement m_deleteOrder;
    sql::Statement m_insertHead;
    sql::Statement m_insertLine;
    sql::Statement m_insertReceipt;
    sql::Statement m_insertCounted;
    sql::Statement m_findCounted;
    sql::Statement m_findReceipt;
    sql::Statement m_insertContact;
    sql::Statement m_findContacts;
    sql::Statement m_historyByCustomer;
    sql::Statement m_offlineRefunds;
    sql::Statement m_lastSync;
    sql::Statement m_beginRead;
    sql::Statement m_endRead;
    sql::Statement m_orderSavepoint;
    sql::Statement m_orderRelease;
};

} // namespace kiosk
