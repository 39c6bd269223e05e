#include "SyncProtocol.h"

#include "cache/OrderJson.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace kiosk::SyncProtocol {

namespace {

constexpr qsizetype MaxIdLength = 128;
constexpr qsizetype MaxReasonLength = 1024;
constexpr qsizetype MaxCursorLength = 1024;
constexpr qsizetype MaxTokenLength = 512;
constexpr qsizetype MaxCertificateLength = 16 * 1024;

template<typename T> Parsed<T> failed(const QString &error)
{
    return { std::nullopt, error };
}

std::optional<QJsonObject> topLevelObject(const QByteArray &body, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = u"malformed JSON at offset %1: %2"_s.arg(parseError.offset).arg(parseError.errorString());
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = u"the reply is not a JSON object"_s;
        return std::nullopt;
    }
    return doc.object();
}

bool isShortString(const QJsonValue &value, qsizetype maxLength)
{
    return value.isString() && value.toString().size() <= maxLength;
}

} // namespace

bool isJsonContentType(QByteArrayView contentType)
{
    const qsizetype semicolon = contentType.indexOf(';');
    const QByteArrayView mediaType = (semicolon < 0 ? contentType : contentType.first(semicolon)).trimmed();
    return mediaType.compare("application/json", Qt::CaseInsensitive) == 0;
}

QByteArray batchBody(QByteArrayView key, const std::vector<QByteArray> &payloads)
{
    qsizetype size = 16 + key.size();
    for (const auto &payload : payloads)
        size += payload.size() + 1;
    QByteArray body;
    body.reserve(size);
    body.append("{\"").append(key).append("\":[");
    for (std::size_t i = 0; i < payloads.size(); ++i) {
        if (i > 0)
            body.append(',');
        body.append(payloads[i]);
    }
    body.append("]}");
    return body;
}

Parsed<std::vector<ItemResult>> parseItemResults(const QByteArray &body)
{
    QString error;
    const auto object = topLevelObject(body, &error);
    if (!object)
        return failed<std::vector<ItemResult>>(error);
    const QJsonValue results = object->value("results"_L1);
    if (!results.isArray())
        return failed<std::vector<ItemResult>>(u"\"results\" is not an array"_s);
    std::vector<ItemResult> parsed;
    const QJsonArray array = results.toArray();
    parsed.reserve(std::size_t(array.size()));
    for (qsizetype i = 0; i < array.size(); ++i) {
        const auto where = u"results[%1]"_s.arg(i);
        if (!array[i].isObject())
            return failed<std::vector<ItemResult>>(where + u" is not an object"_s);
        const QJsonObject item = array[i].toObject();
        const QJsonValue id = item.value("id"_L1);
        if (!isShortString(id, MaxIdLength) || id.toString().isEmpty())
            return failed<std::vector<ItemResult>>(where + u".id is not a short non-empty string"_s);
        const QJsonValue status = item.value("status"_L1);
        ItemResult result;
        result.id = id.toString();
        if (status == "accepted"_L1)
            result.status = ItemStatus::Accepted;
        else if (status == "duplicate"_L1)
            result.status = ItemStatus::Duplicate;
        else if (status == "rejected"_L1)
            result.status = ItemStatus::Rejected;
        else
            return failed<std::vector<ItemResult>>(where + u".status is not accepted/duplicate/rejected"_s);
        const QJsonValue reason = item.value("reason"_L1);
        if (!reason.isUndefined() && !reason.isNull()) {
            if (!isShortString(reason, MaxReasonLength))
                return failed<std::vector<ItemResult>>(where + u".reason is not a short string"_s);
            result.reason = reason.toString();
        }
        if (result.status == ItemStatus::Rejected && result.reason.isEmpty())
            return failed<std::vector<ItemResult>>(where + u" is rejected without a reason"_s);
        parsed.push_back(std::move(result));
    }
    return { std::move(parsed), {} };
}

