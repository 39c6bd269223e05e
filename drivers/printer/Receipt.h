#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace kiosk::drivers {

/// What a return receipt (or a tote manifest) says, already formatted for the reader's language and
/// currency. The same value becomes the printed ESC/POS receipt and the preview image (ReceiptRenderer).
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
    QString title; ///< "Return receipt", "Tote manifest"
    QString returnIdLabel; ///< "Return", "Tote" (translated)
    QString returnId;
    QString barcode; ///< printed as a Code 128 under the title (a tote id); empty: none
    QString dateTime;
    QList<Line> items;
    QString resolution; ///< "Refund to original payment", "Store credit"
    QList<Line> totals;
    QString qrUrl; ///< the e-receipt
    QString qrCaption;
    QStringList footer;
    QString signatureLabel; ///< "Collected by": a line to sign under it; empty: none
};

} // namespace kiosk::drivers
