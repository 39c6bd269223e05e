#pragma once

#include "domain/Order.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace kiosk {

/// One item the shopper handed in, with the reason they gave and what it refunds.
struct ReturnItem
{
    int lineNo = 0;
    QString sku;
    int quantity = 0;
    QString reason; ///< reason code from the policy, e.g. "too_small"
    MinorUnits refund = 0;
    QString exchangeSku {}; ///< with an exchange: the size or colour the shopper takes instead
};

/// A completed return as recorded in journal.db and sent to the backend. Its id is a UUID generated
/// by the kiosk; the backend deduplicates on it forever.
struct ReturnRecord
{
    QString id; ///< UUID without braces
    QString kioskId;
    QString orderId;
    QDateTime createdAt; ///< UTC
    QString resolution; ///< "refund", "store_credit" or "exchange"
    QString currency;
    QString tokenId; ///< the signed return code it was started from; empty when typed
    std::vector<ReturnItem> items;

    MinorUnits refundTotal() const
    {
        MinorUnits total = 0;
        for (const auto &item : items)
            total += item.refund;
        return total;
    }

    /// The protocol's JSON for POST /v1/returns:batch (docs/protocol.yaml).
    QJsonObject toJson() const;
};

} // namespace kiosk
