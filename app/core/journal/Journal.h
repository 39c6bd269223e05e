#pragma once

#include "domain/ReturnRecord.h"
#include "journal/OrderGuessLimit.h"
#include "store/Sqlite.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace kiosk {

/// The kiosk's durable record (journal.db): every completed return together with its outbox row,
/// written in one transaction with synchronous=FULL before the shopper is told "done". Unlike the
/// cache it is never rebuilt, moved or deleted by any automatic path; a journal that cannot be used
/// refuses to open and says why, named for what it is (full, read-only, I/O error, locked, corrupt:
/// lastFault()). Only a failed integrity check is called corruption.
class Journal
{
public:
    static constexpr int SchemaVersion = 7;

    /// One message waiting for the backend.
    struct OutboxEntry
    {
        std::int64_t seq = 0;
        QString kind; ///< "return" or "event"
        QString refId; ///< the return's UUID
        QByteArray payload; ///< compact JSON
        int attempts = 0;
    };

    /// An entry the backend rejected for good, kept for staff.
    struct DeadLetter
    {
        std::int64_t seq = 0;
        QString kind;
        QString refId;
        QString reason;
        QDateTime failedAt;
        QString eventType {}; ///< an event's type; empty for a return
    };

    /// Units of one order line that one recorded return took.
    struct ReturnedUnits
    {
        QString returnId;
        int lineNo = 0;
        int quantity = 0;
    };

    /// A return recorded here, in brief, as a colleague's order picture lists it.
    struct ReturnSummary
    {
        QString id;
        QString orderId;
        QDateTime createdAt;
        QString resolution;
        QString currency;
        MinorUnits refundTotal = 0;
        int units = 0; ///< units returned, kept ones included
    };

    /// A pending outbox entry as the maintenance sync view lists it.
    struct QueuedEntry
    {
        std::int64_t seq = 0;
        QString kind {};
        QString refId {};
        QString eventType {}; ///< an event's type; empty for a return
        QDateTime createdAt {};
        int attempts = 0;
        QString lastError {}; ///< empty before the first failed attempt
        QDateTime nextAttempt {}; ///< invalid: due now
    };

    struct OutboxStats
    {
        int pending = 0;
        int pendingReturns = 0; ///< of those, returns (the rest are events)
        int deadLetters = 0;
        QDateTime oldestPending; ///< invalid when nothing is pending
    };

    /// Wrong staff sign-ins counted for one scope (a colleague's id, or the whole kiosk) and how long
    /// that scope is locked: kept here so that a restart does not reset them.
    struct StaffLockout
    {
        int failures = 0; ///< wrong PINs (or unknown badges) in a row
        QDateTime lockedUntil; ///< invalid when not locked
        int lockouts = 0; ///< lockouts in a row (since the last sign-in): the next one lasts longer
    };

    /// A tote: the bag or box in one bin that collects the returned items until a colleague empties
    /// the bin. Each bin has exactly one open tote.
    struct Tote
    {
        QString id {};
        QString bin {};
        QDateTime openedAt {};
        QDateTime closedAt {}; ///< invalid while open
        QString closedBy {}; ///< the colleague who emptied the bin
        int items = 0; ///< units in it
    };

    /// Units of one returned line that went into a tote.
    struct ToteItem
    {
        QString returnId {};
        QString orderId {};
        int lineNo = 0;
        QString sku {};
        int quantity = 0;
    };

    /// An audit event (recordEvent's rules) written in the same transaction as the change it tells of.
    struct Event
    {
        QString id {};
        QString type {};
        QJsonObject payload {};
        QDateTime at {};
    };

    enum class Access {
        ReadWrite, ///< the kiosk and the sync engine: creates or migrates the schema
        ReadOnly, ///< diagnostics (`kioskctl status`): never changes the file
    };

    bool open(const QString &path, Access access = Access::ReadWrite);
    QString lastError() const { return m_error; }
    /// The kind of the last error (None after open() succeeded and before any failure).
    sql::StorageFault lastFault() const { return m_fault; }

    /// The start-up check: this connection can write (a write in a transaction, rolled back) and the
    /// file system and the database's size limit leave at least @p bytesNeeded free. False with
    /// lastError()/lastFault() (ReadOnly, Full, ...) when not.
    bool checkWritable(qint64 bytesNeeded);

