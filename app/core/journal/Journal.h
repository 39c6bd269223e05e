#pragma once

#include "domain/ReturnRecord.h"
#include "store/Sqlite.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>
#include <vector>

namespace kiosk {

/// The kiosk's durable record (journal.db): every completed return together with its outbox row,
/// written in one transaction with synchronous=FULL before the shopper is told "done". Unlike the
/// cache it is never rebuilt or deleted; a damaged journal refuses to open and says why.
class Journal
{
public:
    static constexpr int SchemaVersion = 3;

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
    };

    /// Units of one order line that one recorded return took.
    struct ReturnedUnits
    {
        QString returnId;
        int lineNo = 0;
        int quantity = 0;
    };

    struct OutboxStats
    {
        int pending = 0;
        int deadLetters = 0;
        QDateTime oldestPending; ///< invalid when nothing is pending
    };

    bool open(const QString &path);
    QString lastError() const { return m_error; }

    /// Records the return and queues it for the backend atomically. False leaves nothing behind.
    bool recordReturn(const ReturnRecord &record);
    /// Queues a kiosk event (bin emptied, tote manifest, fault, override) for POST /v1/events.
    /// id is a UUID, type matches ^[a-z][a-z0-9_.]{0,63}$.
    bool recordEvent(const QString &id, const QString &type, const QJsonObject &payload, const QDateTime &at);
    std::optional<ReturnRecord> findReturn(const QString &id);
    /// Quantities returned at this kiosk per line of the order, every return recorded here whatever
    /// its delivery state (pending, delivered or dead-lettered).
    QMap<int, int> returnedQuantities(const QString &orderId);
    /// Every return recorded here for the order, per line with its return id: OfferInputs adds those
    /// the backend's order figures do not count yet. Never filtered by time: a clock or a sync time says
    /// nothing about what the backend has counted.
    std::vector<ReturnedUnits> returnedUnits(const QString &orderId);
    /// True when a return started from this signed return code was already recorded here.
    bool isTokenUsed(const QString &tokenId);
    int returnCount();

    /// Pending entries due at `now`, oldest first.
    std::vector<OutboxEntry> dueOutbox(const QDateTime &now, int limit);
    bool markDelivered(const std::vector<std::int64_t> &seqs, const QDateTime &now);
    bool markAttemptFailed(
        const std::vector<std::int64_t> &seqs, const QString &error, const QDateTime &retryAt);
    /// A permanent rejection: moves the entry to the dead-letter table for staff, with the reason.
    bool moveToDeadLetter(std::int64_t seq, const QString &reason, const QDateTime &now);
    OutboxStats outboxStats();
    /// Dead letters, newest first.
    std::vector<DeadLetter> deadLetters(int limit);

private:
    bool createSchema();
    bool fail(const QString &what);

    sql::Database m_db;
    QString m_error;
};

} // namespace kiosk
