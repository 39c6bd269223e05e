#include "FixedStockLookup.h"

#include <QTimer>

namespace kiosk {

void FixedStockLookup::request(int requestId, const QStringList &skus)
{
    ++m_requests;
    QMap<QString, int> answer;
    for (const QString &sku : skus.mid(0, MaxSkus))
        if (m_available.contains(sku))
            answer.insert(sku, m_available.value(sku));
    // Queued like a real look-up: the caller never gets the answer inside request().
    QTimer::singleShot(0, this, [this, requestId, answer] { Q_EMIT answered(requestId, answer); });
}

} // namespace kiosk
