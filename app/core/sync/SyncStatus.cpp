#include "SyncStatus.h"

using namespace Qt::Literals::StringLiterals;

namespace kiosk {

namespace {
QJsonValue timeJson(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}
} // namespace

QJsonObject SyncStatus::toJson() const
{
    return QJsonObject {
        { u"online"_s, online },
        { u"lastSuccess"_s, timeJson(lastSuccess) },
        { u"lastAttempt"_s, timeJson(lastAttempt) },
        { u"nextAttempt"_s, timeJson(nextAttempt) },
        { u"queueDepth"_s, queueDepth },
        { u"oldestPending"_s, timeJson(oldestPending) },
        { u"deadLetters"_s, deadLetters },
        { u"lastError"_s, lastError.isEmpty() ? QJsonValue() : QJsonValue(lastError) },
        { u"lastOrderPull"_s, timeJson(lastOrderPull) },
        { u"storageError"_s, storageError.isEmpty() ? QJsonValue() : QJsonValue(storageError) },
        { u"storageFault"_s, storageFault.isEmpty() ? QJsonValue() : QJsonValue(storageFault) },
        { u"lastPullOrders"_s, lastPullOrders },
        { u"lastPullDeleted"_s, lastPullDeleted },
        { u"lastPushReturns"_s, lastPushReturns },
        { u"lastPushRejected"_s, lastPushRejected },
    };
}

} // namespace kiosk
