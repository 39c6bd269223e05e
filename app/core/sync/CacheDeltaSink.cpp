#include "CacheDeltaSink.h"

using namespace Qt::Literals::StringLiterals;

namespace kiosk {

CacheDeltaSink::CacheDeltaSink(CacheStore &cache)
    : m_cache(cache)
{ }

bool CacheDeltaSink::ensureTable()
{
    if (m_cache.database().exec(
            "CREATE TABLE IF NOT EXISTS sync_cursor (name TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)"))
        return true;
    m_error = u"cannot create sync_cursor: "_s + m_cache.lastError();
    return false;
}

QString CacheDeltaSink::cursor()
{
    if (!ensureTable())
        return {};
    sql::Statement stmt = m_cache.database().prepare("SELECT value FROM sync_cursor WHERE name = 'orders'");
    return stmt.step() == sql::Statement::Step::Row ? stmt.text(0) : QString();
}

bool CacheDeltaSink::applyPage(
    const std::vector<Order> &upserts, const QStringList &deleted, const QString &nextCursor)
{
    if (!ensureTable())
        return false;
    sql::Database &db = m_cache.database();
    sql::Transaction tx(db);
    if (!tx.isActive()) {
        m_error = u"cannot start the order page transaction: "_s + db.lastError();
        return false;
    }
    for (const Order &order : upserts) {
        if (!m_cache.upsertOrder(order)) {
            m_error = u"cannot store order %1: %2"_s.arg(order.id, db.lastError());
            return false;
        }
    }
    for (const QString &id : deleted) {
        if (!m_cache.deleteOrder(id)) {
            m_error = u"cannot delete order %1: %2"_s.arg(id, db.lastError());
            return false;
        }
    }
    sql::Statement store
        = db.prepare("INSERT OR REPLACE INTO sync_cursor (name, value) VALUES ('orders', ?1)");
    if (!store.bind(1, nextCursor).exec() || !tx.commit()) {
        m_error = u"cannot commit the order page: "_s + db.lastError();
        return false;
    }
    return true;
}

} // namespace kiosk
