#include "StockCatalog.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace kiosk::backend {

int StockCatalog::available(const QString &sku)
{
    return quint8(QCryptographicHash::hash(sku.toUtf8(), QCryptographicHash::Sha256).at(0)) % 6;
}

StockCatalog::Answer StockCatalog::answer(const QString &skuParameter)
{
    const QStringList skus = skuParameter.split(u',', Qt::SkipEmptyParts);
    if (skus.isEmpty())
        return { 400, {}, u"invalid_sku"_s, u"sku must name one or more skus, comma-separated"_s };
    if (skus.size() > MaxSkus)
        return { 400, {}, u"too_many_skus"_s, u"at most %1 skus per request"_s.arg(MaxSkus) };
    QJsonArray stock;
    for (const QString &sku : skus) {
        if (sku.size() > 64)
            return { 400, {}, u"invalid_sku"_s, u"a sku is at most 64 characters"_s };
        stock.append(QJsonObject { { u"sku"_s, sku }, { u"available"_s, available(sku) } });
    }
    return { 200, QJsonObject { { u"stock"_s, stock } }, {}, {} };
}

} // namespace kiosk::backend
