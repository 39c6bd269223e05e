#include "CacheStore.h"

#include "OrderJson.h"
#include "OrderValidator.h"
#include "OrderVerifier.h"
#include "crypto/VerifierKey.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QScopeGuard>

#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcCache, "kiosk.cache")

namespace kiosk {

namespace {

constexpr int MaxReportedErrors = 20;
constexpr qint64 MaxImportFileBytes = 2LL * 1024 * 1024 * 1024;
constexpr qint64 MsecsPer30Days = 30LL * 24 * 3600 * 1000;

// Migration N brings a file from user_version N-1 to N. Never edit a shipped step: add one.
constexpr const char *Migrations[] = {
    // 1: orders and lines
    R"(
        CREATE TABLE orders (
            id TEXT PRIMARY KEY NOT NULL,
            currency TEXT NOT NULL,
            customer_ref TEXT NOT NULL,
            loyalty_tier TEXT NOT NULL,
            verifier_salt BLOB,
            verifier_hash BLOB,
            placed_at INTEGER NOT NULL,
            shipped_at INTEGER,
            delivered_at INTEGER,
            payment_methods TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE order_lines (
            order_id TEXT NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
            line_no INTEGER NOT NULL,
            sku TEXT NOT NULL,
            gtin TEXT NOT NULL,
            title TEXT NOT NULL,
            category TEXT NOT NULL,
            attributes TEXT NOT NULL,
            unit_price INTEGER NOT NULL CHECK (unit_price >= 0),
            quantity INTEGER NOT NULL CHECK (quantity > 0),
            quantity_returned INTEGER NOT NULL CHECK (quantity_returned >= 0),
            final_sale INTEGER NOT NULL,
            non_returnable INTEGER NOT NULL,
            PRIMARY KEY (order_id, line_no)
        ) WITHOUT ROWID;
    )",
    // 2: return history for customer/offline limits, sync bookkeeping, lookup indexes
    R"(
        CREATE TABLE returns_history (
            return_id TEXT PRIMARY KEY NOT NULL,
            customer_ref TEXT NOT NULL,
            order_id TEXT NOT NULL,
            returned_at INTEGER NOT NULL,
            amount INTEGER NOT NULL CHECK (amount >= 0),
            granted_offline INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX returns_by_customer ON returns_history (customer_ref, returned_at);
        CREATE INDEX returns_offline_by_time ON returns_history (returned_at) WHERE granted_offline = 1;
        CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) WITHOUT ROWID;
        CREATE INDEX orders_by_customer ON orders (customer_ref);
        CREATE INDEX lines_by_gtin ON order_lines (gtin) WHERE gtin <> '';
    )",
    // 3: paper receipts (store, register, transaction, day) -> order; sizes/colours a line can swap to
    R"(
        CREATE TABLE receipts (
            store INTEGER NOT NULL,
            register_no INTEGER NOT NULL,
            transaction_no INTEGER NOT NULL,
            receipt_date TEXT NOT NULL,
            order_id TEXT NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
            PRIMARY KEY (store, register_no, transaction_no, receipt_date)
        ) WITHOUT ROWID;
        CREATE INDEX receipts_by_order ON receipts (order_id);
        ALTER TABLE order_lines ADD COLUMN variants TEXT NOT NULL DEFAULT '[]';
    )",
    // 4: the returns (ids) the backend's quantityReturned figures of an order already count
    R"(
        CREATE TABLE order_counted_returns (
            order_id TEXT NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
            return_id TEXT NOT NULL,
            PRIMARY KEY (order_id, return_id)
        ) WITHOUT ROWID;
    )",
    // 5: the card's last 4 digits for paper receipts (sealed like verifier_hash, see adoptVerifierKey)
    R"(
        ALTER TABLE orders ADD COLUMN card_salt BLOB;
        ALTER TABLE orders ADD COLUMN card_hash BLOB;
    )",
    // 6: each line's product picture (the review screen shows it)
    R"(
        ALTER TABLE order_lines ADD COLUMN image_url TEXT NOT NULL DEFAULT '';
    )",
    // 7: the customer's e-mail and phone as sealed digests, for a colleague's look-up, and masked
    R"(
        CREATE TABLE order_contacts (
            order_id TEXT NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            contact_key BLOB NOT NULL,
            masked TEXT NOT NULL,
            PRIMARY KEY (order_id, kind)
        ) WITHOUT ROWID;
        CREATE INDEX contacts_by_key ON order_contacts (contact_key);
    )",
    // 8: the orders that still keep a verifier or a contact, by the start of their return window, for
    // the hourly prune (which otherwise reads every order)
    R"(
        ALTER TABLE orders ADD COLUMN has_contacts INTEGER NOT NULL DEFAULT 0;
        UPDATE orders SET has_contacts = 1 WHERE id IN (SELECT order_id FROM order_contacts);
        CREATE INDEX orders_with_secrets ON orders (max(placed_at, coalesce(delivered_at, placed_at)))
            WHERE (length(verifier_hash) > 0 OR length(card_hash) > 0 OR has_contacts = 1);
    )",
};
static_assert(std::size(Migrations) == CacheStore::SchemaVersion);

// Where an order's return windows start (the later of purchase and delivery), and whether it still keeps
// a secret (a verifier, a card verifier, a contact): the hourly prune reads the orders with secrets by
// that start through the partial index orders_with_secrets (migration 8), so both are spelt as there.
#define KIOSK_WINDOW_START "max(placed_at, coalesce(delivered_at, placed_at))"
#define KIOSK_HAS_SECRETS "(length(verifier_hash) > 0 OR length(card_hash) > 0 OR has_contacts = 1)"

// The lookup indexes an initial load builds once at the end (same definitions as migrations 2 and 8).
constexpr const char *DropLookupIndexes = "DROP INDEX IF EXISTS orders_by_customer; "
                                          "DROP INDEX IF EXISTS lines_by_gtin; "
                                          "DROP INDEX IF EXISTS orders_with_secrets;";