    /// Records the return and queues it for the backend atomically; each item that went into a bin joins
    /// the open tote of its bin (of the first bin when its bin has none). False leaves nothing behind.
    bool recordReturn(const ReturnRecord &record);
    /// Queues a kiosk event (bin emptied, tote manifest, fault, override) for POST /v1/events.
    /// id is a UUID, type matches ^[a-z][a-z0-9_.]{0,63}$.
    bool recordEvent(const QString &id, const QString &type, const QJsonObject &payload, const QDateTime &at);
    /// The lockout of a staff sign-in scope; a scope never seen has no failures. nullopt on a read error.
    std::optional<StaffLockout> staffLockout(const QString &scope);
    /// A staff sign-in attempt: the new lockouts of the scopes it touched and its audit event
    /// (recordEvent's rules), in one transaction. False leaves all of them as they were.
    bool recordStaffAttempt(const std::vector<std::pair<QString, StaffLockout>> &lockouts,
        const QString &eventId, const QString &eventType, const QJsonObject &payload, const QDateTime &at);
    /// The wrong second factors counted for @p orderId (none for an order never tried). nullopt on a
    /// read error.
    std::optional<OrderAttempts> orderAttempts(const QString &orderId);
    /// Replaces the count of @p orderId (no failures forgets it) and queues @p event with it, in one
    /// transaction. False leaves both as they were.
    bool recordOrderAttempts(
        const QString &orderId, const OrderAttempts &attempts, const std::optional<Event> &event);
    /// Makes @p bins (the hardware profile's, first is where an item of any other bin goes) the kiosk's
    /// bins, in that order, opening a tote named by @p newToteId for each that has none. False on error.
    bool openTotes(const QStringList &bins, const std::function<QString()> &newToteId, const QDateTime &at);
    /// The open tote of each bin, in the bins' order.
    std::vector<Tote> openTotesNow();
    /// Closes @p toteId (emptied by @p staffId) and opens @p nextToteId in its bin, with @p event, in one
    /// transaction. False (nothing changed) when the tote is not open or the journal failed.
    bool closeTote(
        const QString &toteId, const QString &nextToteId, const QString &staffId, const Event &event);
    std::optional<Tote> findTote(const QString &toteId);
    /// Closed totes, the latest first.
    std::vector<Tote> closedTotes(int limit);
    /// What went into a tote, in the order it went in.
    std::vector<ToteItem> toteItems(const QString &toteId);
    /// A kiosk setting that survives restarts (e.g. out of service); nullopt when unset or unreadable.
    std::optional<QString> setting(const QString &key);
    /// Sets (@p value non-empty) or clears a setting, with its audit event, in one transaction.
    bool changeSetting(const QString &key, const QString &value, const Event &event);
    std::optional<ReturnRecord> findReturn(const QString &id);
    /// Quantities returned at this kiosk per line of the order, every return recorded here whatever
    /// its delivery state (pending, delivered or dead-lettered).
    QMap<int, int> returnedQuantities(const QString &orderId);
    /// Every return recorded here for the order, per line with its return id: OfferInputs adds those
    /// the backend's order figures do not count yet. Never filtered by time: a clock or a sync time says
    /// nothing about what the backend has counted.
    std::vector<ReturnedUnits> returnedUnits(const QString &orderId);
    /// The returns recorded here for any of @p orderIds since @p since (invalid: ever), latest first.
    std::vector<ReturnSummary> returnsOfOrders(
        const QStringList &orderIds, const QDateTime &since, int limit);
    /// True when a return started from this signed return code was already recorded here.
    bool isTokenUsed(const QString &tokenId);
    int returnCount();

    /// Pending entries due at `now`, oldest first.
    std::vector<OutboxEntry> dueOutbox(const QDateTime &now, int limit);
    bool markDelivered(const std::vector<std::int64_t> &seqs, const QDateTime &now);
    bool markAttemptFailed(
        const std::vector<std::int64_t> &seqs, const QString &error, const QDateTime &retryAt);
    /// The wall clock moved back by @p msecs: pending retry times after @p now move back by as much (never
    /// before now), so each waits what was left of its backoff. The number of entries moved, -1 on error.
    int moveRetriesBack(qint64 msecs, const QDateTime &now);
    /// Retry times later than @p latest cannot have been set by a correct clock (no backoff or
    /// Retry-After is that long): they become @p now. The number of entries moved, -1 on error.
    int clampRetries(const QDateTime &latest, const QDateTime &now);
    /// A permanent rejection: moves the entry to the dead-letter table for staff, with the reason.
    bool moveToDeadLetter(std::int64_t seq, const QString &reason, const QDateTime &now);
    OutboxStats outboxStats();
    /// Dead letters, newest first.
    std::vector<DeadLetter> deadLetters(int limit);
    /// Undelivered outbox entries, oldest first.
    std::vector<QueuedEntry> pendingOutbox(int limit);
    /// A dead letter's payload as it was sent; nullopt when there is no such dead letter.
    std::optional<QByteArray> deadLetterPayload(std::int64_t seq);
    /// Puts a dead letter back into the outbox, due now, with @p event (who asked), in one transaction.
    /// The backend keys returns and events by their id, so a resend can never count twice. False
    /// (nothing changed) when it is no dead letter or the journal failed.
    bool retryDeadLetter(std::int64_t seq, const Event &event);
    /// The kiosk's events of @p from and after (delivered, pending or dead letters), newest first.
    std::vector<Event> eventsSince(const QDateTime &from, int limit);

    /// The connection, for tests (PRAGMA max_page_count makes a "full" journal) and diagnostics.
    sql::Database &database() { return m_db; }

private:
    bool createSchema();
    /// recordEvent inside the caller's transaction.
    bool queueEvent(const Event &event);
    bool fail(const QString &what);
    bool failOpen(const QString &path, sql::StorageFault fault, const QString &detail);

    sql::Database m_db;
    QString m_error;
    sql::StorageFault m_fault = sql::StorageFault::None;
};

} // namespace kiosk
