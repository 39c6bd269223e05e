#pragma once

#include "domain/Order.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QJsonArray>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>
#include <vector>

namespace kiosk {

/// Builds the kiosk's request bodies and parses the backend's replies (docs/protocol.yaml) strictly:
/// every reply is untrusted input, so anything of the wrong shape or type yields an error, never a
/// partial value. Pure functions: the fuzz target and the unit tests call them directly.
namespace SyncProtocol {

template<typename T> struct Parsed
{
    std::optional<T> value;
    QString error; ///< set when value is empty
};

enum class ReturnStatus { Accepted, Duplicate, Rejected };

/// One entry of the POST /v1/returns:batch reply.
struct ReturnResult
{
    QString id;
    ReturnStatus status = ReturnStatus::Rejected;
    QString reason;
};

/// One page of GET /v1/orders/changes. Orders that fail OrderJson validation are counted and left out.
struct ChangesPage
{
    std::vector<Order> orders;
    QStringList deleted;
    QString nextCursor;
    bool hasMore = false;
    int invalidOrders = 0;
    QString firstInvalid; ///< the first invalid order's error, for the log
};

/// True for "application/json" with optional parameters such as "; charset=utf-8".
bool isJsonContentType(QByteArrayView contentType);

/// {"returns":[...]} from compact JSON payloads as stored in the outbox.
QByteArray returnsBatchBody(const std::vector<QByteArray> &payloads);

Parsed<std::vector<ReturnResult>> parseReturnsBatchReply(const QByteArray &body);
Parsed<ChangesPage> parseChangesPage(const QByteArray &body);
/// The "commands" array of the heartbeat reply; each command is an object with a string "type".
Parsed<QJsonArray> parseHeartbeatReply(const QByteArray &body);
/// "code: message" from an error body, or empty when the body is not a well-formed error.
QString errorSummary(const QByteArray &body);

/// The delay a Retry-After header asks for: delta-seconds or an HTTP-date (relative to now).
/// Dates in the past give zero; anything unparsable gives nullopt.
std::optional<std::chrono::seconds> parseRetryAfter(QByteArrayView value, const QDateTime &now);

} // namespace SyncProtocol
} // namespace kiosk
