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

    /// A store-credit record's items carry the credit given, bonus included (ReturnItem::bonus says how
    /// much): the receipt shows each item at its value, the bonus once and the total the record holds.
    drivers::Receipt build(const ReturnRecord &record, const Order &order) const;
    /// What the receipt and the done screen call a return: its id's first 8 characters, upper case.
    static QString shortReference(const QString &returnId);
    /// The e-receipt link the QR carries.
    QUrl eReceiptUrl(const QString &returnId) const;
    /// "Refund to original payment", "Store credit", "Exchange", in the current language.
    static QString resolutionText(const QString &resolution);

private:
    Config m_config;
};

} // namespace kiosk