Parsed<ChangesPage> parseChangesPage(const QByteArray &body, int limit)
{
    QString error;
    const auto object = topLevelObject(body, &error);
    if (!object)
        return failed<ChangesPage>(error);
    const QJsonValue orders = object->value("orders"_L1);
    const QJsonValue deleted = object->value("deleted"_L1);
    const QJsonValue nextCursor = object->value("nextCursor"_L1);
    const QJsonValue hasMore = object->value("hasMore"_L1);
    if (!orders.isArray() || !deleted.isArray())
        return failed<ChangesPage>(u"\"orders\" and \"deleted\" must be arrays"_s);
    if (!isShortString(nextCursor, MaxCursorLength) || nextCursor.toString().isEmpty())
        return failed<ChangesPage>(u"\"nextCursor\" is not a short non-empty string"_s);
    if (!hasMore.isBool())
        return failed<ChangesPage>(u"\"hasMore\" is not a boolean"_s);
    ChangesPage page;
    page.nextCursor = nextCursor.toString();
    page.hasMore = hasMore.toBool();
    const QJsonArray deletedArray = deleted.toArray();
    for (qsizetype i = 0; i < deletedArray.size(); ++i) {
        if (!isShortString(deletedArray[i], MaxIdLength) || deletedArray[i].toString().isEmpty())
            return failed<ChangesPage>(u"deleted[%1] is not a short non-empty string"_s.arg(i));
        page.deleted.append(deletedArray[i].toString());
    }
    const QJsonArray orderArray = orders.toArray();
    if (limit > 0 && orderArray.size() > limit)
        return failed<ChangesPage>(
            u"orders: %1 orders in a page of at most %2 asked for"_s.arg(orderArray.size()).arg(limit));
    page.orders.reserve(std::size_t(orderArray.size()));
    for (qsizetype i = 0; i < orderArray.size(); ++i) {
        if (!orderArray[i].isObject())
            return failed<ChangesPage>(u"orders[%1] is not an object"_s.arg(i));
        auto order = OrderJson::fromJson(orderArray[i].toObject());
        if (!order.order)
            return failed<ChangesPage>(u"orders[%1] %2: %3"_s.arg(i).arg(
                orderArray[i].toObject().value("id"_L1).toString(), order.error));
        if (!order.countedReturns.isEmpty())
            page.countedReturns.insert(order.order->id, order.countedReturns);
        page.orders.push_back(std::move(*order.order));
    }
    return { std::move(page), {} };
}

Parsed<Order> parseOrderReply(const QByteArray &body, const QString &orderId, QStringList *countedReturns)
{
    QString error;
    const auto object = topLevelObject(body, &error);
    if (!object)
        return failed<Order>(error);
    auto parsed = OrderJson::fromJson(*object);
    if (!parsed.order)
        return failed<Order>(u"invalid order: "_s + parsed.error);
    if (parsed.order->id != orderId)
        return failed<Order>(u"asked for order %1, got %2"_s.arg(orderId, parsed.order->id));
    if (countedReturns)
        *countedReturns = parsed.countedReturns;
    return { std::move(*parsed.order), {} };
}

