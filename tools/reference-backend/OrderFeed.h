#pragma once

#include "BackendStore.h"
#include "OrderCatalog.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace kiosk::backend {

/// The orders as GET /v1/orders/changes and GET /v1/orders/{id} serve them: the catalog's orders with
/// the returns the backend counted (BackendStore) added to their lines' quantityReturned and listed as
/// "returnIds". The feed walks the catalog once, then the orders whose counted returns changed since,
/// so a kiosk's next pull after an accepted return brings the updated order.
class OrderFeed
{
public:
    /// One page of GET /v1/orders/changes.
    struct Page
    {
        QByteArray ordersJson; ///< a JSON array of orders, ready to send
        QString nextCursor;
        bool hasMore = false;
    };

    OrderFeed(const OrderCatalog &catalog, BackendStore &store);

    /// The page after @p cursor (empty: from the start); nullopt when the cursor is not one of ours or
    /// the store failed (@p badCursor tells which).
    std::optional<Page> changes(const QString &cursor, int limit, bool *badCursor);
    /// One order as compact JSON text, with its counted returns.
    std::optional<QByteArray> find(const QString &id);

private:
    /// Cursors are "c2." + base64url("<catalog index>.<change seq>"): the catalog position, then the
    /// last change of the change log already delivered. "c1." + base64url("<index>") from earlier
    /// versions reads as change 0, so such a kiosk gets every order with counted returns once more.
    struct Position
    {
        qint64 index = 0;
        qint64 seq = 0;
    };
    std::optional<Position> decode(const QString &cursor) const;
    static QString encode(Position position);
    /// The order with its counted returns, when it has any.
    QByteArray current(const QString &id, const QByteArray &orderJson, bool hasCountedReturns);

    const OrderCatalog &m_catalog;
    BackendStore &m_store;
};

} // namespace kiosk::backend
