#include "ToteManifestBuilder.h"

#include "ReceiptBuilder.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace kiosk {

ToteManifestBuilder::ToteManifestBuilder(Config config)
    : m_config(std::move(config))
{ }

drivers::Receipt ToteManifestBuilder::build(
    const Journal::Tote &tote, const QString &chute, const std::vector<Item> &items) const
{
    const QLocale locale;
    const auto time = [&](const QDateTime &at) {
        return locale.toString(at.toTimeZone(m_config.storeZone), QLocale::ShortFormat);
    };
    drivers::Receipt r;
    r.retailer = m_config.retailerName;
    if (!m_config.storeName.isEmpty())
        r.storeLines.append(m_config.storeName);
    r.storeLines.append(tr("Kiosk %1").arg(m_config.kioskId));
    r.title = tr("Tote manifest");
    r.returnIdLabel = tr("Tote");
    r.returnId = tote.id;
    r.barcode = tote.id;
    r.dateTime = tr("Closed %1").arg(time(tote.closedAt));
    int units = 0;
    for (const Item &item : items) {
        units += item.quantity;
        r.items.append(
            { u"%1 %2 %3"_s.arg(ReceiptBuilder::shortReference(item.returnId), item.sku, item.title),
                u"× %1"_s.arg(item.quantity) });
    }
    r.resolution = chute.isEmpty() ? tr("Bin %1").arg(tote.bin) : tr("Bin %1, chute %2").arg(tote.bin, chute);
    r.totals.append({ tr("Items"), QString::number(units) });
    r.footer = { tr("Opened %1").arg(time(tote.openedAt)) };
    r.signatureLabel = tr("Collected by (name and signature):");
    return r;
}

} // namespace kiosk