QByteArray enrolBody(const QString &code, const QString &kioskId, const QByteArray &csr)
{
    QJsonObject body { { "code"_L1, code } };
    if (!kioskId.isEmpty())
        body.insert("kioskId"_L1, kioskId);
    if (!csr.isEmpty())
        body.insert("csr"_L1, QString::fromLatin1(csr));
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

Parsed<Enrolment> parseEnrolReply(const QByteArray &body)
{
    QString error;
    const auto object = topLevelObject(body, &error);
    if (!object)
        return failed<Enrolment>(error);
    const QJsonValue kioskId = object->value("kioskId"_L1);
    if (!isShortString(kioskId, MaxIdLength) || kioskId.toString().isEmpty())
        return failed<Enrolment>(u"\"kioskId\" is not a short non-empty string"_s);
    Enrolment enrolment { kioskId.toString(), {}, {}, {} };
    const QJsonValue certificate = object->value("certificate"_L1);
    if (!certificate.isUndefined()) {
        if (!isShortString(certificate, MaxCertificateLength)
            || !certificate.toString().startsWith(u"-----BEGIN CERTIFICATE-----"_s))
            return failed<Enrolment>(u"\"certificate\" is not a PEM certificate"_s);
        enrolment.certificate = certificate.toString().toLatin1();
        if (!object->value("store"_L1).isObject())
            return failed<Enrolment>(u"\"store\" is missing: the backend sent no store configuration"_s);
        StoreConfig::Parsed store = StoreConfig::fromJson(object->value("store"_L1).toObject());
        if (!store.store)
            return failed<Enrolment>(store.error);
        enrolment.store = std::move(store.store);
        return { std::move(enrolment), {} };
    }
    const QJsonValue token = object->value("deviceToken"_L1);
    if (!isShortString(token, MaxTokenLength) || token.toString().isEmpty())
        return failed<Enrolment>(u"\"deviceToken\" is not a short non-empty string"_s);
    const QString tokenText = token.toString();
    if (std::any_of(tokenText.begin(), tokenText.end(), [](QChar c) { return c <= u' ' || c > u'~'; }))
        return failed<Enrolment>(u"\"deviceToken\" has characters a header cannot carry"_s);
    enrolment.deviceToken = tokenText;
    return { std::move(enrolment), {} };
}

Parsed<QJsonArray> parseHeartbeatReply(const QByteArray &body)
{
    QString error;
    const auto object = topLevelObject(body, &error);
    if (!object)
        return failed<QJsonArray>(error);
    const QJsonValue commands = object->value("commands"_L1);
    if (!commands.isArray())
        return failed<QJsonArray>(u"\"commands\" is not an array"_s);
    const QJsonArray array = commands.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array[i].isObject() || !isShortString(array[i].toObject().value("type"_L1), MaxIdLength))
            return failed<QJsonArray>(u"commands[%1] has no string \"type\""_s.arg(i));
    }
    return { array, {} };
}

QString errorSummary(const QByteArray &body)
{
    QString ignored;
    const auto object = topLevelObject(body, &ignored);
    if (!object)
        return {};
    const QJsonObject error = object->value("error"_L1).toObject();
    const QJsonValue code = error.value("code"_L1);
    const QJsonValue message = error.value("message"_L1);
    if (!isShortString(code, MaxIdLength) || !isShortString(message, MaxReasonLength))
        return {};
    return code.toString() + u": "_s + message.toString();
}

QString statusError(int status, const QByteArray &body)
{
    const QString summary = errorSummary(body);
    return summary.isEmpty() ? u"HTTP %1"_s.arg(status) : u"HTTP %1 (%2)"_s.arg(status).arg(summary);
}

std::optional<std::chrono::seconds> parseRetryAfter(QByteArrayView value, const QDateTime &now)
{
    const QByteArrayView trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    if (std::all_of(trimmed.begin(), trimmed.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        if (trimmed.size() > 9) // more than 30 years: absurd, but still "a long time"
            return std::chrono::seconds(999'999'999);
        return std::chrono::seconds(trimmed.toLongLong());
    }
    // IMF-fixdate, the only HTTP-date form senders may generate (RFC 9110 5.6.7).
    const QDateTime parsed
        = QLocale::c().toDateTime(QString::fromLatin1(trimmed), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
    if (!parsed.isValid())
        return std::nullopt;
    const QDateTime when(parsed.date(), parsed.time(), Qt::UTC);
    const qint64 seconds = now.secsTo(when);
    return std::chrono::seconds(std::max<qint64>(seconds, 0));
}

} // namespace kiosk::SyncProtocol
