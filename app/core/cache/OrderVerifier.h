#pragma once

#include "domain/Order.h"

#include <QByteArray>
#include <QString>

namespace kiosk {

/// The second factors of an order: the postcode (or e-mail) of the order for a typed order number, the
/// last 4 digits of the card for a paper receipt when the policy says so. The backend sends
/// SHA-256(salt || normalised value); cache.db keeps that sealed with the kiosk's verifier key
/// (VerifierKey::seal), and what the shopper types is hashed, sealed and compared in constant time.
class OrderVerifier
{
public:
    /// E-mail: trimmed and lower-cased. Postcode: upper-cased with spaces and hyphens removed.
    static QString normalise(const QString &typed);
    /// SHA-256(salt || normalised @p typed): the backend's form.
    static QByteArray hash(const QByteArray &salt, const QString &typed);
    /// False when the order has no verifier, so a typed number alone never opens an order.
    static bool matches(const Order &order, const QString &typed, const QByteArray &key);
    /// The last 4 digits of the card against the order's card verifier (false when it has none).
    static bool matchesCard(const Order &order, const QString &typed, const QByteArray &key);
};

} // namespace kiosk
