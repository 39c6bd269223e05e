#include "JsonInteger.h"

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace kiosk::JsonInteger {

Result read(const QJsonValue &value, int min, int max)
{
    const QString expected = u"must be a whole number from %1 to %2"_s.arg(min).arg(max);
    if (!value.isDouble())
        return { std::nullopt,
            expected + u", not "_s + (value.isString() ? u"a string"_s : u"a non-number"_s) };
    const double d = value.toDouble();
    if (!std::isfinite(d))
        return { std::nullopt, expected + u", not infinity or NaN"_s };
    if (d < double(min) || d > double(max))
        return { std::nullopt, expected + u" (%1 is out of range)"_s.arg(d) };
    if (d != std::floor(d))
        return { std::nullopt, expected + u" (%1 has a fraction)"_s.arg(d) };
    return { int(d), {} };
}

} // namespace kiosk::JsonInteger
