#include "ReturnRecord.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace kiosk {

QJsonObject ReturnRecord::toJson() const
{
    QJsonArray itemArray;
    for (const ReturnItem &item : items) {
        QJsonObject object { { u"lineNo"_s, item.lineNo }, { u"sku"_s, item.sku },
            { u"quantity"_s, item.quantity }, { u"reason"_s, item.reason },
            { u"refund"_s, qint64(item.refund) }, { u"restockingFee"_s, qint64(item.fee) },
            { u"bonus"_s, qint64(item.bonus) }, { u"keepIt"_s, item.keepIt } };
        if (!item.exchangeSku.isEmpty())
            object.insert(u"exchangeSku"_s, item.exchangeSku);
        if (!item.bin.isEmpty())
            object.insert(u"bin"_s, item.bin);
        itemArray.append(object);
    }
    QJsonObject json { { u"id"_s, id }, { u"kioskId"_s, kioskId }, { u"orderId"_s, orderId },
        { u"createdAt"_s, createdAt.toUTC().toString(Qt::ISODate) }, { u"resolution"_s, resolution },
        { u"currency"_s, currency }, { u"refundTotal"_s, qint64(refundTotal()) },
        { u"restockingFeeTotal"_s, qint64(feeTotal()) }, { u"bonusTotal"_s, qint64(bonusTotal()) },
        { u"items"_s, itemArray } };
    if (!policyId.isEmpty())
        json.insert(u"policy"_s, QJsonObject { { u"id"_s, policyId }, { u"version"_s, policyVersion } });
    if (!tokenId.isEmpty())
        json.insert(u"tokenId"_s, tokenId);
    return json;
}

} // namespace kiosk