constexpr const char *CreateLookupIndexes
    = "CREATE INDEX IF NOT EXISTS orders_by_customer ON orders (customer_ref); "
      "CREATE INDEX IF NOT EXISTS lines_by_gtin ON order_lines (gtin) WHERE gtin <> ''; "
      "CREATE INDEX IF NOT EXISTS orders_with_secrets ON orders (" KIOSK_WINDOW_START ") "
      "WHERE " KIOSK_HAS_SECRETS ";";
// Normal running: WAL with fsync at checkpoints, memory-mapped reads so point lookups cost no read().
constexpr const char *NormalPragmas = "PRAGMA synchronous=NORMAL; PRAGMA mmap_size=1073741824; "
                                      "PRAGMA cache_size=-2000; PRAGMA temp_store=DEFAULT;";
// Initial load: no fsync (a killed process loses nothing SQLite has written; a power cut can damage
// the file, which open() then rebuilds), no mmap (touched file pages would count as resident memory),
// a page cache large enough for a page of orders, and the savepoint each order is written under kept in
// memory (see OrderSavepointsInMemory).
constexpr const char *BulkPragmas
    = "PRAGMA synchronous=OFF; PRAGMA mmap_size=0; PRAGMA cache_size=-32768; PRAGMA temp_store=MEMORY;";
// Each order is written under a savepoint, whose sub-journal holds the pages the order touched. SQLite
// keeps a sub-journal in memory up to 64 KiB, but once one order's outgrew that it stays a temporary
// file for the rest of the transaction, and every page of every later order is written to it: 133,000
// pwrite() calls for 20,000 orders, a fifth of an import's time. In memory it is emptied at each
// order's RELEASE, so it never holds more than one order's pages. (Sorting for CREATE INDEX still
// spills to files beyond the page cache, as long as temp_store is back to DEFAULT when they start.)
constexpr const char *OrderSavepointsInMemory = "PRAGMA temp_store=MEMORY;";

// What meta 'verifier_scheme' says of the verifiers in the file; absent: the backend's SHA-256 (schema 4
// and before, or a file no build with a verifier key has opened yet).
const QString SealedScheme = u"hmac-sha256:"_s;

std::optional<std::int64_t> toMsecs(const QDateTime &time)
{
    return time.isValid() ? std::optional<std::int64_t>(time.toMSecsSinceEpoch()) : std::nullopt;
}

QDateTime fromMsecs(const sql::Statement &stmt, int column)
{
    return stmt.isNull(column) ? QDateTime() : QDateTime::fromMSecsSinceEpoch(stmt.int64(column), Qt::UTC);
}

// The attributes and variants columns are compact JSON written here directly: serialising them through
// QJsonObject/QJsonDocument for every line was an eighth of a large import's time.
void appendJsonString(QByteArray &out, const QString &text)
{
    static constexpr char Hex[] = "0123456789abcdef";
    out += '"';
    for (const char c : text.toUtf8()) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (byte < 0x20) {
            out += "\\u00";
            out += Hex[byte >> 4];
            out += Hex[byte & 0xf];
        } else {
            out += c;
        }
    }
    out += '"';
}

QByteArray attributesToJson(const QMap<QString, QString> &attributes)
{
    if (attributes.isEmpty())
        return QByteArrayLiteral("{}");
    QByteArray json = "{";
    for (auto it = attributes.begin(); it != attributes.end(); ++it) {
        if (it != attributes.begin())
            json += ',';
        appendJsonString(json, it.key());
        json += ':';
        appendJsonString(json, it.value());
    }
    return json += '}';
}

QMap<QString, QString> attributesFromJson(const QByteArray &json)
{
    QMap<QString, QString> attributes;
    if (json.size() <= 2)
        return attributes;
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    for (auto it = object.begin(); it != object.end(); ++it)
        attributes.insert(it.key(), it.value().toString());
    return attributes;
}

QByteArray variantsColumn(const std::vector<OrderLineVariant> &variants)
{
    if (variants.empty())
        return QByteArrayLiteral("[]");
    QByteArray json = "[";
    for (const OrderLineVariant &v : variants) {
        json += json.size() > 1 ? ",{\"colour\":" : "{\"colour\":";
        appendJsonString(json, v.colour);
        json += ",\"size\":";
        appendJsonString(json, v.size);
        json += ",\"sku\":";
        appendJsonString(json, v.sku);
        json += '}';
    }
    return json += ']';
}

std::vector<OrderLineVariant> variantsFromJson(const QByteArray &json)
{
    std::vector<OrderLineVariant> variants;
    if (json.size() <= 2)
        return variants;
    for (const QJsonValue &value : QJsonDocument::fromJson(json).array()) {
        const QJsonObject v = value.toObject();
        variants.push_back(
            { v.value(u"sku"_s).toString(), v.value(u"size"_s).toString(), v.value(u"colour"_s).toString() });
    }
    return variants;
}

QDateTime parseMetaTime(const QString &value)
{
    bool ok = false;
    const qint64 msecs = value.toLongLong(&ok);
    return ok ? QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC) : QDateTime();
}

} // namespace

