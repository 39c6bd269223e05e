#pragma once

#include "domain/Order.h"
#include "domain/ReturnRecord.h"
#include "printer/Receipt.h"

#include <QCoreApplication>
#include <QTimeZone>
#include <QUrl>

namespace kiosk {

/// Turns a recorded return into the receipt the shopper takes away: retailer header, return id,
/// the items with their refunds, the resolution and totals, and the QR to the e-receipt at
/// <eReceiptBase>/<return id>. Texts in the current translation, amounts and dates in the locale.
class ReceiptBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptBuilder)
public:
    struct Config
    {
        QString retailerName;
        QStringList storeLines;
        QUrl eReceiptBase;
        QTimeZone storeZone = QTimeZone::utc();
    };

    explicit ReceiptBuilder(Config config);

    /// storeCreditBonus: the extra store credit the policy grants, in minor units (0 for none).
    drivers::Receipt build(
        const ReturnRecord &record, const Order &order, MinorUnits storeCreditBonus = 0) const;
    /// The e-receipt link the QR carries.
    QUrl eReceiptUrl(const QString &returnId) const;
    /// "Refund to original payment", "Store credit", "Exchange", in the current language.
    static QString resolutionText(const QString &resolution);

private:
    Config m_config;
};

} // namespace kiosk
