#pragma once

#include "domain/Order.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace kiosk {

/// Converts orders between the protocol/demo-data JSON shape and the domain type, strictly:
/// anything missing, negative, overflowing or of the wrong type rejects the whole order with a reason.
namespace OrderJson {

struct Result
{
    std::optional<Order> order;
    QString error; ///< set when order is empty: "lines[2].unitPrice: negative"
};

Result fromJson(const QJsonObject &object);
QJsonObject toJson(const Order &order);
/// A line's variants as the feed and the cache write them: [{sku, size, colour}].
QJsonArray variantsToJson(const std::vector<OrderLineVariant> &variants);

} // namespace OrderJson
} // namespace kiosk
