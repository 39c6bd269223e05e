#pragma once

#include "domain/Order.h"
#include "domain/ReturnHistoryEntry.h"

#include <QDateTime>

#include <cstdint>
#include <optional>

namespace kiosk {

/// Produces a realistic, fully deterministic stream of orders for the demo and the benchmark: the same
/// seed and "now" always give byte-identical data (its own PRNG, no std distributions, no wall clock).
///
/// Mix: about 40% of orders have several lines; categories weighted like a general retailer; orders
/// placed up to 120 days before now, most delivered 2-8 days later; loyalty tiers silver/gold/plus;
/// some lines final sale, non-returnable or already (partly) returned; 80% carry a verifier; a third
/// have a paper receipt (store, register, transaction); sized lines list their other sizes as variants.
/// Demo verifier rule: the verifier of order RK-nnnnnnn is the ZIP code "1" + its last four digits
/// (RK-1000042 -> "10042").
class OrderGenerator
{
public:
    OrderGenerator(std::uint64_t seed, QDateTime now);

    /// The n-th order (0-based); ids are RK-1000000 + n.
    Order next();
    /// A return the backend reported for the last order from next(), if it has returned lines.
    std::optional<ReturnHistoryEntry> lastOrderReturn() const { return m_lastReturn; }

    static QString orderId(std::int64_t index);
    static QString demoVerifier(const QString &orderId);

private:
    std::uint64_t random();
    int below(int bound) { return int(random() % std::uint64_t(bound)); }
    bool chance(int percent) { return below(1000) < percent * 10; }

    std::uint64_t m_state;
    QDateTime m_now;
    std::int64_t m_index = 0;
    std::optional<ReturnHistoryEntry> m_lastReturn;
};

} // namespace kiosk
