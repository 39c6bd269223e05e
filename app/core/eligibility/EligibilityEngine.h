#pragma once

#include "EligibilityRequest.h"
#include "EligibilityResult.h"

namespace kiosk {

/// Decides, line by line, whether and how an order's items may be returned under a policy. A pure
/// function of the request: the same inputs always give the same, explainable answer.
///
/// Rules apply in a fixed order and the first that refuses decides: line flags and category lists,
/// quantities, currency, reason, return window (with tier and holiday extensions, counted in store-local
/// days: delivered on the 1st with a 30-day window means returnable through the end of the 31st), condition
/// answers, resolutions. Order-wide checks then turn eligible lines into "needs staff": offline with a
/// stale cache every line a verified return code does not carry, then customer limits and offline refund
/// limits (a limit the policy sets to "none" never applies).
class EligibilityEngine
{
public:
    static EligibilityResult decide(const EligibilityRequest &request);
    /// Each line on its own, without the order-wide checks: what a line could give if the shopper
    /// chose it. The item list shows this before anything is chosen.
    static EligibilityResult judgeLines(const EligibilityRequest &request);
};

} // namespace kiosk
