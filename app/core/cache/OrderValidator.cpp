#include "OrderValidator.h"

using namespace Qt::Literals::StringLiterals;

namespace kiosk {

namespace {

/// Any path of the retailer's own taxonomy: non-empty segments joined by "/".
bool validCategory(const QString &category)
{
    if (category.isEmpty() || category.size() > 200)
        return false;
    for (const QString &segment : category.split(u'/')) {
        if (segment.trimmed().isEmpty())
            return false;
    }
    return true;
}

} // namespace

QString OrderValidator::validate(const Order &order)
{
    if (order.id.isEmpty())
        return u"id: missing"_s;
    if (order.currency.size() != 3)
        return u"currency: not an ISO 4217 code"_s;
    if (!order.placedAt.isValid())
        return u"placedAt: missing"_s;
    if (order.shippedAt.isValid() && order.shippedAt < order.placedAt)
        return u"shippedAt: before placedAt"_s;
    if (order.deliveredAt.isValid() && order.deliveredAt < order.placedAt)
        return u"deliveredAt: before placedAt"_s;
    if (order.lines.empty())
        return u"lines: missing or empty"_s;
    for (size_t i = 0; i < order.lines.size(); ++i) {
        const OrderLine &line = order.lines[i];
        const QString at = u"lines[%1]."_s.arg(i);
        if (!validCategory(line.category))
            return at + u"category: must be a category path such as \"apparel/outerwear\""_s;
        if (line.quantity <= 0 || line.quantity > MaxQuantity)
            return at + u"quantity: out of range"_s;
        if (line.quantityReturned < 0 || line.quantityReturned > line.quantity)
            return at + u"quantityReturned: out of range"_s;
        if (line.unitPrice < 0 || line.unitPrice > MaxUnitPrice)
            return at + u"unitPrice: out of range"_s;
    }
    return {};
}

} // namespace kiosk
