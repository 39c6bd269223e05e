#include "FaultInjector.h"

#include "ReturnValidator.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace kiosk::backend {

namespace {

bool readInt(
    const QJsonObject &json, QLatin1StringView key, int minimum, int maximum, int *out, QString *error)
{
    if (!json.contains(key))
        return true;
    const auto value = ReturnValidator::exactInteger(json.value(key));
    if (!value || *value < minimum || *value > maximum) {
        *error = u"%1 must be an integer from %2 to %3"_s.arg(key).arg(minimum).arg(maximum);
        return false;
    }
    *out = int(*value);
    return true;
}

bool readBool(const QJsonObject &json, QLatin1StringView key, bool *out, QString *error)
{
    if (!json.contains(key))
        return true;
    if (!json.value(key).isBool()) {
        *error = u"%1 must be a boolean"_s.arg(key);
        return false;
    }
    *out = json.value(key).toBool();
    return true;
}

} // namespace

bool FaultInjector::fromJson(const QJsonObject &json, Plan *plan, QString *error)
{
    static const QStringList known { u"delayMs"_s, u"status"_s, u"retryAfter"_s, u"dropAfterCommit"_s,
        u"truncateBody"_s, u"wrongContentType"_s, u"count"_s, u"endpoints"_s };
    for (const QString &key : json.keys()) {
        if (!known.contains(key)) {
            *error = u"unknown fault %1"_s.arg(key);
            return false;
        }
    }
    Plan parsed;
    if (!readInt(json, "delayMs"_L1, 0, 600000, &parsed.delayMs, error)
        || !readInt(json, "status"_L1, 0, 599, &parsed.status, error)
        || !readInt(json, "retryAfter"_L1, -1, 86400, &parsed.retryAfterSeconds, error)
        || !readInt(json, "count"_L1, -1, 1000000, &parsed.remaining, error)
        || !readBool(json, "dropAfterCommit"_L1, &parsed.dropAfterCommit, error)
        || !readBool(json, "truncateBody"_L1, &parsed.truncateBody, error)
        || !readBool(json, "wrongContentType"_L1, &parsed.wrongContentType, error))
        return false;
    if (parsed.status != 0 && parsed.status < 400) {
        *error = u"status must be 0 or an HTTP error status"_s;
        return false;
    }
    if (parsed.remaining == 0) {
        *error = u"count must be positive, or -1 for unlimited"_s;
        return false;
    }
    const QJsonValue endpoints = json.value("endpoints"_L1);
    if (!endpoints.isUndefined() && !endpoints.isArray()) {
        *error = u"endpoints must be an array of endpoint names"_s;
        return false;
    }
    for (const QJsonValue &name : endpoints.toArray()) {
        if (!name.isString()) {
            *error = u"endpoints must be an array of endpoint names"_s;
            return false;
        }
        parsed.endpoints.append(name.toString());
    }
    *plan = parsed;
    return true;
}

QJsonObject FaultInjector::toJson(const Plan &plan)
{
    return QJsonObject {
        { "delayMs"_L1, plan.delayMs },
        { "status"_L1, plan.status },
        { "retryAfter"_L1, plan.retryAfterSeconds },
        { "dropAfterCommit"_L1, plan.dropAfterCommit },
        { "truncateBody"_L1, plan.truncateBody },
        { "wrongContentType"_L1, plan.wrongContentType },
        { "count"_L1, plan.remaining },
        { "endpoints"_L1, QJsonArray::fromStringList(plan.endpoints) },
    };
}

void FaultInjector::set(const Plan &plan)
{
    std::lock_guard lock(m_mutex);
    m_plan = plan;
}

FaultInjector::Plan FaultInjector::current() const
{
    std::lock_guard lock(m_mutex);
    return m_plan;
}

FaultInjector::Plan FaultInjector::take(const QString &endpoint)
{
    std::lock_guard lock(m_mutex);
    if (m_plan.isEmpty() || endpoint.startsWith(u"admin/"_s)
        || (!m_plan.endpoints.isEmpty() && !m_plan.endpoints.contains(endpoint)))
        return {};
    const Plan taken = m_plan;
    if (m_plan.remaining > 0 && --m_plan.remaining == 0)
        m_plan = {};
    return taken;
}

} // namespace kiosk::backend