bool CacheStore::open(const QString &path, Access access)
{
    m_findHead = {};
    m_findLines = {};
    m_deleteOrder = {};
    m_insertHead = {};
    m_insertLine = {};
    m_insertReceipt = {};
    m_insertCounted = {};
    m_findCounted = {};
    m_findReceipt = {};
    m_historyByCustomer = {};
    m_offlineRefunds = {};
    m_lastSync = {};
    m_beginRead = {};
    m_endRead = {};
    m_orderSavepoint = {};
    m_orderRelease = {};
    m_rebuilt = false;
    m_bulk = false;
    m_error.clear();
    m_fault = sql::StorageFault::None;
    if (access == Access::ReadOnly) {
        if (!m_db.open(path, sql::Database::Mode::ReadOnly))
            return failOpen(path, m_db.lastFault(), m_db.lastError());
        QString report;
        const auto check = m_db.integrityCheck(&report);
        if (check != sql::Database::Check::Ok)
            return failOpen(path,
                check == sql::Database::Check::Damaged ? sql::StorageFault::Corrupt : m_db.lastFault(),
                report);
        return m_db.exec("PRAGMA query_only=ON;") || failOpen(path, m_db.lastFault(), m_db.lastError());
    }

    // Only a file that fails its integrity check (or that a newer build wrote) is moved aside and rebuilt:
    // a full disk, a read-only mount, an I/O error or a lock leaves a healthy cache where it is.
    if (!m_db.open(path))
        return failOpen(path, m_db.lastFault(), m_db.lastError());
    QString report;
    bool rebuild = false;
    switch (m_db.integrityCheck(&report)) {
    case sql::Database::Check::Ok:
        break;
    case sql::Database::Check::Damaged:
        rebuild = true;
        break;
    case sql::Database::Check::Failed:
        return failOpen(path, m_db.lastFault(), report);
    }
    if (!rebuild && m_db.scalar("PRAGMA user_version").value_or(-1) > SchemaVersion) {
        report = u"schema is newer than this build"_s;
        rebuild = true;
    }
    if (!rebuild && m_db.isReadOnly())
        return failOpen(path, sql::StorageFault::ReadOnly, u"opened read-only"_s);
    if (!rebuild && !(m_db.exec("PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON;") && migrate())) {
        if (m_db.lastFault() != sql::StorageFault::Corrupt)
            return failOpen(path, m_db.lastFault(), u"migration failed: "_s + m_db.lastError());
        report = u"migration failed: "_s + m_db.lastError();
        rebuild = true;
    }
    if (rebuild) {
        qCWarning(lcCache) << "cache" << path << "failed its integrity check, rebuilding:" << report;
        m_db.close();
        // Only the cache's own files: the file itself (kept aside once for diagnosis), its WAL and SHM.
        const QString aside = path + u".corrupt"_s;
        QFile::remove(aside);
        QFile::rename(path, aside);
        QFile::remove(path + u"-wal"_s);
        QFile::remove(path + u"-shm"_s);
        m_rebuilt = true;
        if (!m_db.open(path) || !m_db.exec("PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON;"))
            return failOpen(path, m_db.lastFault(), m_db.lastError());
        if (!migrate())
            return failOpen(path, m_db.lastFault(), m_db.lastError());
    }
    if (!m_db.exec(NormalPragmas) || !m_db.exec("PRAGMA secure_delete=ON"))
        return failOpen(path, m_db.lastFault(), m_db.lastError());
    QString keyError;
    const auto key = VerifierKey::loadOrCreate(QFileInfo(path).absolutePath(), &keyError);
    if (!key)
        return failOpen(path, sql::StorageFault::Other, keyError);
    m_verifierKey = *key;
    return adoptVerifierKey()
        || failOpen(path, m_db.lastFault(), u"cannot seal its verifiers: "_s + m_db.lastError());
}

