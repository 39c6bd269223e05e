#pragma once

#include "stock/StockLookup.h"

namespace kiosk {

/// Answers from a fixed table: the kiosk without a backend (every sku unknown, so exchanges fall back
/// to the offline rule) and the tests, which set the levels they need.
class FixedStockLookup : public StockLookup
{
    Q_OBJECT
public:
    using StockLookup::StockLookup;

    void setAvailable(const QString &sku, int units) { m_available.insert(sku, units); }
    void request(int requestId, const QStringList &skus) override;
    int requestCount() const { return m_requests; }

private:
    QMap<QString, int> m_available;
    int m_requests = 0;
};

} // namespace kiosk
