#pragma once

#include <QJsonValue>
#include <QString>

#include <optional>

namespace kiosk {

/// Reads a whole number setting from JSON. The range is checked on the double itself, before any cast to
/// int (casting an out-of-range or non-finite double is undefined behaviour), and fractions are refused.
namespace JsonInteger {

struct Result
{
    std::optional<int> value;
    QString error; ///< "must be a whole number from MIN to MAX" and what was wrong, when value is empty
};

Result read(const QJsonValue &value, int min, int max);

} // namespace JsonInteger
} // namespace kiosk
