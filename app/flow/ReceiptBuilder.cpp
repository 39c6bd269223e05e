#include "ReceiptBuilder.h"

#include "ExchangeChoice.h"

#include "domain/Money.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace kiosk {

ReceiptBuilder::ReceiptBuilder(Config config)
    : m_config(std::move(config))
{ }

QUrl ReceiptBuilder::eReceiptUrl(const QString &returnId) const
{
    QUrl url = m_config.eReceiptBase;
    url.setPath(url.path() + (url.path().endsWith(u'/') ? QString() : u"/"_s) + returnId);
    return url;
}

QString ReceiptBuilder::resolutionText(const QString &resolution)
{
    if (resolution == u"store_credit")
        return tr("Store credit");
    if (resolution == u"exchange")
        return tr("Exchange");
    return tr("Refund to original payment");
}

QString ReceiptBuilder::shortReference(const QString &returnId)
{
    return returnId.left(8).toUpper();
}

drivers::Receipt ReceiptBuilder::build(const ReturnRecord &record, const Order &order) const
{
    drivers::Receipt r;
    r.retailer = m_config.retailerName;
    r.storeLines = m_config.storeLines;
    r.title = tr("Return receipt");
    r.returnIdLabel = tr("Return");
    r.returnId = shortReference(record.id);
    r.dateTime = QLocale().toString(record.createdAt.toTimeZone(m_config.storeZone), QLocale::ShortFormat);
    for (const ReturnItem &item : record.items) {
        QString title = item.sku;
        QString exchangedFor = item.exchangeSku;
        for (const OrderLine &line : order.lines) {
            if (line.lineNo != item.lineNo)
                continue;
            title = line.title;
            for (const OrderLineVariant &variant : line.variants)
                if (variant.sku == item.exchangeSku)
                    exchangedFor = ExchangeChoice::describe(variant.size, variant.colour);
        }
        if (item.quantity > 1)
            title = u"%1 × %2"_s.arg(item.quantity).arg(title);
        // Each item at what it gives back before any bonus; the bonus is a total of its own.
        r.items.append({ title, formatMoney(item.refund - item.bonus, record.currency) });
        if (item.fee > 0)
            r.items.append(
                { tr("  restocking fee %1 taken off").arg(formatMoney(item.fee, record.currency)), {} });
        if (item.keepIt)
            r.items.append({ tr("  keep it: no need to bring it back"), {} });
        if (!exchangedFor.isEmpty())
            r.items.append({ tr("  exchanged for %1").arg(exchangedFor), {} });
    }
    const MinorUnits bonus = record.bonusTotal();
    r.resolution = resolutionText(record.resolution);
    const MinorUnits total = record.refundTotal();
    if (record.resolution == u"store_credit") {
        r.totals.append({ tr("Items"), formatMoney(total - bonus, record.currency) });
        if (bonus > 0)
            r.totals.append({ tr("Store credit bonus"), formatMoney(bonus, record.currency) });
        r.totals.append({ tr("Store credit total"), formatMoney(total, record.currency) });
    } else if (record.resolution == u"exchange") {
        r.totals.append({ tr("Exchange value"), formatMoney(total, record.currency) });
    } else {
        r.totals.append({ tr("Refund total"), formatMoney(total, record.currency) });
    }
    const QUrl url = eReceiptUrl(record.id);
    if (url.isValid() && !m_config.eReceiptBase.isEmpty()) {
        r.qrUrl = url.toString();
        r.qrCaption = tr("Scan for your e-receipt");
    }
    r.footer = { tr("Order %1").arg(order.id), tr("Thank you") };
    return r;
}

} // namespace kiosk
