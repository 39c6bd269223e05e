#include "Journal.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QStorageInfo>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcJournal, "kiosk.journal")

namespace kiosk {

namespace {
std::int64_t msecs(const QDateTime &time)
{
    return time.toMSecsSinceEpoch();
}
} // namespace

bool Journal::fail(const QString &what)
{
    m_fault = m_db.lastFault();
    if (m_fault == sql::StorageFault::None || m_fault == sql::StorageFault::Other)
        m_error = what + u": "_s + m_db.lastError();
    else
        m_error = u"%1: %2 (%3)"_s.arg(what, sql::faultDescription(m_fault), m_db.lastError());
    qCWarning(lcJournal).noquote() << m_error;
    return false;
}

bool Journal::failOpen(const QString &path, sql::StorageFault fault, const QString &detail)
{
    m_fault = fault == sql::StorageFault::None ? sql::StorageFault::Other : fault;
    if (m_fault == sql::StorageFault::Corrupt)
        // Never repaired or replaced automatically: it may hold returns the backend has not seen.
        m_error = u"journal %1 failed its integrity check (%2); it is kept untouched for recovery"_s.arg(
            path, detail);
    else if (m_fault == sql::StorageFault::Other)
        m_error = u"cannot open journal %1: %2"_s.arg(path, detail);
    else
        m_error = u"cannot open journal %1: %2 (%3)"_s.arg(path, sql::faultDescription(m_fault), detail);
    qCWarning(lcJournal).noquote() << m_error;
    m_db.close();
    return false;
}

bool Journal::open(const QString &path, Access access)
{
    m_fault = sql::StorageFault::None;
    m_error.clear();
    const bool readOnly = access == Access::ReadOnly;
    if (!m_db.open(path, readOnly ? sql::Database::Mode::ReadOnly : sql::Database::Mode::ReadWriteCreate))
        return failOpen(path, m_db.lastFault(), m_db.lastError());
    QString report;
    switch (m_db.integrityCheck(&report)) {
    case sql::Database::Check::Ok:
        break;
    case sql::Database::Check::Damaged:
        return failOpen(path, sql::StorageFault::Corrupt, report);
    case sql::Database::Check::Failed:
        // The check could not run (I/O error, locked, ...): nothing is known to be wrong with the file.
        return failOpen(path, m_db.lastFault(), report);
    }
    const auto version = m_db.scalar("PRAGMA user_version").value_or(0);
    if (version > SchemaVersion) {
        m_error = u"journal %1 has schema %2, newer than this build understands"_s.arg(path).arg(version);
        m_fault = sql::StorageFault::Other;
        m_db.close();
        return false;
    }
    if (readOnly)
        return m_db.exec("PRAGMA query_only=ON;") || fail(u"cannot configure journal"_s);
    if (!m_db.exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;"))
        return fail(u"cannot configure journal %1"_s.arg(path));
    return createSchema();
}

bool Journal::checkWritable(qint64 bytesNeeded)
{
    if (!m_db.isOpen()) {
        m_error = u"the journal is not open"_s;
        m_fault = sql::StorageFault::Other;
        return false;
    }
    if (m_db.isReadOnly() || m_db.scalar("PRAGMA query_only").value_or(0) != 0) {
        m_fault = sql::StorageFault::ReadOnly;
        m_error = u"journal %1 cannot be written: %2"_s.arg(m_db.path(), sql::faultDescription(m_fault));
        return false;
    }
    {
        // A real write, never committed: takes the write lock and changes a page of the outbox.
        sql::Transaction tx(m_db);
        if (!tx.isActive())
            return fail(u"journal %1 cannot be written"_s.arg(m_db.path()));
        sql::Statement probe
            = m_db.prepare("INSERT INTO outbox (kind, ref_id, payload, created_at, "
                           "delivered_at) VALUES ('probe', 'start-up write check', '', 0, 0)");
        if (!probe.exec())
            return fail(u"journal %1 cannot be written"_s.arg(m_db.path()));
    } // rolled back
    // Room for a return and its receipt: on the file system, and under the database's own size limit.
    const QStorageInfo volume(QFileInfo(m_db.path()).absolutePath());
    const qint64 available = volume.isValid() ? volume.bytesAvailable() : -1;
    const auto pageSize = m_db.scalar("PRAGMA page_size").value_or(4096);
    const auto pages = m_db.scalar("PRAGMA page_count").value_or(0);
    const auto maxPages = m_db.scalar("PRAGMA max_page_count").value_or(0);
    const auto freePages = m_db.scalar("PRAGMA freelist_count").value_or(0);
    const qint64 underLimit = maxPages > 0 ? (maxPages - pages + freePages) * pageSize : -1;
    const qint64 room = available < 0 ? underLimit
        : underLimit < 0              ? available
                                      : std::min(available, underLimit);
    if (room >= 0 && room < bytesNeeded) {
        m_fault = sql::StorageFault::Full;
        m_error = u"journal %1 has %2 bytes of room, a return needs %3: %4"_s.arg(m_db.path())
                      .arg(room)
                      .arg(bytesNeeded)
                      .arg(sql::faultDescription(m_fault));
        return false;
    }
    return true;
}

bool Journal::createSchema()
{
    const auto version = m_db.scalar("PRAGMA user_version").value_or(0);
    if (version == SchemaVersion)
        return true;
    sql::Transaction tx(m_db);
    const bool ok = (version >= 1 || m_db.exec(R"(
        CREATE TABLE IF NOT EXISTS returns (
            id TEXT PRIMARY KEY NOT NULL,
            kiosk_id TEXT NOT NULL,
            order_id TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            resolution TEXT NOT NULL,
            currency TEXT NOT NULL,
            refund_total INTEGER NOT NULL,
            token_id TEXT UNIQUE
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS returns_by_order ON returns(order_id);
        CREATE TABLE IF NOT EXISTS return_items (
            return_id TEXT NOT NULL REFERENCES returns(id),
            line_no INTEGER NOT NULL,
            sku TEXT NOT NULL,
            quantity INTEGER NOT NULL CHECK (quantity > 0),
            reason TEXT NOT NULL,
            refund INTEGER NOT NULL CHECK (refund >= 0),
            PRIMARY KEY (return_id, line_no)
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS outbox (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            kind TEXT NOT NULL,
            ref_id TEXT NOT NULL UNIQUE,
            payload BLOB NOT NULL,
            created_at INTEGER NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at INTEGER NOT NULL DEFAULT 0,
            last_error TEXT,
            delivered_at INTEGER
        );
        CREATE INDEX IF NOT EXISTS outbox_due ON outbox(next_attempt_at) WHERE delivered_at IS NULL;
        CREATE TABLE IF NOT EXISTS dead_letters (
            seq INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            ref_id TEXT NOT NULL,
            payload BLOB NOT NULL,
            reason TEXT NOT NULL,
            failed_at INTEGER NOT NULL
        );
        PRAGMA user_version = 1;
    )"))
        // 2: the size or colour an exchanged item is swapped for
        && (version >= 2
            || m_db.exec("ALTER TABLE return_items ADD COLUMN exchange_sku TEXT; PRAGMA user_version = 2;"))
        // 3: the offer's figures per item and the policy that decided it
        && (version >= 3 || m_db.exec(R"(
            ALTER TABLE return_items ADD COLUMN fee INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE return_items ADD COLUMN bonus INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE return_items ADD COLUMN keep_it INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE return_items ADD COLUMN bin TEXT;
            ALTER TABLE returns ADD COLUMN policy_id TEXT;
            ALTER TABLE returns ADD COLUMN policy_version INTEGER NOT NULL DEFAULT 0;
            PRAGMA user_version = 3;
        )"))
        // 4: wrong staff sign-ins and lockouts, per colleague and for the kiosk, across restarts
        && (version >= 4 || m_db.exec(R"(
            CREATE TABLE IF NOT EXISTS staff_lockouts (
                scope TEXT PRIMARY KEY NOT NULL,
                failures INTEGER NOT NULL DEFAULT 0,
                locked_until INTEGER NOT NULL DEFAULT 0
            ) WITHOUT ROWID;
            PRAGMA user_version = 4;
        )"))
        // 5: bins and their totes (the items in each), and settings that survive restarts
        && (version >= 5 || m_db.exec(R"(
            CREATE TABLE IF NOT EXISTS totes (
                id TEXT PRIMARY KEY NOT NULL,
                bin TEXT NOT NULL,
                position INTEGER NOT NULL DEFAULT 0,
                opened_at INTEGER NOT NULL,
                closed_at INTEGER,
                closed_by TEXT
            ) WITHOUT ROWID;
            CREATE UNIQUE INDEX IF NOT EXISTS totes_open ON totes(bin) WHERE closed_at IS NULL;
            CREATE INDEX IF NOT EXISTS totes_closed ON totes(closed_at) WHERE closed_at IS NOT NULL;
            ALTER TABLE return_items ADD COLUMN tote_id TEXT;
            CREATE INDEX IF NOT EXISTS return_items_by_tote ON return_items(tote_id) WHERE tote_id IS NOT NULL;
            CREATE TABLE IF NOT EXISTS settings (
                key TEXT PRIMARY KEY NOT NULL,
                value TEXT NOT NULL
            ) WITHOUT ROWID;
            PRAGMA user_version = 5;
        )"))
        // 6: wrong second factors per order (ZIP codes, receipts) across visits, and their back-off
        && (version >= 6 || m_db.exec(R"(
            CREATE TABLE IF NOT EXISTS order_attempts (
                order_id TEXT PRIMARY KEY NOT NULL,
                failures INTEGER NOT NULL,
                wait_until INTEGER NOT NULL DEFAULT 0
            ) WITHOUT ROWID;
            PRAGMA user_version = 6;
        )"))
        // 7: how many lockouts in a row each staff scope had: each one lasts twice as long
        && m_db.exec(R"(
            ALTER TABLE staff_lockouts ADD COLUMN lockouts INTEGER NOT NULL DEFAULT 0;
            PRAGMA user_version = 7;
        )");
    if (!ok)
        return fail(u"cannot create journal schema"_s);
    return tx.commit() || fail(u"cannot commit journal schema"_s);
}

bool Journal::recordReturn(const ReturnRecord &record)
{
    if (record.id.isEmpty() || record.items.empty()) {
        m_error = u"a return needs an id and at least one item"_s;
        return false;
    }
    sql::Transaction tx(m_db);
    if (!tx.isActive())
        return fail(u"cannot start transaction"_s);
    sql::Statement head = m_db.prepare("INSERT INTO returns (id, kiosk_id, order_id, created_at, resolution, "
                                       "currency, refund_total, token_id, policy_id, policy_version) "
                                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    head.bind(1, record.id).bind(2, record.kioskId).bind(3, record.orderId).bind(4, msecs(record.createdAt));
    head.bind(5, record.resolution).bind(6, record.currency).bind(7, record.refundTotal());
    if (record.tokenId.isEmpty())
        head.bindNull(8);
    else
        head.bind(8, record.tokenId);
    head.bind(9, record.policyId).bind(10, record.policyVersion);
    if (!head.exec())
        return fail(u"cannot record return %1"_s.arg(record.id));
    sql::Statement item = m_db.prepare("INSERT INTO return_items (return_id, line_no, sku, quantity, reason, "
                                       "refund, exchange_sku, fee, bonus, keep_it, bin) "
                                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    for (const ReturnItem &i : record.items) {
        item.bind(1, record.id).bind(2, i.lineNo).bind(3, i.sku).bind(4, i.quantity).bind(5, i.reason);
        item.bind(6, i.refund);
        if (i.exchangeSku.isEmpty())
            item.bindNull(7);
        else
            item.bind(7, i.exchangeSku);
        item.bind(8, i.fee).bind(9, i.bonus).bind(10, int(i.keepIt));
        if (i.bin.isEmpty())
            item.bindNull(11);
        else
            item.bind(11, i.bin);
        if (!item.exec())
            return fail(u"cannot record item %1 of return %2"_s.arg(i.lineNo).arg(record.id));
    }
    // Into the open tote of the item's bin, or of the first bin: the one the kiosk's chute drops into.
    sql::Statement tote
        = m_db.prepare("UPDATE return_items SET tote_id = coalesce("
                       "(SELECT t.id FROM totes t WHERE t.closed_at IS NULL AND t.bin = return_items.bin), "
                       "(SELECT t.id FROM totes t WHERE t.closed_at IS NULL ORDER BY t.position LIMIT 1)) "
                       "WHERE return_id = ?1 AND keep_it = 0");
    if (!tote.bind(1, record.id).exec())
        return fail(u"cannot put return %1 in its tote"_s.arg(record.id));
    sql::Statement outbox = m_db.prepare(
        "INSERT INTO outbox (kind, ref_id, payload, created_at) VALUES ('return', ?1, ?2, ?3)");
    outbox.bind(1, record.id).bind(2, QJsonDocument(record.toJson()).toJson(QJsonDocument::Compact));
    outbox.bind(3, msecs(record.createdAt));
    if (!outbox.exec())
        return fail(u"cannot queue return %1"_s.arg(record.id));
    return tx.commit() || fail(u"cannot commit return %1"_s.arg(record.id));
}

bool Journal::recordEvent(
    const QString &id, const QString &type, const QJsonObject &payload, const QDateTime &at)
{
    return queueEvent({ id, type, payload, at });
}

bool Journal::queueEvent(const Event &e)
{
    if (e.id.isEmpty() || e.type.isEmpty()) {
        m_error = u"an event needs an id and a type"_s;
        return false;
    }
    const QJsonObject event { { u"id"_s, e.id }, { u"type"_s, e.type }, { u"payload"_s, e.payload } };
    sql::Statement outbox
        = m_db.prepare("INSERT INTO outbox (kind, ref_id, payload, created_at) VALUES ('event', ?1, ?2, ?3)");
    outbox.bind(1, e.id).bind(2, QJsonDocument(event).toJson(QJsonDocument::Compact)).bind(3, msecs(e.at));
    return outbox.exec() || fail(u"cannot queue event %1"_s.arg(e.id));
}

bool Journal::openTotes(
    const QStringList &bins, const std::function<QString()> &newToteId, const QDateTime &at)
{
    sql::Transaction tx(m_db);
    if (!tx.isActive())
        return fail(u"cannot start transaction"_s);
    sql::Statement place
        = m_db.prepare("UPDATE totes SET position = ?2 WHERE bin = ?1 AND closed_at IS NULL");
    sql::Statement open
        = m_db.prepare("INSERT INTO totes (id, bin, position, opened_at) SELECT ?1, ?2, ?3, ?4 "
                       "WHERE NOT EXISTS (SELECT 1 FROM totes WHERE bin = ?2 AND closed_at IS NULL)");
    for (qsizetype i = 0; i < bins.size(); ++i) {
        if (!place.bind(1, bins[i]).bind(2, int(i)).exec()
            || !open.bind(1, newToteId()).bind(2, bins[i]).bind(3, int(i)).bind(4, msecs(at)).exec())
            return fail(u"cannot open a tote for bin %1"_s.arg(bins[i]));
    }
    return tx.commit() || fail(u"cannot commit the bins' totes"_s);
}

namespace {
constexpr auto ToteColumns
    = "SELECT t.id, t.bin, t.opened_at, t.closed_at, t.closed_by, "
      "(SELECT coalesce(sum(i.quantity), 0) FROM return_items i WHERE i.tote_id = t.id) "
      "FROM totes t ";

std::vector<Journal::Tote> readTotes(sql::Statement &stmt)
{
    std::vector<Journal::Tote> totes;
    const auto time = [&stmt](int column) {
        return stmt.isNull(column) ? QDateTime()
                                   : QDateTime::fromMSecsSinceEpoch(stmt.int64(column), Qt::UTC);
    };
    while (stmt.step() == sql::Statement::Step::Row)
        totes.push_back({ stmt.text(0), stmt.text(1), time(2), time(3), stmt.text(4), stmt.integer(5) });
    return totes;
}
} // namespace

std::vector<Journal::Tote> Journal::openTotesNow()
{
    sql::Statement stmt = m_db.prepare(
        QByteArray(ToteColumns).append("WHERE t.closed_at IS NULL ORDER BY t.position, t.bin").constData());
    return readTotes(stmt);
}

std::optional<Journal::Tote> Journal::findTote(const QString &toteId)
{
    sql::Statement stmt = m_db.prepare(QByteArray(ToteColumns).append("WHERE t.id = ?1").constData());
    stmt.bind(1, toteId);
    std::vector<Tote> totes = readTotes(stmt);
    if (totes.empty())
        return std::nullopt;
    return totes.front();
}

std::vector<Journal::Tote> Journal::closedTotes(int limit)
{
    sql::Statement stmt
        = m_db.prepare(QByteArray(ToteColumns)
                           .append("WHERE t.closed_at IS NOT NULL ORDER BY t.closed_at DESC, t.id LIMIT ?1")
                           .constData());
    stmt.bind(1, limit);
    return readTotes(stmt);
}

std::vector<Journal::ToteItem> Journal::toteItems(const QString &toteId)
{
    std::vector<ToteItem> items;
    sql::Statement stmt = m_db.prepare(
        "SELECT i.return_id, r.order_id, i.line_no, i.sku, i.quantity FROM return_items i "
        "JOIN returns r ON r.id = i.return_id WHERE i.tote_id = ?1 ORDER BY r.created_at, r.id, i.line_no");
    stmt.bind(1, toteId);
    while (stmt.step() == sql::Statement::Step::Row)
        items.push_back({ stmt.text(0), stmt.text(1), stmt.integer(2), stmt.text(3), stmt.integer(4) });
    return items;
}

bool Journal::closeTote(
    const QString &toteId, const QString &nextToteId, const QString &staffId, const Event &event)
{
    sql::Transaction tx(m_db);
    if (!tx.isActive())
        return fail(u"cannot start transaction"_s);
    sql::Statement close
        = m_db.prepare("UPDATE totes SET closed_at = ?2, closed_by = ?3 WHERE id = ?1 AND closed_at IS NULL");
    if (!close.bind(1, toteId).bind(2, msecs(event.at)).bind(3, staffId).exec())
        return fail(u"cannot close tote %1"_s.arg(toteId));
    if (m_db.changes() != 1) {
        m_fault = sql::StorageFault::None;
        m_error = u"tote %1 is not open"_s.arg(toteId);
        return false;
    }
    sql::Statement open = m_db.prepare("INSERT INTO totes (id, bin, position, opened_at) "
                                       "SELECT ?1, bin, position, ?3 FROM totes WHERE id = ?2");
    if (!open.bind(1, nextToteId).bind(2, toteId).bind(3, msecs(event.at)).exec())
        return fail(u"cannot open tote %1"_s.arg(nextToteId));
    if (!queueEvent(event))
        return false;
    return tx.commit() || fail(u"cannot commit the closing of tote %1"_s.arg(toteId));
}

std::optional<QString> Journal::setting(const QString &key)
{
    sql::Statement stmt = m_db.prepare("SELECT value FROM settings WHERE key = ?1");
    stmt.bind(1, key);
    if (stmt.step() == sql::Statement::Step::Row)
        return stmt.text(0);
    return std::nullopt;
}

bool Journal::changeSetting(const QString &key, const QString &value, const Event &event)
{
    sql::Transaction tx(m_db);
    if (!tx.isActive())
        return fail(u"cannot start transaction"_s);
    sql::Statement change = value.isEmpty()
        ? m_db.prepare("DELETE FROM settings WHERE key = ?1")
        : m_db.prepare("INSERT INTO settings (key, value) VALUES (?1, ?2) "
                       "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    change.bind(1, key);
    if (!value.isEmpty())
        change.bind(2, value);
    if (!change.exec())
        return fail(u"cannot change setting %1"_s.arg(key));
    if (!queueEvent(event))
        return false;
    return tx.commit() || fail(u"cannot commit setting %1"_s.arg(key));
}

std::optional<Journal::StaffLockout> Journal::staffLockout(const QString &scope)
{
    sql::Statement query
        = m_db.prepare("SELECT failures, locked_until, lockouts FROM staff_lockouts WHERE scope = ?1");
    query.bind(1, scope);
    switch (query.step()) {
    case sql::Statement::Step::Row:
        return StaffLockout { query.integer(0),
            query.int64(1) > 0 ? QDateTime::fromMSecsSinceEpoch(query.int64(1), Qt::UTC) : QDateTime(),
            query.integer(2) };
    case sql::Statement::Step::Done:
        return StaffLockout {};
    case sql::Statement::Step::Error:
        break;
    }
    fail(u"cannot read the staff lockout of %1"_s.arg(scope));
    return std::nullopt;
}

bool Journal::recordStaffAttempt(const std::vector<std::pair<QString, StaffLockout>> &lockouts,
    const QString &eventId, const QString &eventType, const QJsonObject &payload, const QDateTime &at)
{
    sql::Transaction tx(m_db);
    if (!tx.isActive())
        return fail(u"cannot start transaction"_s);
    for (const auto &[scope, lockout] : lockouts) {
        sql::Statement upsert
            = m_db.prepare("INSERT INTO staff_lockouts (scope, failures, locked_until, lockouts) "
                           "VALUES (?1, ?2, ?3, ?4) ON CONFLICT(scope) DO UPDATE SET "
                           "failures = excluded.failures, locked_until = excluded.locked_until, "
                           "lockouts = excluded.lockouts");
        upsert.bind(1, scope)
            .bind(2, lockout.failures)
            .bind(3, lockout.lockedUntil.isValid() ? msecs(lockout.lockedUntil) : std::int64_t(0))
            .bind(4, lockout.lockouts);
        if (!upsert.exec())
            return fail(u"cannot record the staff lockout of %1"_s.arg(scope));
    }
    if (!queueEvent({ eventId, eventType, payload, at }))
        return false;
    return tx.commit() || fail(u"cannot commit the staff sign-in attempt"_s);
}

std::optional<OrderAttempts> Journal::orderAttempts(const QString &orderId)
{
    sql::Statement query
        = m_db.prepare("SELECT failures, wait_until FROM order_attempts WHERE order_id = ?1");
    query.bind(1, orderId);
    switch (query.step()) {
    case sql::Statement::Step::Row:
        return OrderAttempts { query.integer(0),
            query.int64(1) > 0 ? QDateTime::fromMSecsSinceEpoch(query.int64(1), Qt::UTC) : QDateTime() };
    case sql::Statement::Step::Done:
        return OrderAttempts {};
    case sql::Statement::Step::Error:
        break;
    }
    fail(u"cannot read the attempts of order %1"_s.arg(orderId));
    return std::nullopt;
}

bool Journal::recordOrderAttempts(
    const QString &orderId, const OrderAttempts &attempts, const std::optional<Event> &event)
{
    sql::Transaction tx(m_db);
    if (!tx.isActive())
        return fail(u"cannot start transaction"_s);
    sql::Statement write = attempts.failures == 0
        ? m_db.prepare("DELETE FROM order_attempts WHERE order_id = ?1")
        : m_db.prepare("INSERT INTO order_attempts (order_id, failures, wait_until) VALUES (?1, ?2, ?3) "
                       "ON CONFLICT(order_id) DO UPDATE SET failures = excluded.failures, "
                       "wait_until = excluded.wait_until");
    write.bind(1, orderId);
    if (attempts.failures != 0)
        write.bind(2, attempts.failures)
            .bind(3, attempts.waitUntil.isValid() ? msecs(attempts.waitUntil) : std::int64_t(0));
    if (!write.exec())
        return fail(u"cannot record the attempts of order %1"_s.arg(orderId));
    if (event && !queueEvent(*event))
        return false;
    return tx.commit() || fail(u"cannot commit the attempts of order %1"_s.arg(orderId));
}

std::optional<ReturnRecord> Journal::findReturn(const QString &id)
{
    sql::Statement head
        = m_db.prepare("SELECT kiosk_id, order_id, created_at, resolution, currency, token_id, "
                       "policy_id, policy_version FROM returns WHERE id = ?1");
    head.bind(1, id);
    if (head.step() != sql::Statement::Step::Row)
        return std::nullopt;
    ReturnRecord record;
    record.id = id;
    record.kioskId = head.text(0);
    record.orderId = head.text(1);
    record.createdAt = QDateTime::fromMSecsSinceEpoch(head.int64(2), Qt::UTC);
    record.resolution = head.text(3);
    record.currency = head.text(4);
    record.tokenId = head.text(5);
    record.policyId = head.text(6);
    record.policyVersion = head.integer(7);
    sql::Statement items
        = m_db.prepare("SELECT line_no, sku, quantity, reason, refund, exchange_sku, fee, bonus, "
                       "keep_it, bin FROM return_items WHERE return_id = ?1 ORDER BY line_no");
    items.bind(1, id);
    while (items.step() == sql::Statement::Step::Row)
        record.items.push_back(
            { items.integer(0), items.text(1), items.integer(2), items.text(3), items.int64(4), items.text(5),
                items.int64(6), items.int64(7), items.integer(8) != 0, items.text(9) });
    return record;
}

QMap<int, int> Journal::returnedQuantities(const QString &orderId)
{
    QMap<int, int> quantities;
    for (const ReturnedUnits &units : returnedUnits(orderId))
        quantities[units.lineNo] += units.quantity;
    return quantities;
}

std::vector<Journal::ReturnedUnits> Journal::returnedUnits(const QString &orderId)
{
    std::vector<ReturnedUnits> units;
    sql::Statement stmt = m_db.prepare(
        "SELECT i.return_id, i.line_no, i.quantity FROM returns r "
        "JOIN return_items i ON i.return_id = r.id WHERE r.order_id = ?1 ORDER BY r.id, i.line_no");
    stmt.bind(1, orderId);
    while (stmt.step() == sql::Statement::Step::Row)
        units.push_back({ stmt.text(0), stmt.integer(1), stmt.integer(2) });
    return units;
}

std::vector<Journal::ReturnSummary> Journal::returnsOfOrders(
    const QStringList &orderIds, const QDateTime &since, int limit)
{
    std::vector<ReturnSummary> returns;
    sql::Statement stmt = m_db.prepare(
        "SELECT r.id, r.order_id, r.created_at, r.resolution, r.currency, r.refund_total, "
        "(SELECT coalesce(sum(i.quantity), 0) FROM return_items i WHERE i.return_id = r.id) FROM returns r "
        "WHERE r.order_id IN (SELECT value FROM json_each(?1)) AND r.created_at >= ?2 "
        "ORDER BY r.created_at DESC, r.id LIMIT ?3");
    stmt.bind(1,
        QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(orderIds)).toJson(QJsonDocument::Compact)));
    stmt.bind(2, since.isValid() ? msecs(since) : std::int64_t(0)).bind(3, limit);
    while (stmt.step() == sql::Statement::Step::Row)
        returns.push_back(
            { stmt.text(0), stmt.text(1), QDateTime::fromMSecsSinceEpoch(stmt.int64(2), Qt::UTC),
                stmt.text(3), stmt.text(4), stmt.int64(5), stmt.integer(6) });
    return returns;
}

bool Journal::isTokenUsed(const QString &tokenId)
{
    if (tokenId.isEmpty())
        return false;
    sql::Statement stmt = m_db.prepare("SELECT 1 FROM returns WHERE token_id = ?1");
    return stmt.bind(1, tokenId).step() == sql::Statement::Step::Row;
}

int Journal::returnCount()
{
    return int(m_db.scalar("SELECT count(*) FROM returns").value_or(0));
}

std::vector<Journal::OutboxEntry> Journal::dueOutbox(const QDateTime &now, int limit)
{
    std::vector<OutboxEntry> entries;
    sql::Statement stmt
        = m_db.prepare("SELECT seq, kind, ref_id, payload, attempts FROM outbox "
                       "WHERE delivered_at IS NULL AND next_attempt_at <= ?1 ORDER BY seq LIMIT ?2");
    stmt.bind(1, msecs(now)).bind(2, limit);
    while (stmt.step() == sql::Statement::Step::Row)
        entries.push_back({ stmt.int64(0), stmt.text(1), stmt.text(2), stmt.blob(3), stmt.integer(4) });
    return entries;
}

bool Journal::markDelivered(const std::vector<std::int64_t> &seqs, const QDateTime &now)
{
    sql::Transaction tx(m_db);
    sql::Statement stmt = m_db.prepare(
        "UPDATE outbox SET delivered_at = ?2, attempts = attempts + 1, last_error = NULL WHERE seq = ?1");
    for (const auto seq : seqs) {
        if (!stmt.bind(1, seq).bind(2, msecs(now)).exec())
            return fail(u"cannot mark outbox entry delivered"_s);
    }
    return tx.commit() || fail(u"cannot commit delivery"_s);
}

bool Journal::markAttemptFailed(
    const std::vector<std::int64_t> &seqs, const QString &error, const QDateTime &retryAt)
{
    sql::Transaction tx(m_db);
    sql::Statement stmt = m_db.prepare(
        "UPDATE outbox SET attempts = attempts + 1, last_error = ?2, next_attempt_at = ?3 WHERE seq = ?1");
    for (const auto seq : seqs) {
        if (!stmt.bind(1, seq).bind(2, error).bind(3, msecs(retryAt)).exec())
            return fail(u"cannot record failed attempt"_s);
    }
    return tx.commit() || fail(u"cannot commit failed attempt"_s);
}

int Journal::moveRetriesBack(qint64 backMsecs, const QDateTime &now)
{
    // Looked up first: a read never waits for a writer, so a locked journal costs nothing here.
    sql::Statement any
        = m_db.prepare("SELECT count(*) FROM outbox WHERE delivered_at IS NULL AND next_attempt_at > ?1");
    if (any.bind(1, msecs(now)).step() != sql::Statement::Step::Row)
        return fail(u"cannot read retry times"_s), -1;
    if (any.int64(0) == 0)
        return 0;
    sql::Statement stmt = m_db.prepare("UPDATE outbox SET next_attempt_at = max(?2, next_attempt_at - ?1) "
                                       "WHERE delivered_at IS NULL AND next_attempt_at > ?2");
    if (!stmt.bind(1, backMsecs).bind(2, msecs(now)).exec())
        return fail(u"cannot move retry times back"_s), -1;
    return m_db.changes();
}

int Journal::clampRetries(const QDateTime &latest, const QDateTime &now)
{
    sql::Statement any
        = m_db.prepare("SELECT count(*) FROM outbox WHERE delivered_at IS NULL AND next_attempt_at > ?1");
    if (any.bind(1, msecs(latest)).step() != sql::Statement::Step::Row)
        return fail(u"cannot read retry times"_s), -1;
    if (any.int64(0) == 0)
        return 0;
    sql::Statement stmt = m_db.prepare("UPDATE outbox SET next_attempt_at = ?2 "
                                       "WHERE delivered_at IS NULL AND next_attempt_at > ?1");
    if (!stmt.bind(1, msecs(latest)).bind(2, msecs(now)).exec())
        return fail(u"cannot reschedule retry times"_s), -1;
    return m_db.changes();
}

bool Journal::moveToDeadLetter(std::int64_t seq, const QString &reason, const QDateTime &now)
{
    sql::Transaction tx(m_db);
    sql::Statement copy
        = m_db.prepare("INSERT INTO dead_letters (seq, kind, ref_id, payload, reason, failed_at) "
                       "SELECT seq, kind, ref_id, payload, ?2, ?3 FROM outbox WHERE seq = ?1");
    sql::Statement remove = m_db.prepare("DELETE FROM outbox WHERE seq = ?1");
    if (!copy.bind(1, seq).bind(2, reason).bind(3, msecs(now)).exec() || !remove.bind(1, seq).exec())
        return fail(u"cannot move outbox entry to dead letters"_s);
    return tx.commit() || fail(u"cannot commit dead letter"_s);
}

Journal::OutboxStats Journal::outboxStats()
{
    OutboxStats stats;
    sql::Statement pending
        = m_db.prepare("SELECT count(*), min(created_at), total(kind = 'return') FROM outbox WHERE "
                       "delivered_at IS NULL");
    if (pending.step() == sql::Statement::Step::Row) {
        stats.pending = pending.integer(0);
        stats.pendingReturns = int(pending.int64(2));
        if (!pending.isNull(1))
            stats.oldestPending = QDateTime::fromMSecsSinceEpoch(pending.int64(1), Qt::UTC);
    }
    stats.deadLetters = int(m_db.scalar("SELECT count(*) FROM dead_letters").value_or(0));
    return stats;
}

std::vector<Journal::DeadLetter> Journal::deadLetters(int limit)
{
    std::vector<DeadLetter> letters;
    sql::Statement stmt = m_db.prepare(
        "SELECT seq, kind, ref_id, reason, failed_at, CASE kind WHEN 'event' THEN "
        "json_extract(payload, '$.type') END FROM dead_letters ORDER BY failed_at DESC, seq DESC LIMIT ?1");
    stmt.bind(1, limit);
    while (stmt.step() == sql::Statement::Step::Row)
        letters.push_back({ stmt.int64(0), stmt.text(1), stmt.text(2), stmt.text(3),
            QDateTime::fromMSecsSinceEpoch(stmt.int64(4), Qt::UTC), stmt.text(5) });
    return letters;
}

std::vector<Journal::QueuedEntry> Journal::pendingOutbox(int limit)
{
    std::vector<QueuedEntry> entries;
    sql::Statement stmt
        = m_db.prepare("SELECT seq, kind, ref_id, created_at, attempts, last_error, "
                       "next_attempt_at, CASE kind WHEN 'event' THEN json_extract(payload, "
                       "'$.type') END FROM outbox WHERE delivered_at IS NULL ORDER BY seq LIMIT ?1");
    stmt.bind(1, limit);
    while (stmt.step() == sql::Statement::Step::Row) {
        QueuedEntry entry { stmt.int64(0), stmt.text(1), stmt.text(2), stmt.text(7),
            QDateTime::fromMSecsSinceEpoch(stmt.int64(3), Qt::UTC), stmt.integer(4), stmt.text(5) };
        if (stmt.int64(6) > 0)
            entry.nextAttempt = QDateTime::fromMSecsSinceEpoch(stmt.int64(6), Qt::UTC);
        entries.push_back(entry);
    }
    return entries;
}

std::optional<QByteArray> Journal::deadLetterPayload(std::int64_t seq)
{
    sql::Statement stmt = m_db.prepare("SELECT payload FROM dead_letters WHERE seq = ?1");
    stmt.bind(1, seq);
    if (stmt.step() != sql::Statement::Step::Row)
        return std::nullopt;
    return stmt.blob(0);
}

bool Journal::retryDeadLetter(std::int64_t seq, const Event &event)
{
    sql::Transaction tx(m_db);
    if (!tx.isActive())
        return fail(u"cannot start transaction"_s);
    sql::Statement requeue
        = m_db.prepare("INSERT INTO outbox (kind, ref_id, payload, created_at) "
                       "SELECT kind, ref_id, payload, ?2 FROM dead_letters WHERE seq = ?1");
    if (!requeue.bind(1, seq).bind(2, msecs(event.at)).exec())
        return fail(u"cannot put dead letter %1 back in the outbox"_s.arg(seq));
    if (m_db.changes() != 1) {
        m_error = u"no dead letter %1"_s.arg(seq);
        return false;
    }
    sql::Statement remove = m_db.prepare("DELETE FROM dead_letters WHERE seq = ?1");
    if (!remove.bind(1, seq).exec() || !queueEvent(event))
        return fail(u"cannot put dead letter %1 back in the outbox"_s.arg(seq));
    return tx.commit() || fail(u"cannot commit the retry of dead letter %1"_s.arg(seq));
}

std::vector<Journal::Event> Journal::eventsSince(const QDateTime &from, int limit)
{
    std::vector<Event> events;
    sql::Statement stmt
        = m_db.prepare("SELECT payload, created_at FROM outbox WHERE kind = 'event' AND created_at >= ?1 "
                       "UNION ALL SELECT d.payload, d.failed_at FROM dead_letters d WHERE d.kind = 'event' "
                       "AND d.failed_at >= ?1 "
                       "ORDER BY 2 DESC LIMIT ?2");
    stmt.bind(1, msecs(from)).bind(2, limit);
    while (stmt.step() == sql::Statement::Step::Row) {
        const QJsonObject event = QJsonDocument::fromJson(stmt.blob(0)).object();
        events.push_back({ event.value(u"id"_s).toString(), event.value(u"type"_s).toString(),
            event.value(u"payload"_s).toObject(), QDateTime::fromMSecsSinceEpoch(stmt.int64(1), Qt::UTC) });
    }
    return events;
}

} // namespace kiosk
