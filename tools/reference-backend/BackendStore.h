#pragma once

#include <store/Sqlite.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <mutex>
#include <optional>
#include <vector>

namespace kiosk::backend {

/// The reference backend's durable state in one SQLite file (WAL, synchronous=FULL): accepted returns
/// keyed by their UUID forever, a log of duplicate submissions, events keyed by id and the last heartbeat
/// of each kiosk. Thread-safe: one connection behind a mutex.
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

    bool open(const QString &path);
    QString lastError() const;

    /// Validates and stores each return in one transaction, committed before this returns.
    /// A UUID already stored is a duplicate whatever its body; the stored body is never overwritten.
    std::optional<std::vector<Result>> submitReturns(const QJsonArray &returns);
    /// Same contract for events: deduplicated by id, payload stored as given.
    std::optional<std::vector<Result>> submitEvents(const QJsonArray &events);
    bool recordHeartbeat(const QString &kioskId, const QJsonObject &body);

    /// Makes @p code a one-time enrolment code (a technician's "ENROL-XXXX-XXXX-XXXX").
    bool addEnrolmentCode(const QString &code);
    /// Uses up the code and issues a new device token for @p kioskId; nullopt when the code is unknown
    /// or already used. Only the token's SHA-256 is stored.
    std::optional<QByteArray> enrol(const QString &code, const QString &kioskId);
    /// True for a token issued by enrol().
    bool isIssuedToken(const QByteArray &token);
    std::optional<Counts> counts();

private:
    mutable std::mutex m_mutex;
    sql::Database m_db;
};

} // namespace kiosk::backend
