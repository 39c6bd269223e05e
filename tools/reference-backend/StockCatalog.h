#pragma once

#include <QJsonObject>
#include <QString>

namespace kiosk::backend {

/// The store's stock as the reference backend reports it for GET /v1/stock: a deterministic number of
/// units (0 to 5, about one sku in six out of stock) derived from the sku, the same on every run.
class StockCatalog
{
public:
    static constexpr int MaxSkus = 20;

    static int available(const QString &sku);

    struct Answer
    {
        int status = 200;
        QJsonObject stock; ///< {"stock":[{"sku":..,"available":..}]} when status is 200
        QString errorCode; ///< otherwise, for the protocol's error object
        QString errorMessage;
    };
    /// The answer to `?sku=A,B,C` (the raw, already percent-decoded parameter).
    static Answer answer(const QString &skuParameter);
};

} // namespace kiosk::backend
