#include "CacheDeltaSink.h"

#include "sync/SyncLog.h"

using namespace Qt::Literals::StringLiterals;

namespace kiosk {

CacheDeltaSink::CacheDeltaSink(CacheStore &cache, const Clock &clock)
    : m_cache(cache)
    , m_clock(clock)
{ }

bool CacheDeltaSink::applyPage(const std::vector<Order> &upserts,
    const QHash<QString, QStringList> &countedReturns, const QStringList &deleted, const QString &nextCursor)
{
    const CacheStore::DeltaReport report
        = m_cache.applyDelta(upserts, deleted, nextCursor, m_clock.now(), countedReturns);
    if (!report.committed) {
        m_error = u"cannot apply order changes: "_s + m_cache.lastError();
        return false;
    }
    if (report.rejected > 0)
        qCWarning(lcSync).noquote() << "order changes:" << report.rejected
                                    << "orders rejected by the cache, first:" << report.errors.value(0);
    return true;
}

void CacheDeltaSink::beginPull()
{
    m_initialLoad = m_cache.beginInitialLoad();
}

bool CacheDeltaSink::endPull(bool complete)
{
    if (!std::exchange(m_initialLoad, false))
        return true;
    if (!complete) {
        m_cache.suspendInitialLoad();
        return true;
    }
    if (!m_cache.finishInitialLoad(m_clock.now())) {
        m_error = u"cannot finish the initial load: "_s + m_cache.lastError();
        return false;
    }
    return true;
}

} // namespace kiosk
