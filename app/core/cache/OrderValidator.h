#pragma once

#include "domain/Order.h"

#include <QString>

namespace kiosk {

/// Checks a domain order before it enters the cache, whatever it came from (JSON file, sync delta,
/// generator): known categories, dates present and ordered, quantities and amounts in range.
class OrderValidator
{
public:
    static constexpr MinorUnits MaxUnitPrice = 1'000'000'000'000; // 10^12 minor units
    static constexpr int MaxQuantity = 10'000;

    /// Empty when the order may be stored, otherwise "lines[1].category: unknown category \"x\"".
    static QString validate(const Order &order);
};

} // namespace kiosk
