#pragma once

#include <QMap>
#include <QObject>
#include <QStringList>

namespace kiosk {

/// Asks the retailer backend how many units of some skus the store can hand out for an exchange.
/// Asynchronous: request() returns at once and answered() follows, queued, exactly once per request.
class StockLookup : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    /// At most MaxSkus skus per request; more are not asked about (and so come back unknown).
    static constexpr int MaxSkus = 20;

    /// Starts a look-up; `requestId` comes back with the answer so a stale answer can be told apart.
    virtual void request(int requestId, const QStringList &skus) = 0;

Q_SIGNALS:
    /// Units available per sku. A sku missing from `available` is unknown: the backend could not be
    /// reached, did not answer in time, or does not know it. Never "out of stock" by default.
    void answered(int requestId, const QMap<QString, int> &available);
};

} // namespace kiosk
