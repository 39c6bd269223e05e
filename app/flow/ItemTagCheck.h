#pragma once

#include "codes/ScannedCode.h"
#include "domain/Order.h"

#include <QCoreApplication>

namespace kiosk {

/// Decides whether the tag the shopper scanned at the chute belongs to the item they are about
/// to drop in: the tag's GTIN must be the line's. Anything else gets a defined outcome and a
/// message that says what to do, so a different product never goes into the bin under this line.
class ItemTagCheck
{
    Q_DECLARE_TR_FUNCTIONS(ItemTagCheck)
public:
    enum class Outcome {
        Match, ///< the tag is this line's product
        OtherLineOfOrder, ///< a product from the same order, but not the one being dropped off now
        NotInOrder, ///< a product that is not in this order at all
        NotAProductTag, ///< an order code, a token, a coupon: not an item tag
        LineHasNoGtin, ///< the order does not know this line's GTIN: a colleague checks it
    };

    struct Result
    {
        Outcome outcome = Outcome::NotAProductTag;
        QString message; ///< for the shopper; empty on Match
    };

    static Result check(const codes::ScannedCode &code, const OrderLine &expected, const Order &order);
};

} // namespace kiosk
