#pragma once

#include "domain/CustomerHistory.h"
#include "domain/Order.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace kiosk {

class CacheStore;
class Journal;

/// What an offer for an order starts from, read from the cache and the journal: the order with every
/// return known to this kiosk counted in its lines' quantityReturned, the customer's history and the
/// cache's age. The one place the rule lives, so the journey and `kioskctl check` agree.
///
/// The rule: a line's returned units are the backend's quantityReturned plus the units of every return
/// in this kiosk's journal whose id the backend's order does not list as counted (the order's
/// "returnIds", kept in cache.db), capped at the quantity bought. A return stops being added only when
/// the backend's order data provably includes it, never because some time (a sync, a clock) has passed.
struct OfferInputs
{
    Order order; ///< quantityReturned counts every known return
    CustomerHistory history;
    QDateTime cacheSyncedAt; ///< when the cache was last complete; invalid if never
    QStringList uncountedReturns; ///< this kiosk's returns added on top of the backend's figures

    /// The cached order (one snapshot) with this kiosk's returns counted; nullopt when the cache lacks it.
    static std::optional<OfferInputs> load(CacheStore &cache, Journal &journal, const QString &orderId,
        const QDateTime &now, const QDateTime &localMidnight);

    /// The shopper's local day starts here: offline daily limits count from it.
    static QDateTime startOfLocalDay(const QDateTime &now, const QTimeZone &zone)
    {
        return QDateTime(now.toTimeZone(zone).date(), QTime(0, 0), zone).toUTC();
    }

    /// Adds to @p order's lines the units of the journal's returns for it that @p countedByBackend does
    /// not list; returns their ids. load() calls it; so may a caller that read the cache itself.
    static QStringList addUncountedReturns(
        Order &order, const QStringList &countedByBackend, Journal &journal);
};

} // namespace kiosk
