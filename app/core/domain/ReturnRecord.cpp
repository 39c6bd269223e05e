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
            { u"refund"_s, qint64(item.refund) } };
        if (!item.exchangeSku.isEmpty())
            object.insert(u"exchangeSku"_s, item.exchangeSku);
        itemArray.append(object);
    }
    return QJsonObject { { u"id"_s, id }, { u"kioskId"_s, kioskId }, { u"orderId"_s, orderId },
        { u"createdAt"_s, createdAt.toUTC().toString(Qt::ISODate) }, { u"resolution"_s, resolution },
        { u"currency"_s, currency }, { u"refundTotal"_s, qint64(refundTotal()) }, { u"items"_s, itemArray } };
}

} // namespace kiosk
