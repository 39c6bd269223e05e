#pragma once

#include "domain/Order.h"

namespace kiosk {

/// What the eligibility engine needs to know about a customer's earlier returns and about the
/// kiosk's own offline refunds, summarised by the cache for one decision.
struct CustomerHistory
{
    int returnsLast30Days = 0; ///< completed returns (not lines) in the 30 days before now
    MinorUnits valueLast30Days = 0;
    MinorUnits offlineRefundedToday = 0; ///< refunds this kiosk granted offline since local midnight
};

} // namespace kiosk