bool CacheStore::adoptVerifierKey()
{
    const QString scheme = SealedScheme + VerifierKey::id(m_verifierKey);
    if (meta("verifier_scheme") == scheme)
        return true;
    sql::Transaction tx(m_db); // immediate: another connection opening the file now waits, then sees it done
    if (!tx.isActive())
        return false;
    const QString found = meta("verifier_scheme");
    if (found == scheme)
        return tx.commit();
    if (found.isEmpty()) {
        // The backend's SHA-256 digests: sealed in place, so the shopper flow goes on as before and the
        // digests are gone from the file (secure_delete zeroes what they leave behind).
        sql::Statement select = m_db.prepare("SELECT id, verifier_hash, card_hash FROM orders WHERE "
                                             "length(verifier_hash) > 0 OR length(card_hash) > 0");
        sql::Statement update
            = m_db.prepare("UPDATE orders SET verifier_hash = ?2, card_hash = ?3 WHERE id = ?1");
        int sealed = 0;
        while (select.step() == sql::Statement::Step::Row) {
            const auto seal = [this](const QByteArray &digest) {
                return digest.size() == 32 ? VerifierKey::seal(m_verifierKey, digest) : QByteArray();
            };
            update.bind(1, select.text(0)).bind(2, seal(select.blob(1))).bind(3, seal(select.blob(2)));
            if (!update.exec())
                return false;
            ++sealed;
        }
        if (sealed > 0)
            qCInfo(lcCache) << "sealed the verifiers of" << sealed << "orders with the kiosk's verifier key";
    } else {
        // Another key sealed them (the key file was replaced, or the file came from another kiosk): they
        // can never match. Dropped, with the cursor, so the next pull brings them again.
        if (!m_db.exec("UPDATE orders SET verifier_salt = NULL, verifier_hash = NULL, card_salt = NULL, "
                       "card_hash = NULL, has_contacts = 0; DELETE FROM order_contacts; DELETE FROM meta "
                       "WHERE key = 'sync_cursor';"))
            return false;
        qCWarning(lcCache) << "the verifiers in the cache were sealed with another key: dropped until the "
                              "orders are synced again";
    }
    if (!setMeta("verifier_scheme", scheme) || !tx.commit())
        return false;
    // No page image of the old digests stays behind in the write-ahead log.
    return m_db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

bool CacheStore::verifierMatches(const Order &order, const QString &typed) const
{
    return OrderVerifier::matches(order, typed, m_verifierKey);
}

bool CacheStore::cardMatches(const Order &order, const QString &typed) const
{
    return OrderVerifier::matchesCard(order, typed, m_verifierKey);
}

void CacheStore::prepareWrites(const QDateTime &at)
{
    m_writeRetention = retention();
    m_writeAt = at;
}

std::optional<VerifierRetention> CacheStore::retention()
{
    const QString json = meta("verifier_retention");
    return json.isEmpty() ? std::nullopt : VerifierRetention::fromJson(json.toUtf8());
}

bool CacheStore::setVerifierRetention(const VerifierRetention &retention, const QDateTime &now)
{
    if (!setMeta("verifier_retention", QString::fromUtf8(retention.toJson())))
        return false;
    return dropExpiredVerifiers(now) >= 0;
}

int CacheStore::dropExpiredVerifiers(const QDateTime &now)
{
    const auto kept = retention();
    const QDateTime placedBefore = kept ? kept->placedBefore(now) : QDateTime();
    if (!placedBefore.isValid())
        return 0;
    sql::Transaction tx(m_db);
    if (!tx.isActive())
        return -1;
    // Only an order whose windows started before placedBefore can be past them all (holidays extend,
    // never shorten them): the index hands over just those that still keep a secret.
    sql::Statement candidates
        = m_db.prepare("SELECT id, placed_at, delivered_at FROM orders WHERE " KIOSK_WINDOW_START
                       " < ?1 AND " KIOSK_HAS_SECRETS);
    candidates.bind(1, placedBefore.toMSecsSinceEpoch());
    QStringList expired;
    while (candidates.step() == sql::Statement::Step::Row) {
        Order order;
        order.placedAt = fromMsecs(candidates, 1);
        order.deliveredAt = fromMsecs(candidates, 2);
        if (kept->pastEveryWindow(order, now))
            expired.append(candidates.text(0));
    }
    sql::Statement drop = m_db.prepare("UPDATE orders SET verifier_salt = NULL, verifier_hash = NULL, "
                                       "card_salt = NULL, card_hash = NULL, has_contacts = 0 WHERE id = ?1");
    sql::Statement dropContacts = m_db.prepare("DELETE FROM order_contacts WHERE order_id = ?1");
    for (const QString &id : expired) {
        if (!drop.bind(1, id).exec() || !dropContacts.bind(1, id).exec())
            return -1;
    }
    if (!tx.commit())
        return -1;
    if (!expired.isEmpty())
        qCInfo(lcCache) << "dropped the verifiers and contacts of" << expired.size()
                        << "orders past every return window";
    return int(expired.size());
}

#undef KIOSK_WINDOW_START
#undef KIOSK_HAS_SECRETS

bool CacheStore::failOpen(const QString &path, sql::StorageFault fault, const QString &detail)
{
    m_fault = fault == sql::StorageFault::None ? sql::StorageFault::Other : fault;
    if (m_fault == sql::StorageFault::Other)
        m_error = u"cache %1: %2"_s.arg(path, detail);
    else if (m_fault == sql::StorageFault::Corrupt)
        m_error = u"cache %1 failed its integrity check (%2)"_s.arg(path, detail);
    else
        m_error = u"cache %1: %2 (%3); left in place"_s.arg(path, sql::faultDescription(m_fault), detail);
    qCWarning(lcCache).noquote() << m_error;
    m_db.close();
    return false;
}

bool CacheStore::setBulkPragmas(bool bulk)
{
    m_bulk = bulk;
    return m_db.exec(bulk ? BulkPragmas : NormalPragmas);
}

QString CacheStore::setJournalMode(const char *mode)
{
    // Another connection keeps a WAL database in WAL mode: the answer is then "wal" whatever was asked.
    sql::Statement stmt = m_db.prepare(QByteArray("PRAGMA journal_mode=").append(mode).constData());
    return stmt.step() == sql::Statement::Step::Row ? stmt.text(0) : QString();
}

bool CacheStore::migrate()
{
    const std::int64_t from = m_db.scalar("PRAGMA user_version").value_or(-1);
    if (from < 0)
        return false;
    for (std::int64_t version = from + 1; version <= SchemaVersion; ++version) {
        sql::Transaction tx(m_db);
        const QByteArray bump = "PRAGMA user_version = " + QByteArray::number(version);
        if (!tx.isActive() || !m_db.exec(Migrations[version - 1]) || !m_db.exec(bump.constData())
            || !tx.commit())
            return false;
        qCInfo(lcCache) << "cache schema migrated to version" << version;
    }
    return true;
}

sql::Statement &CacheStore::cached(sql::Statement &slot, const char *sql)
{
    if (!slot.isValid())
        slot = m_db.prepare(sql);
    return slot;
}

bool CacheStore::beginRead()
{
    return cached(m_beginRead, "SAVEPOINT cache_read").exec();
}

void CacheStore::endRead()
{
    cached(m_endRead, "RELEASE cache_read").exec();
}

std::optional<CacheStore::DecisionInputs> CacheStore::lookupForDecision(
    const QString &orderId, const QDateTime &now, const QDateTime &dayStart)
{
    if (!beginRead())
        return std::nullopt;
    const auto end = qScopeGuard([this] { endRead(); });
    std::optional<Order> order = findOrder(orderId);
    if (!order)
        return std::nullopt;
    DecisionInputs inputs;
    inputs.history = customerHistory(order->customerRef, now, dayStart);
    sql::Statement &sync = cached(m_lastSync, "SELECT value FROM meta WHERE key = 'last_sync'");
    if (sync.step() == sql::Statement::Step::Row)
        inputs.cacheSyncedAt = parseMetaTime(sync.text(0));
    sync.reset();
    inputs.countedReturns = countedReturns(orderId);
    inputs.order = std::move(*order);
    return inputs;
}

namespace {

// The columns an order's head and its lines are read from, in the order readHead() and readLine() take them.
#define KIOSK_HEAD_COLUMNS                                                                                   \
    "currency, customer_ref, loyalty_tier, verifier_salt, verifier_hash, placed_at, shipped_at, "            \
    "delivered_at, payment_methods, r.store, r.register_no, r.transaction_no, r.receipt_date, card_salt, "   \
    "card_hash FROM orders LEFT JOIN receipts r ON r.order_id = orders.id "
#define KIOSK_LINE_COLUMNS                                                                                   \
    "line_no, sku, gtin, title, category, attributes, unit_price, quantity, quantity_returned, final_sale, " \
    "non_returnable, variants, image_url FROM order_lines "

/// The head's columns from @p c on (KIOSK_HEAD_COLUMNS) into @p order.
void readHead(const sql::Statement &head, int c, Order &order)
{
    order.currency = head.text(c);
    order.customerRef = head.text(c + 1);
    order.loyaltyTier = head.text(c + 2);
    order.verifierSalt = head.blob(c + 3);
    order.verifierHash = head.blob(c + 4);
    order.placedAt = fromMsecs(head, c + 5);
    order.shippedAt = fromMsecs(head, c + 6);
    order.deliveredAt = fromMsecs(head, c + 7);
    order.paymentMethods = head.text(c + 8).split(u',', Qt::SkipEmptyParts);
    if (!head.isNull(c + 9))
        order.receipt = { head.integer(c + 9), head.integer(c + 10), head.integer(c + 11),
            QDate::fromString(head.text(c + 12), Qt::ISODate) };
    order.cardSalt = head.blob(c + 13);
    order.cardHash = head.blob(c + 14);
    order.verifiersSealed = true;
}

/// A line's columns from @p c on (KIOSK_LINE_COLUMNS).
OrderLine readLine(const sql::Statement &lines, int c)
{
    OrderLine line;
    line.lineNo = lines.integer(c);
    line.sku = lines.text(c + 1);
    line.gtin = lines.text(c + 2);
    line.title = lines.text(c + 3);
    line.category = lines.text(c + 4);
    line.attributes = attributesFromJson(lines.blob(c + 5));
    line.unitPrice = lines.int64(c + 6);
    line.quantity = lines.integer(c + 7);
    line.quantityReturned = lines.integer(c + 8);
    line.finalSale = lines.integer(c + 9) != 0;
    line.nonReturnable = lines.integer(c + 10) != 0;
    line.variants = variantsFromJson(lines.blob(c + 11));
    line.imageUrl = lines.text(c + 12);
    return line;
}

} // namespace

std::optional<Order> CacheStore::findOrder(const QString &orderId)
{
    if (!beginRead())
        return std::nullopt;
    const auto end = qScopeGuard([this] { endRead(); });
    sql::Statement &head = cached(m_findHead, "SELECT " KIOSK_HEAD_COLUMNS "WHERE id = ?1 LIMIT 1");
    head.bind(1, orderId);
    if (head.step() != sql::Statement::Step::Row) {
        head.reset();
        return std::nullopt;
    }
    Order order;
    order.id = orderId;
    readHead(head, 0, order);
    head.reset();

    sql::Statement &contacts = cached(m_findContacts,
        "SELECT kind, contact_key, masked FROM order_contacts WHERE order_id = ?1 ORDER BY kind");
    contacts.bind(1, orderId);
    while (contacts.step() == sql::Statement::Step::Row)
        order.contacts.push_back({ contacts.text(0), contacts.blob(1), contacts.text(2) });
    contacts.reset();

    sql::Statement &lines
        = cached(m_findLines, "SELECT " KIOSK_LINE_COLUMNS "WHERE order_id = ?1 ORDER BY line_no");
    lines.bind(1, orderId);
    while (lines.step() == sql::Statement::Step::Row)
        order.lines.push_back(readLine(lines, 0));
    lines.reset();
    return order;
}

bool CacheStore::forEachOrder(const std::function<bool(const Order &)> &visit)
{
    // Touched pages of a memory-mapped file count as the process's memory: a scan reads them instead.
    if (!m_db.exec("PRAGMA mmap_size=0") || !beginRead())
        return false;
    const auto end = qScopeGuard([this] {
        endRead();
        m_db.exec("PRAGMA mmap_size=1073741824");
    });
    // Both tables in key order, merged: one pass over each, one order in memory at a time.
    sql::Statement heads = m_db.prepare("SELECT id, " KIOSK_HEAD_COLUMNS "ORDER BY id");
    sql::Statement lines = m_db.prepare("SELECT order_id, " KIOSK_LINE_COLUMNS "ORDER BY order_id, line_no");
    sql::Statement::Step lineStep = lines.step();
    sql::Statement::Step step = heads.step();
    Order order;
    for (; step == sql::Statement::Step::Row; step = heads.step()) {
        const QString id = heads.text(0);
        if (id == order.id)
            continue; // a second receipt of the same order
        order = Order {};
        order.id = id;
        readHead(heads, 1, order);
        const QByteArray headOrder = id.toUtf8();
        // Ids are compared as SQLite orders them (bytes of UTF-8); lines of orders without a head are
        // skipped.
        for (; lineStep == sql::Statement::Step::Row; lineStep = lines.step()) {
            const QByteArray lineOrder = lines.text(0).toUtf8();
            if (lineOrder > headOrder)
                break;
            if (lineOrder == headOrder)
                order.lines.push_back(readLine(lines, 1));
        }
        if (!visit(order))
            return true;
    }
    return step == sql::Statement::Step::Done && lineStep != sql::Statement::Step::Error;
}

#undef KIOSK_HEAD_COLUMNS
#undef KIOSK_LINE_COLUMNS

QStringList CacheStore::countedReturns(const QString &orderId)
{
    QStringList ids;
    sql::Statement &stmt
        = cached(m_findCounted, "SELECT return_id FROM order_counted_returns WHERE order_id = ?1");
    stmt.bind(1, orderId);
    while (stmt.step() == sql::Statement::Step::Row)
        ids.append(stmt.text(0));
    stmt.reset();
    return ids;
}

bool CacheStore::removeOrder(const QString &orderId)
{
    return cached(m_deleteOrder, "DELETE FROM orders WHERE id = ?1").bind(1, orderId).exec();
}

bool CacheStore::writeOrder(const Order &order, const QStringList &countedReturns)
{
    if (!removeOrder(order.id))
        return false;
    sql::Statement &head = cached(m_insertHead,
        "INSERT INTO orders (id, currency, customer_ref, loyalty_tier, verifier_salt, verifier_hash, "
        "placed_at, shipped_at, delivered_at, payment_methods, card_salt, card_hash, has_contacts) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
    head.bind(1, order.id).bind(2, order.currency).bind(3, order.customerRef).bind(4, order.loyaltyTier);
    // Sealed with the kiosk's key; none for an order already past every return window.
    const bool keep = !m_writeRetention || !m_writeRetention->pastEveryWindow(order, m_writeAt);
    const auto seal = [&](const QByteArray &digest) {
        if (!keep || digest.size() != 32)
            return QByteArray();
        return order.verifiersSealed ? digest : VerifierKey::seal(m_verifierKey, digest);
    };
    const QByteArray zip = seal(order.verifierHash);
    const QByteArray card = seal(order.cardHash);
    head.bind(5, zip.isEmpty() ? QByteArray() : order.verifierSalt).bind(6, zip);
    head.bind(7, order.placedAt.toMSecsSinceEpoch());
    head.bindOptional(8, toMsecs(order.shippedAt)).bindOptional(9, toMsecs(order.deliveredAt));
    head.bind(10, order.paymentMethods.join(u','));
    head.bind(11, card.isEmpty() ? QByteArray() : order.cardSalt).bind(12, card);
    head.bind(13, int(keep && !order.contacts.empty()));
    if (!head.exec())
        return false;
    sql::Statement &line = cached(m_insertLine,
        "INSERT INTO order_lines (order_id, line_no, sku, gtin, title, category, attributes, unit_price, "
        "quantity, quantity_returned, final_sale, non_returnable, variants, image_url) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)");
    for (const OrderLine &l : order.lines) {
        line.bind(1, order.id).bind(2, l.lineNo).bind(3, l.sku).bind(4, l.gtin).bind(5, l.title);
        line.bind(6, l.category).bind(7, attributesToJson(l.attributes)).bind(8, l.unitPrice);
        line.bind(9, l.quantity).bind(10, l.quantityReturned).bind(11, int(l.finalSale));
        line.bind(12, int(l.nonReturnable)).bind(13, variantsColumn(l.variants)).bind(14, l.imageUrl);
        if (!line.exec())
            return false;
    }
    // Sealed like the verifiers: cache.db alone gives no e-mail or phone away. None, like the
    // verifiers, for an order already past every return window.
    sql::Statement &contact = cached(m_insertContact,
        "INSERT INTO order_contacts (order_id, kind, contact_key, masked) VALUES (?1, ?2, ?3, ?4) "
        "ON CONFLICT DO NOTHING");
    static const std::vector<OrderContact> none;
    for (const OrderContact &c : keep ? order.contacts : none) {
        const QByteArray key = order.verifiersSealed ? c.digest : VerifierKey::seal(m_verifierKey, c.digest);
        if (!contact.bind(1, order.id).bind(2, c.kind).bind(3, key).bind(4, c.masked).exec())
            return false;
    }
    // The order's figures and the returns they count are replaced together (the old ones went with
    // the order's row), so the cache never pairs new figures with an old list or the other way round.
    sql::Statement &counted = cached(m_insertCounted,
        "INSERT INTO order_counted_returns (order_id, return_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING");
    for (const QString &returnId : countedReturns) {
        if (!counted.bind(1, order.id).bind(2, returnId).exec())
            return false;
    }
    if (!order.receipt.isValid())
        return true;
    // A receipt names one order: a later feed that moves it to another order wins.
    sql::Statement &receipt = cached(m_insertReceipt,
        "INSERT INTO receipts (store, register_no, transaction_no, receipt_date, order_id) "
        "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO UPDATE SET order_id = excluded.order_id");
    receipt.bind(1, order.receipt.store).bind(2, order.receipt.registerNo).bind(3, order.receipt.transaction);
    return receipt.bind(4, order.receipt.date.toString(Qt::ISODate)).bind(5, order.id).exec();
}

QStringList CacheStore::ordersForContact(const QString &kind, const QByteArray &digest, int limit)
{
    QStringList ids;
    sql::Statement stmt
        = m_db.prepare("SELECT o.id FROM order_contacts c JOIN orders o ON o.id = c.order_id "
                       "WHERE c.contact_key = ?1 AND c.kind = ?2 ORDER BY o.placed_at DESC, o.id LIMIT ?3");
    stmt.bind(1, VerifierKey::seal(m_verifierKey, digest)).bind(2, kind).bind(3, limit);
    while (stmt.step() == sql::Statement::Step::Row)
        ids.append(stmt.text(0));
    return ids;
}

QStringList CacheStore::ordersOfCustomer(const QString &customerRef, int limit)
{
    QStringList ids;
    if (customerRef.isEmpty())
        return ids;
    sql::Statement stmt
        = m_db.prepare("SELECT id FROM orders WHERE customer_ref = ?1 ORDER BY placed_at DESC, id LIMIT ?2");
    stmt.bind(1, customerRef).bind(2, limit);
    while (stmt.step() == sql::Statement::Step::Row)
        ids.append(stmt.text(0));
    return ids;
}

QString CacheStore::orderIdForReceipt(const ReceiptKey &receipt)
{
    if (!receipt.isValid())
        return {};
    sql::Statement &stmt = cached(m_findReceipt,
        "SELECT order_id FROM receipts WHERE store = ?1 AND register_no = ?2 AND transaction_no = ?3 "
        "AND receipt_date = ?4");
    stmt.bind(1, receipt.store).bind(2, receipt.registerNo).bind(3, receipt.transaction);
    stmt.bind(4, receipt.date.toString(Qt::ISODate));
    const QString orderId = stmt.step() == sql::Statement::Step::Row ? stmt.text(0) : QString();
    stmt.reset();
    return orderId;
}

QString CacheStore::writeValidOrder(const Order &order, const QStringList &countedReturns)
{
    QString why = OrderValidator::validate(order);
    if (!why.isEmpty())
        return why;
    // A savepoint per order: a failing line rolls back its whole order, never half of it.
    if (!cached(m_orderSavepoint, "SAVEPOINT cache_order").exec())
        return m_db.lastError();
    if (writeOrder(order, countedReturns))
        return cached(m_orderRelease, "RELEASE cache_order").exec() ? QString() : m_db.lastError();
    why = m_db.lastError();
    m_db.exec("ROLLBACK TO cache_order; RELEASE cache_order");
    return why;
}

bool CacheStore::upsertOrder(const Order &order, const QStringList &countedReturns)
{
    if (!OrderValidator::validate(order).isEmpty())
        return false;
    prepareWrites(QDateTime::currentDateTimeUtc());
    // Inside the caller's transaction (a page of order changes) the write joins it.
    if (sqlite3_get_autocommit(m_db.handle()) == 0)
        return writeOrder(order, countedReturns);
    sql::Transaction tx(m_db);
    return tx.isActive() && writeOrder(order, countedReturns) && tx.commit();
}

bool CacheStore::deleteOrder(const QString &orderId)
{
    return removeOrder(orderId);
}

std::int64_t CacheStore::orderCount()
{
    return m_db.scalar("SELECT count(*) FROM orders").value_or(0);
}

CacheStore::ImportReport CacheStore::importOrders(const std::function<bool(Order &)> &next,
    const QDateTime &refreshedAt, const CountedReturns *counted, const std::function<QString()> &where)
{
    ImportReport report;
    // A large import dirties index pages all over the file; a page cache of 48 MiB keeps SQLite from
    // spilling (and rewriting) most of them mid-transaction, and no mmap keeps the file's pages it reads
    // from counting as resident memory: peak RSS stays near the cache size whatever the file's size.
    const std::int64_t cacheSize = m_db.scalar("PRAGMA cache_size").value_or(-2000);
    const std::int64_t mmapSize = m_db.scalar("PRAGMA mmap_size").value_or(0);
    m_db.exec("PRAGMA cache_size = -49152; PRAGMA mmap_size = 0");
    const std::int64_t tempStore = m_db.scalar("PRAGMA temp_store").value_or(0);
    m_db.exec(OrderSavepointsInMemory);
    const auto restorePragmas = qScopeGuard([&] {
        const QByteArray pragmas = "PRAGMA cache_size = " + QByteArray::number(cacheSize)
            + "; PRAGMA mmap_size = " + QByteArray::number(mmapSize)
            + "; PRAGMA temp_store = " + QByteArray::number(tempStore);
        m_db.exec(pragmas.constData());
    });
    const bool wasEmpty = orderCount() == 0;
    // Into an empty cache with no other connection open, the import runs with a rollback journal: each
    // page goes once into the file, rewritten in place if it is dirtied again after a spill, instead of
    // into the WAL (again and again) and then into the file at the checkpoint. The new pages need no
    // journal, so a rollback or a kill still leaves the empty cache. WAL again once the import is over
    // (this guard is declared before the transaction, so it runs after it ended).
    const bool direct = wasEmpty && setJournalMode("DELETE") == u"delete"_s;
    const auto restoreWal = qScopeGuard([&] {
        if (direct)
            setJournalMode("WAL");
    });
    sql::Transaction tx(m_db);
    if (!tx.isActive()) {
        report.fatal = u"cannot start a transaction: %1"_s.arg(m_db.lastError());
        return report;
    }
    // Into an empty cache the lookup indexes are built once at the end, as in an initial load (a
    // rollback brings them back).
    if (wasEmpty && !m_db.exec(DropLookupIndexes)) {
        report.fatal = u"cannot prepare the import: %1"_s.arg(m_db.lastError());
        return report;
    }
    prepareWrites(refreshedAt);
    Order order;
    for (int index = 0; next(order); ++index, order = Order()) {
        const QString why = writeValidOrder(order, counted ? counted->value(order.id) : QStringList());
        if (why.isEmpty()) {
            ++report.imported;
            continue;
        }
        ++report.rejected;
        if (report.errors.size() < MaxReportedErrors)
            report.errors.append(
                u"%1 %2: %3"_s.arg(where ? where() : u"orders[%1]"_s.arg(index), order.id, why));
    }
    // Back to sorting on disk beyond the page cache for the index builds (in memory, building them for
    // 1,000,000 orders took 60 MiB more); the savepoints' sub-journal stays in memory, as it was chosen
    // when the transaction began.
    m_db.exec(QByteArray("PRAGMA temp_store = " + QByteArray::number(tempStore)).constData());
    const QString when = QString::number(refreshedAt.toMSecsSinceEpoch());
    if ((wasEmpty && !m_db.exec(CreateLookupIndexes)) || !setMeta("last_full_refresh", when)
        || !setMeta("last_sync", when) || !tx.commit()) {
        report.fatal = u"commit failed: %1"_s.arg(m_db.lastError());
        report.imported = 0;
    }
    return report;
}

CacheStore::ImportReport CacheStore::importFile(const QString &jsonPath)
{
    ImportReport report;
    QFile file(jsonPath);
    if (!file.open(QIODevice::ReadOnly)) {
        report.fatal = u"cannot read %1: %2"_s.arg(jsonPath, file.errorString());
        return report;
    }
    if (file.size() > MaxImportFileBytes) {
        report.fatal = u"%1 is larger than 2 GiB"_s.arg(jsonPath);
        return report;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.object().value(u"orders"_s).isArray()) {
        report.fatal = parseError.error != QJsonParseError::NoError
            ? u"%1: invalid JSON at offset %2: %3"_s.arg(jsonPath)
                  .arg(parseError.offset)
                  .arg(parseError.errorString())
            : u"%1: no \"orders\" array"_s.arg(jsonPath);
        return report;
    }
    QDateTime refreshedAt = QDateTime::currentDateTimeUtc();
    const QString generatedAt = doc.object().value(u"generatedAt"_s).toString();
    if (!generatedAt.isEmpty()) {
        refreshedAt = QDateTime::fromString(generatedAt, Qt::ISODateWithMs);
        if (!refreshedAt.isValid() || refreshedAt.timeSpec() == Qt::LocalTime) {
            report.fatal = u"%1: generatedAt is not an ISO 8601 time with offset"_s.arg(jsonPath);
            return report;
        }
    }
    const QJsonArray orders = doc.object().value(u"orders"_s).toArray();
    qsizetype index = 0;
    QStringList parseErrors;
    int unparsable = 0;
    CountedReturns counted;
    report = importOrders(
        [&](Order &order) {
            while (index < orders.size()) {
                const QJsonObject object = orders.at(index).toObject();
                OrderJson::Result parsed = OrderJson::fromJson(object);
                if (parsed.order) {
                    if (!parsed.countedReturns.isEmpty())
                        counted.insert(parsed.order->id, parsed.countedReturns);
                    order = std::move(*parsed.order);
                    ++index;
                    return true;
                }
                ++unparsable;
                if (parseErrors.size() < MaxReportedErrors)
                    parseErrors.append(u"orders[%1] %2: %3"_s.arg(index).arg(
                        object.value(u"id"_s).toString(), parsed.error));
                ++index;
            }
            return false;
        },
        refreshedAt.toUTC(), &counted);
    report.rejected += unparsable;
    report.errors = (parseErrors + report.errors).mid(0, MaxReportedErrors);
    return report;
}

CacheStore::DeltaReport CacheStore::applyDelta(const std::vector<Order> &upserts, const QStringList &deletes,
    const QString &nextCursor, const QDateTime &syncedAt, const CountedReturns &counted)
{
    DeltaReport report;
    sql::Transaction tx(m_db);
    if (!tx.isActive())
        return report;
    prepareWrites(syncedAt);
    for (const Order &order : upserts) {
        const QString why = writeValidOrder(order, counted.value(order.id));
        if (why.isEmpty()) {
            ++report.upserted;
            continue;
        }
        ++report.rejected;
        if (report.errors.size() < MaxReportedErrors)
            report.errors.append(u"upsert %1: %2"_s.arg(order.id, why));
    }
    for (const QString &id : deletes) {
        if (!removeOrder(id))
            return report;
        report.deleted += m_db.changes() > 0 ? 1 : 0;
    }
    // During an initial load the cache is incomplete: its sync time is set by finishInitialLoad().
    report.committed = setMeta("sync_cursor", nextCursor)
        && (m_bulk || setMeta("last_sync", QString::number(syncedAt.toMSecsSinceEpoch()))) && tx.commit();
    if (!report.committed)
        qCWarning(lcCache) << "delta not applied:" << m_db.lastError();
    return report;
}

bool CacheStore::setMeta(const char *key, const QString &value)
{
    sql::Statement stmt = m_db.prepare("INSERT INTO meta (key, value) VALUES (?1, ?2) "
                                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    return stmt.bind(1, QString::fromLatin1(key)).bind(2, value).exec();
}

QString CacheStore::meta(const char *key)
{
    sql::Statement stmt = m_db.prepare("SELECT value FROM meta WHERE key = ?1");
    stmt.bind(1, QString::fromLatin1(key));
    return stmt.step() == sql::Statement::Step::Row ? stmt.text(0) : QString();
}

bool CacheStore::inInitialLoad()
{
    return meta("initial_load") == u"1"_s;
}

bool CacheStore::beginInitialLoad()
{
    if (inInitialLoad())
        return setBulkPragmas(true);
    if (!syncCursor().isEmpty() || m_db.scalar("SELECT EXISTS (SELECT 1 FROM orders)").value_or(1) != 0)
        return false;
    sql::Transaction tx(m_db);
    if (!tx.isActive() || !m_db.exec(DropLookupIndexes)
        || !m_db.exec("DELETE FROM meta WHERE key = 'last_sync'") || !setMeta("initial_load", u"1"_s)
        || !tx.commit()) {
        qCWarning(lcCache) << "cannot start the initial load:" << m_db.lastError();
        return false;
    }
    qCInfo(lcCache) << "initial load into an empty cache: lookup indexes deferred";
    return setBulkPragmas(true);
}

bool CacheStore::finishInitialLoad(const QDateTime &syncedAt)
{
    QElapsedTimer timer;
    timer.start();
    m_db.exec("PRAGMA temp_store=DEFAULT;"); // the index builds sort on disk beyond the page cache
    {
        sql::Transaction tx(m_db);
        if (!tx.isActive() || !m_db.exec(CreateLookupIndexes)
            || !m_db.exec("DELETE FROM meta WHERE key = 'initial_load'")
            || !setMeta("last_sync", QString::number(syncedAt.toMSecsSinceEpoch())) || !tx.commit()) {
            qCWarning(lcCache) << "cannot finish the initial load:" << m_db.lastError();
            return false;
        }
    }
    // Back to fsync at checkpoints; this checkpoint makes the whole load durable.
    const bool durable = setBulkPragmas(false) && m_db.exec("PRAGMA wal_checkpoint(PASSIVE)");
    qCInfo(lcCache) << "initial load finished: indexes built and checkpointed in" << timer.elapsed() << "ms";
    return durable;
}

void CacheStore::suspendInitialLoad()
{
    if (m_bulk)
        setBulkPragmas(false);
}

QString CacheStore::syncCursor()
{
    return meta("sync_cursor");
}

QDateTime CacheStore::lastSyncedAt()
{
    return parseMetaTime(meta("last_sync"));
}

QDateTime CacheStore::lastFullRefreshAt()
{
    return parseMetaTime(meta("last_full_refresh"));
}

bool CacheStore::recordReturn(const ReturnHistoryEntry &record)
{
    if (record.returnId.isEmpty() || record.amount < 0 || !record.returnedAt.isValid())
        return false;
    sql::Statement stmt = m_db.prepare("INSERT INTO returns_history (return_id, customer_ref, order_id, "
                                       "returned_at, amount, granted_offline) "
                                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (return_id) DO NOTHING");
    stmt.bind(1, record.returnId).bind(2, record.customerRef).bind(3, record.orderId);
    stmt.bind(4, record.returnedAt.toMSecsSinceEpoch()).bind(5, record.amount);
    return stmt.bind(6, int(record.grantedOffline)).exec();
}

CustomerHistory CacheStore::customerHistory(
    const QString &customerRef, const QDateTime &now, const QDateTime &dayStart)
{
    CustomerHistory history;
    const qint64 nowMs = now.toMSecsSinceEpoch();
    if (!customerRef.isEmpty()) {
        sql::Statement &stmt = cached(m_historyByCustomer,
            "SELECT count(*), coalesce(sum(amount), 0) FROM returns_history "
            "WHERE customer_ref = ?1 AND returned_at >= ?2 AND returned_at < ?3");
        stmt.bind(1, customerRef).bind(2, nowMs - MsecsPer30Days).bind(3, nowMs);
        if (stmt.step() == sql::Statement::Step::Row) {
            history.returnsLast30Days = stmt.integer(0);
            history.valueLast30Days = stmt.int64(1);
        }
        stmt.reset();
    }
    sql::Statement &offline = cached(m_offlineRefunds,
        "SELECT coalesce(sum(amount), 0) FROM returns_history "
        "WHERE granted_offline = 1 AND returned_at >= ?1 AND returned_at < ?2");
    offline.bind(1, dayStart.toMSecsSinceEpoch()).bind(2, nowMs);
    if (offline.step() == sql::Statement::Step::Row)
        history.offlineRefundedToday = offline.int64(0);
    offline.reset();
    return history;
}

} // namespace kiosk
