#pragma once

#include "sync/CacheMissLookup.h"
#include "sync/OrderLookup.h"

#include <QQueue>

namespace kiosk {

/// A cache miss asked of the retailer backend with OrderLookup (GET /v1/orders/{id} on its own thread,
/// the order written to config.cachePath), with short timeouts since a shopper is waiting.
class HttpsCacheMissLookup : public CacheMissLookup
{
    Q_OBJECT
public:
    explicit HttpsCacheMissLookup(const SyncConfig &config, QObject *parent = nullptr);

    void request(int requestId, const QString &orderId) override;

private:
    void onFinished(const QString &orderId, OrderLookup::Outcome outcome, const QString &error);

    OrderLookup m_lookup;
    QQueue<int> m_pending; ///< request ids in order: OrderLookup answers one lookup after another
};

} // namespace kiosk
