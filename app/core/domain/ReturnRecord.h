#pragma once

#include "domain/Order.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace kiosk {

/// One order line the shopper returned: how many units, the reason they gave, and the figures the
/// offer showed them for those units.
struct ReturnItem
{
    int lineNo = 0;
    QString sku;
    int quantity = 0;
    QString reason; ///< reason code from the policy, e.g. "too_small"
    MinorUnits refund = 0; ///< what these units give back under the resolution, store-credit bonus included
    QString exchangeSku {}; ///< with an exchange: the size or colour the shopper takes instead
    MinorUnits fee = 0; ///< restocking fee taken off
    MinorUnits bonus = 0; ///< the part of `refund` that is the store-credit bonus
    bool keepIt = false; ///< returnless: the shopper kept the item, nothing went into a bin
    QString bin {}; ///< the bin the policy routes the item to; empty when kept
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
    QString policyId {}; ///< the policy that decided the offer
    int policyVersion = 0;
    std::vector<ReturnItem> items;

    MinorUnits refundTotal() const { return sum(&ReturnItem::refund); }
    MinorUnits feeTotal() const { return sum(&ReturnItem::fee); }
    MinorUnits bonusTotal() const { return sum(&ReturnItem::bonus); }

    /// The protocol's JSON for POST /v1/returns:batch (docs/protocol.yaml).
    QJsonObject toJson() const;

private:
    MinorUnits sum(MinorUnits ReturnItem::*field) const
    {
        MinorUnits total = 0;
        for (const auto &item : items)
            total += item.*field;
        return total;
    }
};

} // namespace kiosk
