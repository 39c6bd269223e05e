#include "ItemTagCheck.h"

namespace kiosk {

ItemTagCheck::Result ItemTagCheck::check(
    const codes::ScannedCode &code, const OrderLine &expected, const Order &order)
{
    if (code.kind != codes::ScannedCode::Kind::ProductId || !code.isValid() || code.gtin.isEmpty())
        return { Outcome::NotAProductTag,
            tr("That isn't an item tag. Please scan the barcode on the tag of the %1.").arg(expected.title) };
    if (expected.gtin.isEmpty())
        return { Outcome::LineHasNoGtin, tr("We can't check this item's tag here. Please ask a colleague.") };
    if (code.gtin == expected.gtin)
        return { Outcome::Match, {} };
    for (const OrderLine &line : order.lines)
        if (line.gtin == code.gtin)
            return { Outcome::OtherLineOfOrder,
                tr("That tag is from the %1. Please scan the tag of the %2 first.")
                    .arg(line.title, expected.title) };
    return { Outcome::NotInOrder,
        tr("That item isn't part of this return. Please scan the tag of the %1.").arg(expected.title) };
}

} // namespace kiosk
