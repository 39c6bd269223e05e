#include "ScaleLine.h"

#include <QRegularExpression>
#include <QString>

#include <cmath>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace kiosk::drivers {

std::optional<ScaleLine> ScaleLine::parse(const QByteArray &line)
{
    constexpr qsizetype MaxLine = 32;
    const QByteArray trimmed = line.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > MaxLine)
        return std::nullopt;
    static const QRegularExpression pattern(u"^(ST|US|OL),([+-])(\\d{1,7}(?:\\.\\d{1,4})?) *(g|kg)$"_s);
    const QRegularExpressionMatch match = pattern.match(QString::fromLatin1(trimmed));
    if (!match.hasMatch())
        return std::nullopt;
    ScaleLine result;
    const QString header = match.captured(1);
    result.status = header == u"ST" ? Status::Stable : header == u"US" ? Status::Unstable : Status::Overload;
    double value = match.captured(3).toDouble();
    if (match.captured(4) == u"kg")
        value *= 1000.0;
    if (match.captured(2) == u"-")
        value = -value;
    if (std::abs(value) > double(std::numeric_limits<int>::max())) // 4000081kg: no scale weighs that
        return std::nullopt;
    result.grams = int(std::lround(value));
    return result;
}

} // namespace kiosk::drivers
