#pragma once

#include "offer/ReturnOffer.h"

#include <QMap>
#include <QObject>
#include <QStringList>
#include <QTimeZone>
#include <QUrl>

namespace kiosk {

class CacheStore;
class Clock;
class Journal;
struct ReturnRecord;
namespace drivers {
class ReceiptPrinter;
} // namespace drivers

/// Records the offer the shopper accepted: the units that went into the bin, and the items they keep,
/// each with its share of the offer's figures, go into the journal (with their outbox row) before the
/// shopper is told it is done; then the receipt prints. A fault may split a drop-off: each part is its
/// own return, and the parts add up to the offer to the cent.
class ReturnRecorder : public QObject
{
    Q_OBJECT
public:
    struct Config
    {
        QString kioskId;
        QString retailerName;
        QUrl eReceiptBase; ///< the receipt's QR links to <eReceiptBase>/<return id>
        QTimeZone storeZone = QTimeZone::utc();
    };
    /// One part of the return: what went in since the last part, and whether the kept items go with it.
    struct Part
    {
        std::vector<std::pair<int, int>> dropped; ///< (line number, units)
        bool withKeptItems = false;
        QString tokenId; ///< the return code the session started from
        QMap<int, QString> exchangeSkus; ///< line number -> the size or colour taken instead
        bool online = false;
    };

    ReturnRecorder(CacheStore &cache, Journal &journal, drivers::ReceiptPrinter &printer, const Clock &clock,
        Config config, QObject *parent = nullptr);

    /// Records a part of `offer` and prints its receipt. False when the journal refused: nothing was
    /// written, and lastError() says why.
    bool record(const ReturnOffer &offer, const Order &order, const Part &part);
    /// Forgets the session's returns (the next shopper starts at nothing).
    void clear();
    QString lastError() const { return m_error; }

    /// Every return recorded this session, by its short reference.
    QStringList references() const { return m_references; }
    QString lastReturnId() const { return m_lastReturnId; }
    bool hasRecorded() const { return !m_lastReturnId.isEmpty(); }
    /// What all of them give back together, in minor units.
    MinorUnits recordedTotal() const { return m_recordedTotal; }
    bool keptItemsRecorded() const { return m_keptRecorded; }
    bool receiptPrinted() const { return m_receiptPrinted; }
    QString receiptUrl() const { return m_receiptUrl; }

Q_SIGNALS:
    void recorded(const QString &returnId);
    void receiptChanged();
    /// The printer finished the last receipt (printed or not).
    void printFinished();

private:
    ReturnRecord build(const ReturnOffer &offer, const Part &part) const;
    void onPrinted(bool printed);

    CacheStore &m_cache;
    Journal &m_journal;
    drivers::ReceiptPrinter &m_printer;
    const Clock &m_clock;
    Config m_config;
    QString m_error;
    QMap<int, int> m_unitsRecorded; ///< per line, units already in an earlier part
    bool m_keptRecorded = false;
    QStringList m_references;
    QString m_lastReturnId;
    MinorUnits m_recordedTotal = 0;
    bool m_printing = false;
    bool m_receiptPrinted = false;
    QString m_receiptUrl;
};

} // namespace kiosk
