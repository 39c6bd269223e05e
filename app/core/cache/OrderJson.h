#pragma once

#include "domain/Order.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

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
    /// "returnIds": the returns whose units the lines' quantityReturned already count (docs/protocol.yaml)
    QStringList countedReturns {};
};

Result fromJson(const QJsonObject &object);
/// With @p countedReturns, the order carries them as "returnIds".
QJsonObject toJson(const Order &order, const QStringList &countedReturns = {});
/// A line's variants as the feed and the cache write them: [{sku, size, colour}].
QJsonArray variantsToJson(const std::vector<OrderLineVariant> &variants);

} // namespace OrderJson
} // namespace kiosk
