#pragma once

#include "stock/StockLookup.h"
#include "sync/SyncConfig.h"

#include <memory>

namespace kiosk {

class BackendWorker;

/// Stock from the retailer backend: GET /v1/stock?sku=A,B over the sync configuration's HTTPS
/// (same CA bundle, pins and device token as the sync engine). Requests run on a thread of their own
/// with short timeouts, since a shopper is waiting; any failure answers "unknown" for every sku.
class HttpsStockLookup : public StockLookup
{
    Q_OBJECT
public:
    explicit HttpsStockLookup(SyncConfig config, QObject *parent = nullptr);
    ~HttpsStockLookup() override;

    void request(int requestId, const QStringList &skus) override;

    /// The request path for these skus (percent-encoded, at most MaxSkus).
    static QByteArray path(const QStringList &skus);
    /// The backend's {"stock":[{"sku":..,"available":..}]}; entries that are not well-formed are dropped.
    static QMap<QString, int> parse(const QByteArray &body);

private:
    std::unique_ptr<BackendWorker> m_worker;
};

} // namespace kiosk
