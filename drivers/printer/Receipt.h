#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace kiosk::drivers {

/// What a return receipt says, already formatted for the shopper's language and currency. The
/// same value becomes the printed ESC/POS receipt and the preview image (ReceiptRenderer).
struct Receipt
{
    /// A text on the left and an amount on the right of one receipt line.
    struct Line
    {
        QString text;
        QString amount;
    };

    QString retailer;
    QStringList storeLines; ///< address, store number
    QString title; ///< "Return receipt"
    QString returnIdLabel; ///< "Return" (translated)
    QString returnId;
    QString dateTime;
    QList<Line> items;
    QString resolution; ///< "Refund to original payment", "Store credit"
    QList<Line> totals;
    QString qrUrl; ///< the e-receipt
    QString qrCaption;
    QStringList footer;
};

} // namespace kiosk::drivers
