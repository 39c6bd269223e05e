#pragma once

#include "Clock.h"
#include "cache/CacheStore.h"
#include "sync/OrderDeltaSink.h"

namespace kiosk {

/// OrderDeltaSink over the order cache: each page goes through CacheStore::applyDelta, one
/// transaction that also stores the cursor and the sync time (the cache's age for offline limits).
/// A pull into an empty cache is an initial load (CacheStore::beginInitialLoad): the cache counts as
/// synced only once the last page is in.
class CacheDeltaSink final : public OrderDeltaSink
{
public:
    CacheDeltaSink(CacheStore &cache, const Clock &clock);

    QString cursor() override { return m_cache.syncCursor(); }
    bool applyPage(const std::vector<Order> &upserts, const QHash<QString, QStringList> &countedReturns,
        const QStringList &deleted, const QString &nextCursor) override;
    void beginPull() override;
    bool endPull(bool complete) override;
    QString lastError() const override { return m_error; }

private:
    CacheStore &m_cache;
    const Clock &m_clock;
    QString m_error;
    bool m_initialLoad = false;
};

} // namespace kiosk
