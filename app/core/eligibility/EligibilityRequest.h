#pragma once

#include "domain/CustomerHistory.h"
#include "domain/Order.h"
#include "policy/Policy.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QTimeZone>

#include <vector>

namespace kiosk {

/// Everything one eligibility decision depends on; the engine reads nothing else (no clock, no files).
struct EligibilityRequest
{
    /// What the shopper picked for a line; lines without a selection are judged for all their
    /// returnable units under the policy's default reason.
    struct Selection
    {
        int lineNo = 0;
        int quantity = 0; ///< 0: every returnable unit
        QString reason; ///< empty: the policy's default reason
        QHash<QString, bool> answers; ///< condition question id -> shopper's answer
    };

    const Order *order = nullptr;
    const Policy *policy = nullptr;
    CustomerHistory history;
    QDateTime now; ///< the injected clock
    QTimeZone storeZone; ///< where "30 days" is counted, day by local day
    bool offline = false;
    QDateTime cacheSyncedAt; ///< when the cache was last complete; invalid if never
    /// Lines a return code whose signature verified carries: offline with a stale cache they are still
    /// decided (the code vouches for them); every other line needs a colleague.
    QList<int> carriedByCode;
    std::vector<Selection> selections; ///< empty: every line
};

} // namespace kiosk
