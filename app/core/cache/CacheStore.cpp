#include "CacheStore.h"

#include "OrderJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcCache, "kiosk.cache")

namespace kiosk {

namespace {

constexpr int MaxReportedErrors = 20;
constexpr qint64 MaxImportFileBytes = 2LL * 1024 * 1024 * 1024;

std::optional<std::int64_t> toMsecs(const QDateTime &time)
{
    return time.isValid() ? std::optional<std::int64_t>(time.toMSecsSinceEpoch()) : std::nullopt;
}

QDateTime fromMsecs(const sql::Statement &stmt, int column)
{
    return stmt.isNull(column) ? QDateTime() : QDateTime::fromMSecsSinceEpoch(stmt.int64(column), Qt::UTC);
}

QByteArray attributesToJson(const QMap<QString, QString> &attributes)
{
    QJsonObject object;
    for (auto it = attributes.begin(); it != attributes.end(); ++it)
        object.insert(it.key(), it.value());
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QMap<QString, QString> attributesFromJson(const QByteArray &json)
{
    QMap<QString, QString> attributes;
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    for (auto it = object.begin(); it != object.end(); ++it)
        attributes.insert(it.key(), it.value().toString());
    return attributes;
}

} // namespace

bool CacheStore::open(const QString &path)
{
    m_rebuilt = false;
    bool healthy = m_db.open(path);
    QString report;
    if (healthy && !m_db.quickCheck(&report)) {
        healthy = false;
    }
    if (healthy && m_db.scalar("PRAGMA user_version").value_or(-1) > SchemaVersion) {
        report = u"schema is newer than this build"_s;
        healthy = false;
    }
    if (!healthy) {
        qCWarning(lcCache) << "cache" << path << "is unusable, rebuilding:" << report << m_db.lastError();
        m_db.close();
        const QString aside = path + u".corrupt"_s;
        QFile::remove(aside);
        QFile::rename(path, aside);
        QFile::remove(path + u"-wal"_s);
        QFile::remove(path + u"-shm"_s);
        m_rebuilt = true;
        if (!m_db.open(path))
            return false;
    }
    return m_db.exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;")
        && createSchema();
}

bool CacheStore::createSchema()
{
    if (m_db.scalar("PRAGMA user_version").value_or(0) == SchemaVersion)
        return true;
    sql::Transaction tx(m_db);
    const bool ok = m_db.exec(R"(
        CREATE TABLE IF NOT EXISTS orders (
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
        CREATE TABLE IF NOT EXISTS order_lines (
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
        PRAGMA user_version = 1;
    )");
    return ok && tx.commit();
}

std::optional<Order> CacheStore::findOrder(const QString &orderId)
{
    sql::Statement head = m_db.prepare(
        "SELECT currency, customer_ref, loyalty_tier, verifier_salt, verifier_hash, placed_at, shipped_at, "
        "delivered_at, payment_methods FROM orders WHERE id = ?1");
    head.bind(1, orderId);
    if (head.step() != sql::Statement::Step::Row)
        return std::nullopt;
    Order order;
    order.id = orderId;
    order.currency = head.text(0);
    order.customerRef = head.text(1);
    order.loyaltyTier = head.text(2);
    order.verifierSalt = head.blob(3);
    order.verifierHash = head.blob(4);
    order.placedAt = fromMsecs(head, 5);
    order.shippedAt = fromMsecs(head, 6);
    order.deliveredAt = fromMsecs(head, 7);
    order.paymentMethods = head.text(8).split(u',', Qt::SkipEmptyParts);

    sql::Statement lines = m_db.prepare(
        "SELECT line_no, sku, gtin, title, category, attributes, unit_price, quantity, quantity_returned, "
        "final_sale, non_returnable FROM order_lines WHERE order_id = ?1 ORDER BY line_no");
    lines.bind(1, orderId);
    while (lines.step() == sql::Statement::Step::Row) {
        OrderLine line;
        line.lineNo = lines.integer(0);
        line.sku = lines.text(1);
        line.gtin = lines.text(2);
        line.title = lines.text(3);
        line.category = lines.text(4);
        line.attributes = attributesFromJson(lines.blob(5));
        line.unitPrice = lines.int64(6);
        line.quantity = lines.integer(7);
        line.quantityReturned = lines.integer(8);
        line.finalSale = lines.integer(9) != 0;
        line.nonReturnable = lines.integer(10) != 0;
        order.lines.push_back(std::move(line));
    }
    return order;
}

bool CacheStore::writeOrder(const Order &order)
{
    sql::Statement del = m_db.prepare("DELETE FROM orders WHERE id = ?1");
    if (!del.bind(1, order.id).exec())
        return false;
    sql::Statement head = m_db.prepare(
        "INSERT INTO orders (id, currency, customer_ref, loyalty_tier, verifier_salt, verifier_hash, "
        "placed_at, "
        "shipped_at, delivered_at, payment_methods) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    head.bind(1, order.id).bind(2, order.currency).bind(3, order.customerRef).bind(4, order.loyaltyTier);
    head.bind(5, order.verifierSalt).bind(6, order.verifierHash).bind(7, order.placedAt.toMSecsSinceEpoch());
    head.bindOptional(8, toMsecs(order.shippedAt)).bindOptional(9, toMsecs(order.deliveredAt));
    head.bind(10, order.paymentMethods.join(u','));
    if (!head.exec())
        return false;
    sql::Statement line = m_db.prepare("INSERT INTO order_lines (order_id, line_no, sku, gtin, title, "
                                       "category, attributes, unit_price, quantity, "
                                       "quantity_returned, final_sale, non_returnable) VALUES (?1, ?2, ?3, "
                                       "?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
    for (const OrderLine &l : order.lines) {
        line.bind(1, order.id)
            .bind(2, l.lineNo)
            .bind(3, l.sku)
            .bind(4, l.gtin)
            .bind(5, l.title)
            .bind(6, l.category);
        line.bind(7, attributesToJson(l.attributes)).bind(8, l.unitPrice).bind(9, l.quantity);
        line.bind(10, l.quantityReturned).bind(11, int(l.finalSale)).bind(12, int(l.nonReturnable));
        if (!line.exec())
            return false;
    }
    return true;
}

bool CacheStore::upsertOrder(const Order &order)
{
    // Inside the caller's transaction (a page of order changes) the write joins it.
    if (sqlite3_get_autocommit(m_db.handle()) == 0)
        return writeOrder(order);
    sql::Transaction tx(m_db);
    return tx.isActive() && writeOrder(order) && tx.commit();
}

bool CacheStore::deleteOrder(const QString &orderId)
{
    sql::Statement del = m_db.prepare("DELETE FROM orders WHERE id = ?1");
    return del.bind(1, orderId).exec();
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
    const QJsonArray orders = doc.object().value(u"orders"_s).toArray();
    sql::Transaction tx(m_db);
    for (qsizetype i = 0; i < orders.size(); ++i) {
        OrderJson::Result parsed = OrderJson::fromJson(orders.at(i).toObject());
        if (parsed.order) {
            // A savepoint per order: a failing line rolls back its whole order, never half of it.
            m_db.exec("SAVEPOINT import_order");
            if (writeOrder(*parsed.order)) {
                m_db.exec("RELEASE import_order");
                ++report.imported;
                continue;
            }
            m_db.exec("ROLLBACK TO import_order; RELEASE import_order");
        }
        ++report.rejected;
        if (report.errors.size() < MaxReportedErrors) {
            const QString id = orders.at(i).toObject().value(u"id"_s).toString();
            const QString why = parsed.order ? m_db.lastError() : parsed.error;
            report.errors.append(u"orders[%1] %2: %3"_s.arg(i).arg(id, why));
        }
    }
    if (!tx.commit()) {
        report.fatal = u"commit failed: %1"_s.arg(m_db.lastError());
        report.imported = 0;
    }
    return report;
}

std::int64_t CacheStore::orderCount()
{
    return m_db.scalar("SELECT count(*) FROM orders").value_or(0);
}

} // namespace kiosk
