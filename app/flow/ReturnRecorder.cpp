#include "ReturnRecorder.h"

#include "Clock.h"
#include "ReceiptBuilder.h"
#include "cache/CacheStore.h"
#include "domain/ReturnRecord.h"
#include "journal/Journal.h"
#include "printer/ReceiptPrinter.h"
#include "printer/ReceiptRenderer.h"

#include <QLoggingCategory>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcRecorder, "kiosk.recorder")

namespace kiosk {

namespace {
QString recordResolution(Resolution resolution)
{
    switch (resolution) {
    case Resolution::StoreCredit:
        return u"store_credit"_s;
    case Resolution::Exchange:
        return u"exchange"_s;
    case Resolution::RefundToOriginal:
        break;
    }
    return u"refund"_s;
}
} // namespace

ReturnRecorder::ReturnRecorder(CacheStore &cache, Journal &journal, drivers::ReceiptPrinter &printer,
    const Clock &clock, Config config, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_journal(journal)
    , m_printer(printer)
    , m_clock(clock)
    , m_config(std::move(config))
{
    connect(&m_printer, &drivers::ReceiptPrinter::printed, this, [this] { onPrinted(true); });
    connect(&m_printer, &drivers::ReceiptPrinter::failed, this, [this](drivers::ReceiptPrinter::Fault fault) {
        if (fault != drivers::ReceiptPrinter::Fault::Busy)
            onPrinted(false);
    });
}

ReturnRecord ReturnRecorder::build(const ReturnOffer &offer, const Part &part) const
{
    const Resolution resolution = offer.resolution().value_or(Resolution::RefundToOriginal);
    ReturnRecord record;
    record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    record.kioskId = m_config.kioskId;
    record.orderId = offer.orderId();
    record.createdAt = m_clock.now();
    record.resolution = recordResolution(resolution);
    record.currency = offer.currency();
    record.tokenId = part.tokenId;
    record.policyId = offer.policyId();
    record.policyVersion = offer.policyVersion();
    for (const ReturnOffer::Line &line : offer.lines()) {
        if (!line.goesBack())
            continue;
        int from = 0;
        int units = 0;
        if (line.decision.keepIt) {
            units = part.withKeptItems ? line.quantity() : 0;
        } else {
            from = m_unitsRecorded.value(line.lineNo());
            for (const auto &[lineNo, count] : part.dropped)
                if (lineNo == line.lineNo())
                    units += count;
        }
        if (units == 0)
            continue;
        const ReturnOffer::Figures f = line.unitsFigures(from, from + units);
        const bool credit = resolution == Resolution::StoreCredit;
        record.items.push_back({ line.lineNo(), line.sku, units, line.decision.returnReason,
            f.amount(resolution), part.exchangeSkus.value(line.lineNo()), f.fee, credit ? f.bonus : 0,
            line.decision.keepIt, line.decision.bin });
    }
    return record;
}

bool ReturnRecorder::record(const ReturnOffer &offer, const Order &order, const Part &part)
{
    const ReturnRecord record = build(offer, part);
    if (record.items.empty())
        return true; // nothing (more) went in
    if (!m_journal.recordReturn(record)) {
        m_error = m_journal.lastError();
        qCCritical(lcRecorder).noquote() << "could not record return:" << m_error;
        return false;
    }
    qCInfo(lcRecorder) << "recorded return" << record.id << "with" << record.items.size() << "lines";
    for (const ReturnItem &item : record.items)
        if (!item.keepIt)
            m_unitsRecorded[item.lineNo] += item.quantity;
    m_keptRecorded = m_keptRecorded || part.withKeptItems;
    // The cache remembers it for customer and offline limits; it is rebuilt from the backend if lost.
    m_cache.recordReturn({ record.id, order.customerRef, record.orderId, record.createdAt,
        record.refundTotal(), !part.online });
    m_lastReturnId = record.id;
    m_references.append(ReceiptBuilder::shortReference(record.id));
    m_recordedTotal += record.refundTotal();
    Q_EMIT recorded(record.id);

    ReceiptBuilder builder({ m_config.retailerName, {}, m_config.eReceiptBase, m_config.storeZone });
    m_receiptPrinted = false;
    m_receiptUrl = m_config.eReceiptBase.isEmpty() ? QString() : builder.eReceiptUrl(record.id).toString();
    m_printing = true;
    Q_EMIT receiptChanged();
    m_printer.print(drivers::ReceiptRenderer().escPos(builder.build(record, order)));
    return true;
}

void ReturnRecorder::onPrinted(bool printed)
{
    if (!m_printing)
        return;
    m_printing = false;
    m_receiptPrinted = printed;
    Q_EMIT receiptChanged();
    Q_EMIT printFinished();
}

void ReturnRecorder::clear()
{
    m_error.clear();
    m_unitsRecorded.clear();
    m_keptRecorded = false;
    m_references.clear();
    m_lastReturnId.clear();
    m_recordedTotal = 0;
    m_printing = false;
    m_receiptPrinted = false;
    m_receiptUrl.clear();
    Q_EMIT receiptChanged();
}

} // namespace kiosk
