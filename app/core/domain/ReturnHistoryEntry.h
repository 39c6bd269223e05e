#pragma once

#include "domain/Order.h"

#include <QDateTime>
#include <QString>

namespace kiosk {

/// One completed return as remembered by the cache for customer and offline limits: either reported
/// by the backend (any channel) or granted by this kiosk while offline.
struct ReturnHistoryEntry
{
    QString returnId; ///< kiosk- or backend-generated id, unique
    QString customerRef;
    QString orderId;
    QDateTime returnedAt;
    MinorUnits amount = 0;
    bool grantedOffline = false;
};

} // namespace kiosk
