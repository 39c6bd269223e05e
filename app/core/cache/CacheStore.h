#pragma once

#include "domain/CustomerHistory.h"
#include "domain/Order.h"
#include "domain/ReturnHistoryEntry.h"
#include "store/Sqlite.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace kiosk {

/// The disposable order cache (cache.db): orders, their lines, the customers' return history and the
/// sync bookkeeping. It can always be rebuilt from the backend or a data set, so a corrupt file is moved
/// aside and recreated; it never touches any other file (the journal least of all).
class CacheStore
{
public:
    static constexpr int SchemaVersion = 3;

    struct ImportReport
    {
        int imported = 0;
        int rejected = 0;
        QStringList errors; ///< first errors, "orders[3] RK-1: lines[0].unitPrice: negative"
        QString fatal; ///< set when the file itself could not be read or the commit failed
    };

    struct DeltaReport
    {
        int upserted = 0;
        int deleted = 0;
        int rejected = 0;
        QStringList errors;
        bool committed = false; ///< false: nothing of the delta (cursor included) was applied
    };

    /// Opens (creating, migrating, or rebuilding if corrupt) the cache. False only when even a fresh
    /// file fails.
    bool open(const QString &path);
    QString lastError() const { return m_db.lastError(); }
    /// True when open() found the previous file corrupt and started from empty.
    bool wasRebuilt() const { return m_rebuilt; }

    /// The order as one consistent snapshot (head and lines read in one read transaction).
    std::optional<Order> findOrder(const QString &orderId);

    /// Everything an eligibility decision needs from the cache, read in one snapshot.
    struct DecisionInputs
    {
        Order order;
        CustomerHistory history;
        QDateTime cacheSyncedAt;
    };
    std::optional<DecisionInputs> lookupForDecision(
        const QString &orderId, const QDateTime &now, const QDateTime &dayStart);

    /// The order a paper receipt belongs to; empty when the cache knows no such receipt.
    QString orderIdForReceipt(const ReceiptKey &receipt);

    /// Own transaction, or joins the caller's when one is open on database().
    bool upsertOrder(const Order &order);
    bool deleteOrder(const QString &orderId);
    std::int64_t orderCount();

    /// Imports a full data set {"generatedAt": ISO, "orders": [...]}: each bad order is rejected and
    /// counted, good ones are committed together; the refresh time becomes generatedAt (or now).
    ImportReport importFile(const QString &jsonPath);
    /// Streams orders from next() (which returns false at the end) into one transaction, each order
    /// validated and written under its own savepoint. Used by importFile and the data generator.
    ImportReport importOrders(const std::function<bool(Order &)> &next, const QDateTime &refreshedAt);

    /// Applies one page of backend changes in a single transaction, together with its cursor.
    DeltaReport applyDelta(const std::vector<Order> &upserts, const QStringList &deletes,
        const QString &nextCursor, const QDateTime &syncedAt = QDateTime::currentDateTimeUtc());
    QString syncCursor();
    /// Last time the cache was known to be complete and current (full import or delta); invalid if never.
    QDateTime lastSyncedAt();
    QDateTime lastFullRefreshAt();

    bool recordReturn(const ReturnHistoryEntry &record);
    /// Returns in [now - 30 days, now) for the customer, and this kiosk's offline refunds since dayStart.
    CustomerHistory customerHistory(
        const QString &customerRef, const QDateTime &now, const QDateTime &dayStart);

    sql::Database &database() { return m_db; }

private:
    bool migrate();
    bool writeOrder(const Order &order);
    bool removeOrder(const QString &orderId);
    bool setMeta(const char *key, const QString &value);
    QString meta(const char *key);
    /// Read snapshots nest (savepoints); outside a transaction the outermost one starts a deferred one.
    bool beginRead();
    void endRead();
    sql::Statement &cached(sql::Statement &slot, const char *sql);

    sql::Database m_db;
    bool m_rebuilt = false;
    // Prepared once per connection; declared after m_db so they are finalised first.
    sql::Statement m_findHead;
    sql::Statement m_findLines;
    sql::Statement m_deleteOrder;
    sql::Statement m_insertHead;
    sql::Statement m_insertLine;
    sql::Statement m_insertReceipt;
    sql::Statement m_findReceipt;
    sql::Statement m_historyByCustomer;
    sql::Statement m_offlineRefunds;
    sql::Statement m_lastSync;
    sql::Statement m_beginRead;
    sql::Statement m_endRead;
};

} // namespace kiosk
