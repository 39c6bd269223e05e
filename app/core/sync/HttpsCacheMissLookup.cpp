#include "HttpsCacheMissLookup.h"

#include "sync/ShopperWaiting.h"
#include "sync/SyncLog.h"

namespace kiosk {

HttpsCacheMissLookup::HttpsCacheMissLookup(const SyncConfig &config, QObject *parent)
    : CacheMissLookup(parent)
    , m_lookup(forShopperWaiting(config))
{
    connect(&m_lookup, &OrderLookup::finished, this, &HttpsCacheMissLookup::onFinished);
}

void HttpsCacheMissLookup::request(int requestId, const QString &orderId)
{
    m_pending.enqueue(requestId);
    m_lookup.lookup(orderId);
}

void HttpsCacheMissLookup::onFinished(
    const QString &orderId, OrderLookup::Outcome outcome, const QString &error)
{
    if (m_pending.isEmpty())
        return;
    const int requestId = m_pending.dequeue();
    switch (outcome) {
    case OrderLookup::Outcome::Found:
        Q_EMIT answered(requestId, Answer::Found);
        return;
    case OrderLookup::Outcome::NotFound:
        Q_EMIT answered(requestId, Answer::NotFound);
        return;
    case OrderLookup::Outcome::Unavailable:
        qCWarning(lcSync).noquote() << "order" << orderId << "not fetched:" << error;
        Q_EMIT answered(requestId, Answer::Unreachable);
        return;
    }
}

} // namespace kiosk
