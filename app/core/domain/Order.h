#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace kiosk {

/// Amounts are integer minor units (cents) of the order's currency; never floating point.
using MinorUnits = std::int64_t;

/// The same product in another size or colour, which an exchange can swap a line for.
struct OrderLineVariant
{
    QString sku;
    QString size; ///< empty when the product has one size
    QString colour; ///< empty when the product has one colour
    bool operator==(const OrderLineVariant &) const = default;
};

/// What proves an order is the shopper's besides its number or receipt: the billing ZIP code (or
/// postcode, or e-mail) of the order, or the last 4 digits of the card it was paid with.
enum class SecondFactor { BillingZip, CardLast4 };

/// The paper receipt of an in-store purchase: store, register and transaction number, and the day.
struct ReceiptKey
{
    int store = 0;
    int registerNo = 0;
    int transaction = 0;
    QDate date;

    bool isValid() const { return store > 0 && date.isValid(); }
    bool operator==(const ReceiptKey &) const = default;
};

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
    std::vector<OrderLineVariant> variants {}; ///< other sizes/colours an exchange may pick, not this sku
    QString imageUrl {}; ///< the product's picture (https: or file:), empty when there is none

    int returnableQuantity() const { return quantity > quantityReturned ? quantity - quantityReturned : 0; }
};

/// How the customer can be found at the kiosk without the kiosk knowing them: the SHA-256 of their
/// normalised e-mail address or phone number (ContactKey) and a masked form for a colleague to read.
struct OrderContact
{
    QString kind; ///< "email" or "phone"
    QByteArray digest; ///< from the backend: SHA-256; read back from cache.db: sealed (VerifierKey::seal)
    QString masked; ///< e.g. "j•••@example.com", "•••• ••• 4567"; never the whole address or number

    bool operator==(const OrderContact &) const = default;
};

/// An order as held in the kiosk's cache.db. Times are UTC.
struct Order
{
    QString id; ///< retailer order number, e.g. "RK-100001"
    QString currency; ///< ISO 4217, e.g. "USD"
    QString customerRef; ///< pseudonymous customer id
    QString loyaltyTier; ///< empty when none
    QByteArray verifierSalt;
    /// From the backend or a data set: SHA-256(salt || normalised postcode or e-mail). Read back from
    /// cache.db: sealed with the kiosk's verifier key (VerifierKey::seal); CacheStore::verifierMatches
    /// compares.
    QByteArray verifierHash;
    QByteArray cardSalt; ///< the last 4 digits of the card paid with, for paper receipts (policy `receipts`)
    QByteArray cardHash; ///< SHA-256(salt || 4 digits), sealed in cache.db like verifierHash
    bool verifiersSealed = false; ///< read from cache.db: written back as they are, not sealed again
    QDateTime placedAt;
    QDateTime shippedAt; ///< invalid when unknown
    QDateTime deliveredAt; ///< invalid when unknown
    QStringList paymentMethods;
    ReceiptKey receipt {}; ///< invalid for orders without a paper receipt (online orders)
    std::vector<OrderContact> contacts {}; ///< at most one of each kind
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
