#include "BackendStore.h"

#include "ReturnValidator.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QLoggingCategory>

#include <openssl/rand.h>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcStore, "kiosk.backend.store")

namespace kiosk::backend {

namespace {

const char *const Schema = R"sql(
CREATE TABLE IF NOT EXISTS returns(
  id TEXT PRIMARY KEY,
  kiosk_id TEXT NOT NULL,
  order_id TEXT NOT NULL,
  currency TEXT NOT NULL,
  refund_total INTEGER NOT NULL,
  body TEXT NOT NULL,
  received_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS duplicate_log(
  seq INTEGER PRIMARY KEY,
  return_id TEXT NOT NULL,
  same_body INTEGER NOT NULL,
  received_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS events(
  id TEXT PRIMARY KEY,
  type TEXT NOT NULL,
  payload TEXT NOT NULL,
  received_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS heartbeats(
  kiosk_id TEXT PRIMARY KEY,
  body TEXT NOT NULL,
  received_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS enrolment_codes(
  code TEXT PRIMARY KEY,
  kiosk_id TEXT,
  used_at TEXT,
  expires_at TEXT
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS enrolled_keys(
  code TEXT PRIMARY KEY,
  key_sha256 BLOB NOT NULL,
  kiosk_id TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS kiosk_certificates(
  cert_sha256 BLOB PRIMARY KEY,
  kiosk_id TEXT NOT NULL,
  issued_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS device_tokens(
  token_sha256 BLOB PRIMARY KEY,
  kiosk_id TEXT NOT NULL,
  issued_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS counted_items(
  return_id TEXT NOT NULL,
  order_id TEXT NOT NULL,
  line_no INTEGER NOT NULL,
  quantity INTEGER NOT NULL CHECK (quantity > 0),
  PRIMARY KEY (return_id, line_no)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS counted_items_by_line ON counted_items(order_id, line_no);
CREATE TABLE IF NOT EXISTS order_changes(
  order_id TEXT PRIMARY KEY,
  seq INTEGER NOT NULL UNIQUE
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS used_return_codes(
  token_id TEXT PRIMARY KEY,
  return_id TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS policy_bundles(
  policy_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  bundle BLOB NOT NULL,
  kept_at TEXT NOT NULL,
  PRIMARY KEY (policy_id, version)
) WITHOUT ROWID;
PRAGMA user_version = 4;
)sql";

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString canonical(const QJsonObject &obj)
{
    return QString::fromUtf8(QJsonDocument(obj).toJson(QJsonDocument::Compact));
}

} // namespace

bool BackendStore::open(const QString &path)
{
    std::lock_guard lock(m_mutex);
    if (!m_db.open(path) || !m_db.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;"))
        return false;
    const int version = [this] {
        sql::Statement pragma = m_db.prepare("PRAGMA user_version");
        return pragma.step() == sql::Statement::Step::Row ? pragma.integer(0) : 0;
    }();
    const bool beforeExpiry = version > 0 && version < 4;
    // Version 4 gave enrolment codes an expiry (and kept policy bundles, a table of its own); earlier files
    // gain the column, their codes never expire.
    if ((beforeExpiry && !m_db.exec("ALTER TABLE enrolment_codes ADD COLUMN expires_at TEXT"))
        || !m_db.exec(Schema))
        return false;
    m_ordersWithCountedReturns.clear();
    sql::Statement changed = m_db.prepare("SELECT order_id FROM order_changes");
    while (changed.step() == sql::Statement::Step::Row)
        m_ordersWithCountedReturns.insert(changed.text(0));
    return true;
}

QString BackendStore::lastError() const
{
    std::lock_guard lock(m_mutex);
    return m_db.lastError();
}

std::optional<std::vector<BackendStore::Result>> BackendStore::submitReturns(
    const QJsonArray &returns, const OrderCatalog &catalog, const AmountsCheck &amountsProblem)
{
    std::lock_guard lock(m_mutex);
    sql::Transaction tx(m_db);
    sql::Statement find = m_db.prepare("SELECT body FROM returns WHERE id = ?1");
    sql::Statement insert = m_db.prepare(
        "INSERT INTO returns(id, kiosk_id, order_id, currency, refund_total, body, received_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    sql::Statement logDuplicate
        = m_db.prepare("INSERT INTO duplicate_log(return_id, same_body, received_at) VALUES (?1, ?2, ?3)");
    // A signed return code is good for one return across the whole fleet, whichever kiosk scanned it.
    sql::Statement codeUsedBy = m_db.prepare("SELECT return_id FROM used_return_codes WHERE token_id = ?1");
    sql::Statement useCode
        = m_db.prepare("INSERT INTO used_return_codes(token_id, return_id) VALUES (?1, ?2)");
    sql::Statement countedOnLine = m_db.prepare(
        "SELECT coalesce(sum(quantity), 0) FROM counted_items WHERE order_id = ?1 AND line_no = ?2");
    sql::Statement count = m_db.prepare(
        "INSERT INTO counted_items(return_id, order_id, line_no, quantity) VALUES (?1, ?2, ?3, ?4)");
    // The order goes to the end of the change log, so the next feed pull delivers it again.
    sql::Statement bump = m_db.prepare(
        "INSERT INTO order_changes(order_id, seq) VALUES (?1, (SELECT coalesce(max(seq), 0) + 1 FROM "
        "order_changes)) ON CONFLICT(order_id) DO UPDATE SET seq = excluded.seq");
    if (!tx.isActive() || !find.isValid() || !insert.isValid() || !logDuplicate.isValid()
        || !codeUsedBy.isValid() || !useCode.isValid() || !countedOnLine.isValid() || !count.isValid()
        || !bump.isValid())
        return std::nullopt;
    QSet<QString> changedOrders;

    const QString receivedAt = now();
    std::vector<Result> results;
    results.reserve(returns.size());
    for (const QJsonValue &value : returns) {
        if (!value.isObject()) {
            results.push_back({ {}, u"rejected"_s, u"return is not an object"_s });
            continue;
        }
        const QJsonObject ret = value.toObject();
        const QString id = ret.value("id"_L1).toString();
        const QString body = canonical(ret);
        if (ReturnValidator::isUuid(id)) {
            find.bind(1, id);
            const auto step = find.step();
            const QString storedBody = step == sql::Statement::Step::Row ? find.text(0) : QString();
            find.reset();
            if (step == sql::Statement::Step::Error)
                return std::nullopt;
            if (step == sql::Statement::Step::Row) {
                const bool same = storedBody == body;
                if (!same)
                    qCWarning(lcStore)
                        << "duplicate return" << id << "from kiosk" << ret.value("kioskId"_L1).toString()
                        << "has a different body than the stored one; kept the stored one";
                if (!logDuplicate.bind(1, id).bind(2, same ? 1 : 0).bind(3, receivedAt).exec())
                    return std::nullopt;
                results.push_back({ id, u"duplicate"_s, same ? QString() : u"stored body differs"_s });
                continue;
            }
        }
        if (const QString problem = ReturnValidator::returnProblem(ret); !problem.isEmpty()) {
            results.push_back({ id, u"rejected"_s, problem });
            continue;
        }
        // Units per line this return takes, checked against what every accepted return left.
        const QString orderId = ret.value("orderId"_L1).toString();
        const auto lines = catalog.lineFigures(orderId);
        QHash<int, qint64> units;
        for (const QJsonValue &item : ret.value("items"_L1).toArray())
            units[int(*ReturnValidator::exactInteger(item.toObject().value("lineNo"_L1)))]
                += *ReturnValidator::exactInteger(item.toObject().value("quantity"_L1));
        QString problem = lines ? amountsProblem(ret) : QString();
        const QString tokenId = ret.value("tokenId"_L1).toString();
        if (problem.isEmpty() && !tokenId.isEmpty()) {
            const auto step = codeUsedBy.bind(1, tokenId).step();
            if (step == sql::Statement::Step::Row)
                problem = u"code_used: return code %1 was already used by return %2"_s.arg(
                    tokenId, codeUsedBy.text(0));
            codeUsedBy.reset();
            if (step == sql::Statement::Step::Error)
                return std::nullopt;
        }
        for (auto it = units.cbegin(); lines && problem.isEmpty() && it != units.cend(); ++it) {
            const auto line = lines->constFind(it.key());
            if (line == lines->cend()) {
                problem = u"line_unknown: order %1 has no line %2"_s.arg(orderId).arg(it.key());
                break;
            }
            const auto step = countedOnLine.bind(1, orderId).bind(2, it.key()).step();
            const qint64 counted = step == sql::Statement::Step::Row ? countedOnLine.int64(0) : 0;
            countedOnLine.reset();
            if (step != sql::Statement::Step::Row)
                return std::nullopt;
            const qint64 left = std::max<qint64>(0, line->quantity - line->returned - counted);
            if (it.value() > left)
                problem = u"quantity_exceeds: line %1 of order %2 has %3 of %4 left to return, the return "
                          "asks for %5"_s.arg(it.key())
                              .arg(orderId)
                              .arg(left)
                              .arg(line->quantity)
                              .arg(it.value());
        }
        if (!problem.isEmpty()) {
            qCInfo(lcStore).noquote() << "return" << id << "rejected:" << problem;
            results.push_back({ id, u"rejected"_s, problem });
            continue;
        }
        insert.bind(1, id)
            .bind(2, ret.value("kioskId"_L1).toString())
            .bind(3, ret.value("orderId"_L1).toString())
            .bind(4, ret.value("currency"_L1).toString())
            .bind(5, std::int64_t(*ReturnValidator::exactInteger(ret.value("refundTotal"_L1))))
            .bind(6, body)
            .bind(7, receivedAt);
        if (!insert.exec() || (!tokenId.isEmpty() && !useCode.bind(1, tokenId).bind(2, id).exec()))
            return std::nullopt;
        if (lines) {
            for (auto it = units.cbegin(); it != units.cend(); ++it) {
                if (!count.bind(1, id).bind(2, orderId).bind(3, it.key()).bind(4, it.value()).exec())
                    return std::nullopt;
            }
            if (!bump.bind(1, orderId).exec())
                return std::nullopt;
            changedOrders.insert(orderId);
        }
        results.push_back({ id, u"accepted"_s, {} });
    }
    if (!tx.commit())
        return std::nullopt;
    m_ordersWithCountedReturns.unite(changedOrders);
    return results;
}

BackendStore::CountedReturns BackendStore::countedReturns(const QString &orderId)
{
    std::lock_guard lock(m_mutex);
    CountedReturns counted;
    // Writes take the same mutex: the units and the ids always describe the same returns.
    sql::Statement units = m_db.prepare(
        "SELECT line_no, sum(quantity) FROM counted_items WHERE order_id = ?1 GROUP BY line_no");
    units.bind(1, orderId);
    while (units.step() == sql::Statement::Step::Row)
        counted.unitsByLine.insert(units.integer(0), units.int64(1));
    sql::Statement ids
        = m_db.prepare("SELECT DISTINCT return_id FROM counted_items WHERE order_id = ?1 ORDER BY return_id");
    ids.bind(1, orderId);
    while (ids.step() == sql::Statement::Step::Row)
        counted.returnIds.append(ids.text(0));
    return counted;
}

QSet<QString> BackendStore::ordersWithCountedReturns()
{
    std::lock_guard lock(m_mutex);
    return m_ordersWithCountedReturns;
}

std::optional<qint64> BackendStore::lastChangeSeq()
{
    std::lock_guard lock(m_mutex);
    const auto seq = m_db.scalar("SELECT coalesce(max(seq), 0) FROM order_changes");
    return seq ? std::optional<qint64>(*seq) : std::nullopt;
}

std::optional<std::vector<BackendStore::OrderChange>> BackendStore::changesAfter(qint64 afterSeq, int limit)
{
    std::lock_guard lock(m_mutex);
    sql::Statement query
        = m_db.prepare("SELECT order_id, seq FROM order_changes WHERE seq > ?1 ORDER BY seq LIMIT ?2");
    if (!query.isValid())
        return std::nullopt;
    query.bind(1, afterSeq).bind(2, limit);
    std::vector<OrderChange> changes;
    sql::Statement::Step step;
    while ((step = query.step()) == sql::Statement::Step::Row)
        changes.push_back({ query.text(0), query.int64(1) });
    if (step == sql::Statement::Step::Error)
        return std::nullopt;
    return changes;
}

std::optional<std::vector<BackendStore::Result>> BackendStore::submitEvents(const QJsonArray &events)
{
    std::lock_guard lock(m_mutex);
    sql::Transaction tx(m_db);
    sql::Statement insert = m_db.prepare("INSERT INTO events(id, type, payload, received_at) VALUES (?1, ?2, "
                                         "?3, ?4) ON CONFLICT(id) DO NOTHING");
    if (!tx.isActive() || !insert.isValid())
        return std::nullopt;

    const QString receivedAt = now();
    std::vector<Result> results;
    results.reserve(events.size());
    for (const QJsonValue &value : events) {
        const QJsonObject event = value.toObject();
        const QString id = event.value("id"_L1).toString();
        const QString problem
            = value.isObject() ? ReturnValidator::eventProblem(event) : u"event is not an object"_s;
        if (!problem.isEmpty()) {
            results.push_back({ id, u"rejected"_s, problem });
            continue;
        }
        insert.bind(1, id)
            .bind(2, event.value("type"_L1).toString())
            .bind(3, canonical(event.value("payload"_L1).toObject()))
            .bind(4, receivedAt);
        if (!insert.exec())
            return std::nullopt;
        results.push_back({ id, m_db.changes() == 1 ? u"accepted"_s : u"duplicate"_s, {} });
    }
    if (!tx.commit())
        return std::nullopt;
    return results;
}

bool BackendStore::recordHeartbeat(const QString &kioskId, const QJsonObject &body)
{
    std::lock_guard lock(m_mutex);
    sql::Statement upsert = m_db.prepare(
        "INSERT INTO heartbeats(kiosk_id, body, received_at) VALUES (?1, ?2, ?3) "
        "ON CONFLICT(kiosk_id) DO UPDATE SET body = excluded.body, received_at = excluded.received_at");
    return upsert.bind(1, kioskId).bind(2, canonical(body)).bind(3, now()).exec();
}

std::optional<std::vector<BackendStore::KioskHeartbeat>> BackendStore::lastHeartbeats()
{
    std::lock_guard lock(m_mutex);
    sql::Statement query
        = m_db.prepare("SELECT kiosk_id, received_at, body FROM heartbeats ORDER BY kiosk_id");
    if (!query.isValid())
        return std::nullopt;
    std::vector<KioskHeartbeat> kiosks;
    sql::Statement::Step step;
    while ((step = query.step()) == sql::Statement::Step::Row)
        kiosks.push_back(
            { query.text(0), query.text(1), QJsonDocument::fromJson(query.text(2).toUtf8()).object() });
    if (step == sql::Statement::Step::Error)
        return std::nullopt;
    return kiosks;
}

bool BackendStore::keepPolicyBundle(const QString &policyId, int version, const QByteArray &bundle)
{
    std::lock_guard lock(m_mutex);
    return m_db
        .prepare("INSERT INTO policy_bundles(policy_id, version, bundle, kept_at) VALUES (?1, ?2, ?3, ?4) "
                 "ON CONFLICT(policy_id, version) DO NOTHING")
        .bind(1, policyId)
        .bind(2, version)
        .bind(3, bundle)
        .bind(4, now())
        .exec();
}

std::optional<std::vector<QByteArray>> BackendStore::policyBundles()
{
    std::lock_guard lock(m_mutex);
    sql::Statement all = m_db.prepare("SELECT bundle FROM policy_bundles ORDER BY policy_id, version");
    std::vector<QByteArray> bundles;
    for (auto step = all.step(); step != sql::Statement::Step::Done; step = all.step()) {
        if (step != sql::Statement::Step::Row)
            return std::nullopt;
        bundles.push_back(all.blob(0));
    }
    return bundles;
}

bool BackendStore::addEnrolmentCode(const QString &code, const QDateTime &expiresAt)
{
    std::lock_guard lock(m_mutex);
    sql::Statement insert = m_db.prepare(
        "INSERT INTO enrolment_codes(code, expires_at) VALUES (?1, ?2) ON CONFLICT(code) DO NOTHING");
    insert.bind(1, code);
    if (expiresAt.isValid())
        insert.bind(2, expiresAt.toUTC().toString(Qt::ISODateWithMs));
    return insert.exec();
}

std::optional<QDateTime> BackendStore::expiryOfUnusedCode(const QString &code)
{
    std::lock_guard lock(m_mutex);
    sql::Statement expired
        = m_db.prepare("SELECT expires_at FROM enrolment_codes WHERE code = ?1 AND used_at "
                       "IS NULL AND expires_at IS NOT NULL AND expires_at <= ?2");
    if (expired.bind(1, code).bind(2, now()).step() != sql::Statement::Step::Row)
        return std::nullopt;
    return QDateTime::fromString(expired.text(0), Qt::ISODateWithMs);
}

std::optional<QByteArray> BackendStore::enrol(const QString &code, const QString &kioskId)
{
    std::lock_guard lock(m_mutex);
    sql::Transaction tx(m_db);
    sql::Statement use = m_db.prepare(
        "UPDATE enrolment_codes SET kiosk_id = ?2, used_at = ?3 WHERE code = ?1 AND used_at IS NULL AND "
        "(expires_at IS NULL OR expires_at > ?3)");
    if (!tx.isActive() || !use.bind(1, code).bind(2, kioskId).bind(3, now()).exec() || m_db.changes() != 1)
        return std::nullopt;
    QByteArray random(32, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(random.data()), int(random.size())) != 1)
        return std::nullopt;
    const QByteArray token = random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    sql::Statement insert
        = m_db.prepare("INSERT INTO device_tokens(token_sha256, kiosk_id, issued_at) VALUES (?1, ?2, ?3)");
    insert.bind(1, QCryptographicHash::hash(token, QCryptographicHash::Sha256)).bind(2, kioskId);
    if (!insert.bind(3, now()).exec() || !tx.commit())
        return std::nullopt;
    return token;
}

std::optional<QString> BackendStore::enrolKey(
    const QString &code, const QString &kioskId, const QByteArray &keySha256)
{
    std::lock_guard lock(m_mutex);
    sql::Transaction tx(m_db);
    if (!tx.isActive())
        return std::nullopt;
    sql::Statement earlier
        = m_db.prepare("SELECT kiosk_id FROM enrolled_keys WHERE code = ?1 AND key_sha256 = ?2");
    if (earlier.bind(1, code).bind(2, keySha256).step() == sql::Statement::Step::Row)
        return earlier.text(0); // the same kiosk asking again
    const QString kiosk
        = kioskId.isEmpty() ? u"kiosk-"_s + QString::fromLatin1(keySha256.left(4).toHex()) : kioskId;
    sql::Statement use = m_db.prepare(
        "UPDATE enrolment_codes SET kiosk_id = ?2, used_at = ?3 WHERE code = ?1 AND used_at IS NULL AND "
        "(expires_at IS NULL OR expires_at > ?3)");
    if (!use.bind(1, code).bind(2, kiosk).bind(3, now()).exec() || m_db.changes() != 1)
        return std::nullopt;
    sql::Statement insert
        = m_db.prepare("INSERT INTO enrolled_keys(code, key_sha256, kiosk_id) VALUES (?1, ?2, ?3)");
    if (!insert.bind(1, code).bind(2, keySha256).bind(3, kiosk).exec() || !tx.commit())
        return std::nullopt;
    return kiosk;
}

bool BackendStore::addCertificate(const QByteArray &certSha256, const QString &kioskId)
{
    std::lock_guard lock(m_mutex);
    return m_db
        .prepare("INSERT INTO kiosk_certificates(cert_sha256, kiosk_id, issued_at) VALUES (?1, ?2, ?3)")
        .bind(1, certSha256)
        .bind(2, kioskId)
        .bind(3, now())
        .exec();
}

std::optional<QString> BackendStore::kioskOfCertificate(const QByteArray &certSha256)
{
    std::lock_guard lock(m_mutex);
    sql::Statement find = m_db.prepare("SELECT kiosk_id FROM kiosk_certificates WHERE cert_sha256 = ?1");
    if (find.bind(1, certSha256).step() != sql::Statement::Step::Row)
        return std::nullopt;
    return find.text(0);
}

QList<QByteArray> BackendStore::tokenHashesOf(const QString &kioskId)
{
    std::lock_guard lock(m_mutex);
    sql::Statement find = m_db.prepare("SELECT token_sha256 FROM device_tokens WHERE kiosk_id = ?1");
    find.bind(1, kioskId);
    QList<QByteArray> hashes;
    while (find.step() == sql::Statement::Step::Row)
        hashes.append(find.blob(0));
    return hashes;
}

std::optional<QString> BackendStore::kioskOfToken(const QByteArray &token)
{
    std::lock_guard lock(m_mutex);
    sql::Statement find = m_db.prepare("SELECT kiosk_id FROM device_tokens WHERE token_sha256 = ?1");
    if (find.bind(1, QCryptographicHash::hash(token, QCryptographicHash::Sha256)).step()
        != sql::Statement::Step::Row)
        return std::nullopt;
    return find.text(0);
}

std::optional<BackendStore::Counts> BackendStore::counts()
{
    std::lock_guard lock(m_mutex);
    sql::Statement query = m_db.prepare("SELECT (SELECT count(*) FROM returns),"
                                        " (SELECT count(*) FROM duplicate_log),"
                                        " (SELECT count(*) FROM duplicate_log WHERE same_body = 0),"
                                        " (SELECT count(*) FROM events),"
                                        " (SELECT count(*) FROM heartbeats)");
    if (query.step() != sql::Statement::Step::Row)
        return std::nullopt;
    return Counts { query.int64(0), query.int64(1), query.int64(2), query.int64(3), query.int64(4) };
}

} // namespace kiosk::backend
