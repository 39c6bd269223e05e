#include "ReturnValidator.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace kiosk::backend {

namespace {

constexpr qsizetype MaxTextLength = 128;
constexpr qsizetype MaxItems = 100;
constexpr double MaxExactInteger = 9007199254740992.0; // 2^53

QString requireText(const QJsonObject &obj, QLatin1StringView key)
{
    const QJsonValue value = obj.value(key);
    if (!value.isString())
        return u"%1 is missing or not a string"_s.arg(key);
    const QString text = value.toString();
    if (text.trimmed().isEmpty())
        return u"%1 is empty"_s.arg(key);
    if (text.size() > MaxTextLength)
        return u"%1 is longer than %2 characters"_s.arg(key).arg(MaxTextLength);
    return {};
}

QString requireInteger(const QJsonObject &obj, QLatin1StringView key, qint64 minimum)
{
    const auto value = ReturnValidator::exactInteger(obj.value(key));
    if (!value)
        return u"%1 is missing or not an integer"_s.arg(key);
    if (*value < minimum)
        return u"%1 must be at least %2"_s.arg(key).arg(minimum);
    return {};
}

QString itemProblem(const QJsonValue &value, int index)
{
    if (!value.isObject())
        return u"items[%1] is not an object"_s.arg(index);
    const QJsonObject item = value.toObject();
    QString problem = requireInteger(item, "lineNo"_L1, 1);
    if (problem.isEmpty())
        problem = requireText(item, "sku"_L1);
    if (problem.isEmpty())
        problem = requireInteger(item, "quantity"_L1, 1);
    if (problem.isEmpty())
        problem = requireText(item, "reason"_L1);
    if (problem.isEmpty())
        problem = requireInteger(item, "refund"_L1, 0);
    return problem.isEmpty() ? QString() : u"items[%1]: %2"_s.arg(index).arg(problem);
}

} // namespace

bool ReturnValidator::isUuid(const QString &text)
{
    static const QRegularExpression pattern(
        u"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"_s);
    return pattern.match(text).hasMatch();
}

std::optional<qint64> ReturnValidator::exactInteger(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (!std::isfinite(d) || std::trunc(d) != d || std::fabs(d) > MaxExactInteger)
        return std::nullopt;
    return qint64(d);
}

QString ReturnValidator::returnProblem(const QJsonObject &ret)
{
    if (!ret.value("id"_L1).isString() || !isUuid(ret.value("id"_L1).toString()))
        return u"id is missing or not a UUID"_s;
    for (const auto key : { "kioskId"_L1, "orderId"_L1, "createdAt"_L1, "resolution"_L1, "currency"_L1 }) {
        if (QString problem = requireText(ret, key); !problem.isEmpty())
            return problem;
    }
    const QDateTime createdAt
        = QDateTime::fromString(ret.value("createdAt"_L1).toString(), Qt::ISODateWithMs);
    if (!createdAt.isValid() || createdAt.timeSpec() == Qt::LocalTime)
        return u"createdAt is not an ISO 8601 time with a UTC offset"_s;
    static const QStringList resolutions { u"refund"_s, u"store_credit"_s, u"exchange"_s };
    if (!resolutions.contains(ret.value("resolution"_L1).toString()))
        return u"resolution must be one of %1"_s.arg(resolutions.join(u", "_s));
    static const QRegularExpression currencyPattern(u"^[A-Z]{3}$"_s);
    if (!currencyPattern.match(ret.value("currency"_L1).toString()).hasMatch())
        return u"currency is not an ISO 4217 code"_s;
    if (QString problem = requireInteger(ret, "refundTotal"_L1, 0); !problem.isEmpty())
        return problem;

    const QJsonValue itemsValue = ret.value("items"_L1);
    if (!itemsValue.isArray() || itemsValue.toArray().isEmpty())
        return u"items is missing or empty"_s;
    const QJsonArray items = itemsValue.toArray();
    if (items.size() > MaxItems)
        return u"more than %1 items"_s.arg(MaxItems);
    qint64 refundSum = 0;
    for (int i = 0; i < items.size(); ++i) {
        if (QString problem = itemProblem(items.at(i), i); !problem.isEmpty())
            return problem;
        refundSum += *exactInteger(items.at(i).toObject().value("refund"_L1));
    }
    if (refundSum != *exactInteger(ret.value("refundTotal"_L1)))
        return u"refundTotal is not the sum of the items' refunds"_s;
    return {};
}

QString ReturnValidator::eventProblem(const QJsonObject &event)
{
    if (!event.value("id"_L1).isString() || !isUuid(event.value("id"_L1).toString()))
        return u"id is missing or not a UUID"_s;
    static const QRegularExpression typePattern(u"^[a-z][a-z0-9_.]{0,63}$"_s);
    if (!typePattern.match(event.value("type"_L1).toString()).hasMatch())
        return u"type is missing or not a lower-case identifier"_s;
    if (!event.value("payload"_L1).isObject())
        return u"payload is missing or not an object"_s;
    return {};
}

} // namespace kiosk::backend
