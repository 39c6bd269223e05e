#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace kiosk {

/// Amounts are integer minor units (cents) of the order's currency; never floating point.
using MinorUnits = std::int64_t;

/// One line of a cached order: what the shopper bought and how much of it is already returned.
struct OrderLine
{
    int lineNo = 0;
    QString sku;
    QString gtin; ///< 14-digit GTIN (EAN-13/UPC-A are zero-padded), empty if unknown
    QString title;
    QString category;
    QMap<QString, QString> attributes; ///< e.g. size, colour
    MinorUnits unitPrice = 0;
    int quantity = 0;
    int quantityReturned = 0;
    bool finalSale = false;
    bool nonReturnable = false;

    int returnableQuantity() const { return quantity > quantityReturned ? quantity - quantityReturned : 0; }
};

/// An order as held in the kiosk's cache.db. Times are UTC.
struct Order
{
    QString id; ///< retailer order number, e.g. "RK-100001"
    QString currency; ///< ISO 4217, e.g. "USD"
    QString customerRef; ///< pseudonymous customer id
    QString loyaltyTier; ///< empty when none
    QByteArray verifierSalt;
    QByteArray verifierHash; ///< SHA-256(salt || normalised postcode or e-mail)
    QDateTime placedAt;
    QDateTime shippedAt; ///< invalid when unknown
    QDateTime deliveredAt; ///< invalid when unknown
    QStringList paymentMethods;
    std::vector<OrderLine> lines;

    const OrderLine *line(int lineNo) const
    {
        for (const auto &l : lines)
            if (l.lineNo == lineNo)
                return &l;
        return nullptr;
    }
};

} // namespace kiosk
