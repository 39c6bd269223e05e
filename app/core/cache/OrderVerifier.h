#pragma once

#include "domain/Order.h"

#include <QByteArray>
#include <QString>

namespace kiosk {

/// The second factor for typed order numbers: the shopper types the postcode or e-mail of the order,
/// which is compared in constant time against SHA-256(salt || normalised verifier) held in the cache.
class OrderVerifier
{
public:
    /// E-mail: trimmed and lower-cased. Postcode: upper-cased with spaces and hyphens removed.
    static QString normalise(const QString &typed);
    static QByteArray hash(const QByteArray &salt, const QString &typed);
    /// False when the order has no verifier, so a typed number alone never opens an order.
    static bool matches(const Order &order, const QString &typed);
};

/// Convenience form used by the shopper flow.
bool verifierMatches(const Order &order, const QString &typed);

} // namespace kiosk
