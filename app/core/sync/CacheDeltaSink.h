#pragma once

#include "cache/CacheStore.h"
#include "sync/OrderDeltaSink.h"

namespace kiosk {

/// OrderDeltaSink over the order cache: each page is one transaction on cache.db that also
/// stores the cursor (table sync_cursor), so the cursor never runs ahead of the orders.
class CacheDeltaSink final : public OrderDeltaSink
{
public:
    explicit CacheDeltaSink(CacheStore &cache);

    QString cursor() override;
    bool applyPage(
        const std::vector<Order> &upserts, const QStringList &deleted, const QString &nextCursor) override;
    QString lastError() const override { return m_error; }

private:
    bool ensureTable();

    CacheStore &m_cache;
    QString m_error;
};

} // namespace kiosk
