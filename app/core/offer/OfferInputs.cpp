#include "OfferInputs.h"

#include "cache/CacheStore.h"
#include "journal/Journal.h"

#include <QSet>

#include <algorithm>

namespace kiosk {

std::optional<OfferInputs> OfferInputs::load(CacheStore &cache, Journal &journal, const QString &orderId,
    const QDateTime &now, const QDateTime &localMidnight)
{
    auto cached = cache.lookupForDecision(orderId, now, localMidnight);
    if (!cached)
        return std::nullopt;
    OfferInputs inputs;
    inputs.order = std::move(cached->order);
    inputs.history = cached->history;
    inputs.cacheSyncedAt = cached->cacheSyncedAt;
    // The journal is read after the cache: a return recorded in between is simply added too.
    inputs.uncountedReturns = addUncountedReturns(inputs.order, cached->countedReturns, journal);
    return inputs;
}

QStringList OfferInputs::addUncountedReturns(
    Order &order, const QStringList &countedByBackend, Journal &journal)
{
    const QSet<QString> counted(countedByBackend.begin(), countedByBackend.end());
    QStringList added;
    for (const Journal::ReturnedUnits &units : journal.returnedUnits(order.id)) {
        if (counted.contains(units.returnId))
            continue;
        if (added.isEmpty() || added.constLast() != units.returnId)
            added.append(units.returnId);
        const auto line = std::find_if(order.lines.begin(), order.lines.end(),
            [&units](const OrderLine &l) { return l.lineNo == units.lineNo; });
        if (line != order.lines.end())
            line->quantityReturned = std::min(line->quantity, line->quantityReturned + units.quantity);
    }
    return added;
}

} // namespace kiosk
