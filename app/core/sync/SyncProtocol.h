#pragma once

#include "config/StoreConfig.h"
#include "domain/Order.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QHash>
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

enum class ItemStatus { Accepted, Duplicate, Rejected };

/// One entry of the POST /v1/returns:batch or POST /v1/events reply.
struct ItemResult
{
    QString id;
    ItemStatus status = ItemStatus::Rejected;
    QString reason;
};

/// One page of GET /v1/orders/changes, every order in it valid (one that is not fails the whole page).
struct ChangesPage
{
    std::vector<Order> orders;
    /// Order id -> its "returnIds": the returns its quantityReturned figures already count.
    QHash<QString, QStringList> countedReturns;
    QStringList deleted;
    QString nextCursor;
    bool hasMore = false;
};

/// True for "application/json" with optional parameters such as "; charset=utf-8".
bool isJsonContentType(QByteArrayView contentType);

/// {"<key>":[...]} ("returns" or "events") from compact JSON payloads as stored in the outbox.
QByteArray batchBody(QByteArrayView key, const std::vector<QByteArray> &payloads);

/// {"results":[{"id","status","reason"}...]}, the reply to both batch endpoints.
Parsed<std::vector<ItemResult>> parseItemResults(const QByteArray &body);
/// A page that breaks the contract anywhere (an order missing a field, a wrong type, more orders than
/// @p limit asked for when it is positive) fails whole, with the path of the first violation
/// ("orders[3] RK-9: lines[0].unitPrice: missing"): the kiosk applies nothing of it, cursor included.
Parsed<ChangesPage> parseChangesPage(const QByteArray &body, int limit = 0);
/// The "commands" array of the heartbeat reply; each command is an object with a string "type".
Parsed<QJsonArray> parseHeartbeatReply(const QByteArray &body);
/// The reply to GET /v1/orders/{id}: one order, validated, and it must be the one asked for. With
/// @p countedReturns, also the returns its quantityReturned figures count ("returnIds").
Parsed<Order> parseOrderReply(
    const QByteArray &body, const QString &orderId, QStringList *countedReturns = nullptr);

/// The reply to POST /v1/enrol: a device token (the older form) or, for a request with a CSR, the
/// kiosk's client certificate and its store configuration. The one place its fields are read.
struct Enrolment
{
    QString kioskId;
    QString deviceToken; ///< printable ASCII without spaces: it goes into a header; empty with a certificate
    QByteArray certificate; ///< PEM, signed by the backend's kiosk CA; empty for a token enrolment
    std::optional<StoreConfig> store; ///< always there with a certificate
};
/// @p kioskId may be empty (the backend names the kiosk); @p csr (PEM) asks for a client certificate.
QByteArray enrolBody(const QString &code, const QString &kioskId, const QByteArray &csr = {});
Parsed<Enrolment> parseEnrolReply(const QByteArray &body);

/// "code: message" from an error body, or empty when the body is not a well-formed error.
QString errorSummary(const QByteArray &body);
/// How a reply that is not a success reads in a log or a status: "HTTP 503 (code: message)", or
/// "HTTP 503" when the body is not a well-formed error.
QString statusError(int status, const QByteArray &body);

/// The delay a Retry-After header asks for: delta-seconds or an HTTP-date (relative to now).
/// Dates in the past give zero; anything unparsable gives nullopt.
std::optional<std::chrono::seconds> parseRetryAfter(QByteArrayView value, const QDateTime &now);

} // namespace SyncProtocol
} // namespace kiosk
