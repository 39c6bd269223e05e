#pragma once

#include "domain/Order.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>

#include <optional>
#include <vector>

namespace kiosk {

struct Policy;

/// How long an order's verifiers are worth keeping: until the order is past every return window the
/// policy could give it (the longest window plus the largest loyalty extension, from delivery or
/// purchase, or the end of a holiday extension covering its purchase), plus two days for time zones.
/// Past that the order can no longer be returned, so its verifiers leave cache.db (CacheStore keeps
/// this in its meta table so every connection applies it, and prunes).
struct VerifierRetention
{
    struct Holiday
    {
        QDate purchasedFrom;
        QDate purchasedUntil;
        QDate returnUntil;
    };
    static constexpr int SlackDays = 2;

    int days = 0; ///< 0: no window known, nothing is dropped
    std::vector<Holiday> holidays;

    static VerifierRetention fromPolicy(const Policy &policy);
    /// True when no return window of the policy can still be open for @p order at @p now.
    bool pastEveryWindow(const Order &order, const QDateTime &now) const;
    /// Orders placed before this can be past every window (nothing newer can be); invalid when none can.
    QDateTime placedBefore(const QDateTime &now) const;

    QByteArray toJson() const;
    static std::optional<VerifierRetention> fromJson(const QByteArray &json);
    bool operator==(const VerifierRetention &) const = default;
};

inline bool operator==(const VerifierRetention::Holiday &a, const VerifierRetention::Holiday &b)
{
    return a.purchasedFrom == b.purchasedFrom && a.purchasedUntil == b.purchasedUntil
        && a.returnUntil == b.returnUntil;
}

} // namespace kiosk
