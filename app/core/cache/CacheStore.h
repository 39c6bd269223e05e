#pragma once

#include "domain/Order.h"
#include "store/Sqlite.h"

#include <QString>

#include <optional>

namespace kiosk {

/// The disposable order cache (cache.db). It can always be rebuilt from the backend or a data set,
/// so a corrupt file is moved aside and recreated; it never shares a file with the journal.
class CacheStore
{
public:
    static constexpr int SchemaVersion = 1;

    struct ImportReport
    {
        int imported = 0;
        int rejected = 0;
        QStringList errors; ///< first errors, "order RK-1: lines[0].unitPrice: negative"
        QString fatal; ///< set when the file itself could not be read
    };

    /// Opens (creating or rebuilding if corrupt) the cache. False only when even a fresh file fails.
    bool open(const QString &path);
    QString lastError() const { return m_db.lastError(); }
    /// True when open() found the previous file corrupt and started from empty.
    bool wasRebuilt() const { return m_rebuilt; }

    std::optional<Order> findOrder(const QString &orderId);
    /// Own transaction, or joins the caller's when one is open on database().
    bool upsertOrder(const Order &order);
    bool deleteOrder(const QString &orderId);
    /// Imports a {"orders":[...]} file; each bad order is rejected and counted, good ones are committed.
    ImportReport importFile(const QString &jsonPath);
    std::int64_t orderCount();

    sql::Database &database() { return m_db; }

private:
    bool createSchema();
    bool writeOrder(const Order &order);

    sql::Database m_db;
    bool m_rebuilt = false;
};

} // namespace kiosk
