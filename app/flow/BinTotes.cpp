#include "BinTotes.h"

#include "Clock.h"
#include "ReceiptBuilder.h"
#include "StaffSignIn.h"
#include "cache/CacheStore.h"
#include "printer/ReceiptPrinter.h"
#include "printer/ReceiptRenderer.h"
#include "sensor/ItemSensor.h"

#include <QJsonArray>
#include <QLocale>
#include <QLoggingCategory>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcTotes, "kiosk.totes")

namespace kiosk {

BinTotes::BinTotes(Journal &journal, CacheStore &cache, drivers::ReceiptPrinter &printer, const Clock &clock,
    const StaffSignIn &signIn, std::vector<drivers::BinSpec> bins, ToteManifestBuilder::Config manifest,
    QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_cache(cache)
    , m_printer(printer)
    , m_clock(clock)
    , m_signIn(signIn)
    , m_bins(std::move(bins))
    , m_builder(manifest)
    , m_kioskId(manifest.kioskId)
    , m_storeZone(manifest.storeZone)
{
    connect(&m_printer, &drivers::ReceiptPrinter::printed, this, [this] { finish(Outcome::Printed); });
    connect(&m_printer, &drivers::ReceiptPrinter::failed, this, [this](drivers::ReceiptPrinter::Fault fault) {
        // Busy answers a print() of ours at once; any other fault ends the job that was printing.
        if (fault != drivers::ReceiptPrinter::Fault::Busy)
            finish(Outcome::PrinterFailed);
    });
}

QString BinTotes::newToteId()
{
    return u"T-"_s + QUuid::createUuid().toString(QUuid::Id128).left(10).toUpper();
}

bool BinTotes::open()
{
    QStringList ids;
    for (const drivers::BinSpec &bin : m_bins)
        ids.append(bin.id);
    const bool opened = m_journal.openTotes(ids, &BinTotes::newToteId, m_clock.now());
    if (!opened)
        qCCritical(lcTotes).noquote() << "cannot open the bins' totes:" << m_journal.lastError();
    refresh();
    return opened;
}

void BinTotes::watch(drivers::ItemSensor &scale)
{
    m_scale = &scale;
    connect(&scale, &drivers::ItemSensor::reading, this, [this](int, bool stable) {
        if (stable)
            refresh();
    });
    refresh();
}

const drivers::BinSpec *BinTotes::spec(const QString &bin) const
{
    for (const drivers::BinSpec &b : m_bins)
        if (b.id == bin)
            return &b;
    return nullptr;
}

bool BinTotes::isFull(const Journal::Tote &tote) const
{
    const drivers::BinSpec *bin = spec(tote.bin);
    if (!bin)
        return false; // a bin no longer in the profile: nothing drops into it
    // One scale weighs what is under the chute: the first bin's.
    const bool weighed = m_scale && bin == &m_bins.front() && bin->capacityGrams > 0;
    return (bin->capacityItems > 0 && tote.items >= bin->capacityItems)
        || (weighed && m_scale->grams() >= bin->capacityGrams);
}

void BinTotes::refresh()
{
    m_open = m_journal.openTotesNow();
    m_closed = m_journal.closedTotes(ClosedShown);
    const bool full
        = std::any_of(m_open.begin(), m_open.end(), [this](const Journal::Tote &t) { return isFull(t); });
    Q_EMIT changed();
    if (full != m_full) {
        m_full = full;
        qCInfo(lcTotes) << (full ? "a bin is full" : "no bin is full");
        Q_EMIT fullChanged(full);
    }
}

QVariantList BinTotes::bins() const
{
    QVariantList list;
    for (const Journal::Tote &tote : m_open) {
        const drivers::BinSpec *bin = spec(tote.bin);
        if (!bin)
            continue;
        const bool full = isFull(tote);
        QString state = bin->capacityItems > 0 ? tr("%1 of %2 items").arg(tote.items).arg(bin->capacityItems)
                                               : tr("%n item(s)", nullptr, tote.items);
        if (m_scale && bin == &m_bins.front() && bin->capacityGrams > 0)
            state += u", "_s
                + tr("%1 of %2 kg")
                      .arg(QLocale().toString(m_scale->grams() / 1000.0, 'f', 1),
                          QLocale().toString(bin->capacityGrams / 1000.0, 'f', 1));
        if (full)
            state = tr("Full (%1): empty it to take returns again").arg(state);
        const auto down = m_chutesDown.constFind(bin->chute);
        if (down != m_chutesDown.cend())
            state = (*down == drivers::ChuteLock::Fault::Offline
                    ? tr("Out of service (%1): chute %2 does not answer. Check its power and cable, "
                         "then run the chute self-test.")
                    : tr("Out of service (%1): chute %2 is jammed. Clear it, then run the chute "
                         "self-test."))
                        .arg(state, bin->chute);
        list.append(QVariantMap { { u"bin"_s, tote.bin }, { u"chute"_s, bin->chute },
            { u"toteId"_s, tote.id }, { u"items"_s, tote.items }, { u"capacity"_s, bin->capacityItems },
            { u"full"_s, full }, { u"outOfService"_s, down != m_chutesDown.cend() }, { u"state"_s, state } });
    }
    return list;
}

QVariantList BinTotes::closed() const
{
    QVariantList list;
    for (const Journal::Tote &tote : m_closed)
        list.append(
            QVariantMap { { u"toteId"_s, tote.id }, { u"bin"_s, tote.bin }, { u"items"_s, tote.items },
                { u"closedAt"_s,
                    QLocale().toString(tote.closedAt.toTimeZone(m_storeZone), QLocale::ShortFormat) } });
    return list;
}

void BinTotes::setChutesDown(const QMap<QString, drivers::ChuteLock::Fault> &down)
{
    m_chutesDown = down;
    Q_EMIT changed();
}

bool BinTotes::emptyBin(const QString &bin)
{
    if (!m_signIn.signedIn())
        return false;
    const auto tote
        = std::find_if(m_open.begin(), m_open.end(), [&](const Journal::Tote &t) { return t.bin == bin; });
    if (tote == m_open.end())
        return false;
    const QDateTime now = m_clock.now();
    const QString next = newToteId();
    QJsonArray items;
    for (const Journal::ToteItem &item : m_journal.toteItems(tote->id))
        items.append(QJsonObject { { u"returnId"_s, item.returnId },
            { u"reference"_s, ReceiptBuilder::shortReference(item.returnId) }, { u"orderId"_s, item.orderId },
            { u"lineNo"_s, item.lineNo }, { u"sku"_s, item.sku }, { u"quantity"_s, item.quantity } });
    const QJsonObject payload { { u"kioskId"_s, m_kioskId }, { u"toteId"_s, tote->id }, { u"bin"_s, bin },
        { u"staffId"_s, m_signIn.staffId() }, { u"openedAt"_s, tote->openedAt.toString(Qt::ISODateWithMs) },
        { u"closedAt"_s, now.toString(Qt::ISODateWithMs) }, { u"itemCount"_s, tote->items },
        { u"items"_s, items }, { u"nextToteId"_s, next } };
    const QString closedId = tote->id;
    if (!m_journal.closeTote(closedId, next, m_signIn.staffId(),
            { QUuid::createUuid().toString(QUuid::WithoutBraces), u"tote.closed"_s, payload, now })) {
        qCCritical(lcTotes).noquote() << "cannot close tote" << closedId << ":" << m_journal.lastError();
        m_outcomeToteId = closedId;
        finish(Outcome::NotRecorded);
        return false;
    }
    qCInfo(lcTotes).noquote() << "tote" << closedId << "of bin" << bin << "closed by" << m_signIn.staffId()
                              << "; tote" << next << "opened";
    refresh();
    Q_EMIT toteClosed(closedId);
    print(closedId);
    return true;
}

bool BinTotes::reprint(const QString &toteId)
{
    if (!m_signIn.signedIn() || !manifest(toteId))
        return false;
    print(toteId);
    return true;
}

void BinTotes::closePreview()
{
    m_previewToteId.clear();
    Q_EMIT messageChanged();
}

std::optional<drivers::Receipt> BinTotes::manifest(const QString &toteId)
{
    const std::optional<Journal::Tote> tote = m_journal.findTote(toteId);
    if (!tote || !tote->closedAt.isValid())
        return std::nullopt;
    std::vector<ToteManifestBuilder::Item> items;
    for (const Journal::ToteItem &item : m_journal.toteItems(toteId)) {
        QString title = item.sku;
        if (const std::optional<Order> order = m_cache.findOrder(item.orderId))
            for (const OrderLine &line : order->lines)
                if (line.lineNo == item.lineNo)
                    title = line.title;
        items.push_back({ item.returnId, item.sku, title, item.quantity });
    }
    const drivers::BinSpec *bin = spec(tote->bin);
    return m_builder.build(*tote, bin && m_bins.size() > 1 ? bin->chute : QString(), items);
}

void BinTotes::print(const QString &toteId)
{
    m_previewToteId = toteId;
    m_outcomeToteId = toteId;
    m_outcome = Outcome::Printing;
    Q_EMIT messageChanged();
    if (m_printer.isBusy()) { // a shopper's receipt: the colleague prints again in a moment
        finish(Outcome::PrinterFailed);
        return;
    }
    m_printer.print(drivers::ReceiptRenderer().escPos(*manifest(toteId)));
}

void BinTotes::finish(Outcome outcome)
{
    if (outcome != Outcome::NotRecorded && m_outcome != Outcome::Printing)
        return; // the printer finished a receipt, not a manifest
    m_outcome = outcome;
    Q_EMIT messageChanged();
}

QString BinTotes::message() const
{
    switch (m_outcome) {
    case Outcome::None:
        break;
    case Outcome::Printing:
        return tr("Printing the manifest of tote %1…").arg(m_outcomeToteId);
    case Outcome::Printed:
        return tr("Tote %1: manifest printed. Put it in the tote and seal it.").arg(m_outcomeToteId);
    case Outcome::PrinterFailed:
        return tr(
            "Tote %1 is closed and recorded, but its manifest did not print. Check the printer's paper, "
            "then print it again.")
            .arg(m_outcomeToteId);
    case Outcome::NotRecorded:
        return tr("Tote %1 couldn't be closed, so nothing changed. Please try again.").arg(m_outcomeToteId);
    }
    return {};
}

} // namespace kiosk
