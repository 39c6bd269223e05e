#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace kiosk::backend {

/// Strict checks for the JSON a kiosk submits: one completed return, one event, or a UUID.
/// Each check answers with a short human-readable reason, or an empty string when the input is valid.
class ReturnValidator
{
public:
    /// Why a return from POST /v1/returns:batch cannot be accepted; empty when it can.
    static QString returnProblem(const QJsonObject &ret);
    /// Why an event from POST /v1/events cannot be accepted; empty when it can.
    static QString eventProblem(const QJsonObject &event);

    /// True for a canonical lower- or upper-case 8-4-4-4-12 UUID string.
    static bool isUuid(const QString &text);
    /// The value as an exact integer when it is a JSON number without fraction within ±2^53.
    static std::optional<qint64> exactInteger(const QJsonValue &value);
};

} // namespace kiosk::backend
