#include "ReturnSession.h"

#include "Clock.h"
#include "ReturnFlow.h"
#include "cache/CacheStore.h"
#include "domain/Money.h"
#include "domain/ReturnRecord.h"
#include "dropoff/ChuteLock.h"
#include "journal/Journal.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcSession, "kiosk.session")

namespace kiosk {

namespace {
constexpr qsizetype MaxCodeLength = 2048;

/// "rk-100001", "RK100001" and "100001" all mean order RK-100001; anything else is not an order number.
QString normaliseOrderNumber(const QString &text)
{
    static const QRegularExpression pattern(
        u"^(?:RK)?[\\s-]*(\\d{6,10})$"_s, QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    return match.hasMatch() ? u"RK-"_s + match.captured(1) : QString();
}
} // namespace

ReturnSession::ReturnSession(CacheStore &cache, Journal &journal, drivers::ChuteLock &chute,
    const Clock &clock, const Config &config, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_journal(journal)
    , m_chute(chute)
    , m_clock(clock)
    , m_config(config)
    , m_flow(std::make_unique<ReturnFlow>())
    , m_lines(this)
{
    connect(m_flow.get(), &QScxmlStateMachine::reachedStableState, this, &ReturnSession::onStateChanged);
    connect(&m_chute, &drivers::ChuteLock::opened, this, &ReturnSession::dropoffChanged);
    connect(&m_chute, &drivers::ChuteLock::itemAccepted, this, &ReturnSession::onItemAccepted);
    connect(&m_chute, &drivers::ChuteLock::faulted, this, &ReturnSession::onChuteFault);
    m_idleTimer.setInterval(1000);
    connect(&m_idleTimer, &QTimer::timeout, this, &ReturnSession::tick);
    m_flow->start();
    onStateChanged();
}

ReturnSession::~ReturnSession() = default;

QString ReturnSession::orderId() const
{
    return m_order ? m_order->id : QString();
}

QString ReturnSession::refundText() const
{
    return m_order ? formatMoney(m_lines.selectedRefund(), m_order->currency) : QString();
}

bool ReturnSession::chuteOpen() const
{
    return m_chute.isOpen();
}

void ReturnSession::onStateChanged()
{
    const QStringList active = m_flow->activeStateNames(true);
    const QString screen = active.isEmpty() ? u"attract"_s : active.constFirst();
    if (screen == m_screen)
        return;
    qCInfo(lcSession) << "screen" << m_screen << "->" << screen;
    m_screen = screen;
    if (screen == u"attract")
        wipe();
    touch();
    Q_EMIT screenChanged();
}

void ReturnSession::setMessage(const QString &message)
{
    if (message != m_message) {
        m_message = message;
        Q_EMIT messageChanged();
    }
}

void ReturnSession::touch()
{
    if (m_screen == u"attract") {
        m_idleTimer.stop();
        m_idleSecondsLeft = 0;
    } else {
        m_idleSecondsLeft = m_screen == u"done" ? m_config.doneTimeoutSeconds : m_config.idleTimeoutSeconds;
        m_idleTimer.start();
    }
    Q_EMIT idleSecondsLeftChanged();
}

void ReturnSession::tick()
{
    if (m_screen == u"dropoff") // the chute is in use: never walk away from it
        return;
    if (--m_idleSecondsLeft <= 0) {
        m_idleTimer.stop();
        m_flow->submitEvent(
            m_screen == u"done" || m_screen == u"assistance" ? u"finish"_s : u"idle.timeout"_s);
    }
    Q_EMIT idleSecondsLeftChanged();
}

void ReturnSession::start()
{
    setMessage({});
    m_flow->submitEvent(u"start"_s);
}

void ReturnSession::submitCode(const QString &text)
{
    touch();
    if (m_screen != u"attract" && m_screen != u"identify") {
        qCInfo(lcSession) << "ignoring a code scanned on" << m_screen;
        return;
    }
    if (text.size() > MaxCodeLength) {
        setMessage(tr("That code is too long to be one of ours. Please type your order number instead."));
        return;
    }
    const QString orderNumber = normaliseOrderNumber(text);
    if (orderNumber.isEmpty()) {
        setMessage(tr("We couldn't read that as an order number. Order numbers look like RK-100001."));
        if (m_screen == u"attract")
            m_flow->submitEvent(u"start"_s);
        return;
    }
    lookUp(orderNumber);
}

void ReturnSession::lookUp(const QString &orderId)
{
    std::optional<Order> order = m_cache.findOrder(orderId);
    if (!order) {
        setMessage(
            tr("We can't find order %1. Please check the number on your order confirmation.").arg(orderId));
        if (m_screen == u"attract")
            m_flow->submitEvent(u"start"_s);
        return;
    }
    std::vector<ReturnLinesModel::Entry> entries = decide(*order);
    const bool anyEligible
        = std::any_of(entries.begin(), entries.end(), [](const auto &e) { return e.eligible; });
    if (!anyEligible) {
        setMessage(entries.empty()
                ? tr("Order %1 has nothing left to return.").arg(orderId)
                : tr("Nothing in order %1 can be returned here: %2").arg(orderId, entries.front().reason));
        if (m_screen == u"attract")
            m_flow->submitEvent(u"start"_s);
        return;
    }
    setMessage({});
    m_order = std::move(order);
    m_lines.reset(std::move(entries), m_order->currency);
    Q_EMIT orderChanged();
    Q_EMIT selectionChanged();
    m_flow->submitEvent(u"order.found"_s);
}

std::vector<ReturnLinesModel::Entry> ReturnSession::decide(const Order &order) const
{
    const QMap<int, int> returnedHere = m_journal.returnedQuantities(order.id);
    const QDateTime start = order.deliveredAt.isValid() ? order.deliveredAt : order.placedAt;
    // Returnable through the end of the last day, as the shopper reads "30 days", in the store's zone.
    const QDate lastDay = start.toTimeZone(m_config.storeZone).date().addDays(m_config.returnWindowDays);
    const QDateTime windowEnd = QDateTime(lastDay.addDays(1), QTime(0, 0), m_config.storeZone);
    const bool withinWindow = m_clock.now() < windowEnd;

    std::vector<ReturnLinesModel::Entry> entries;
    for (const OrderLine &line : order.lines) {
        ReturnLinesModel::Entry entry;
        entry.line = line;
        const int remaining = line.returnableQuantity() - returnedHere.value(line.lineNo);
        if (line.finalSale || line.nonReturnable)
            entry.reason = tr("Final sale: this item can't be returned.");
        else if (remaining <= 0)
            entry.reason = tr("Already returned.");
        else if (!withinWindow)
            entry.reason
                = tr("The return window ended on %1.").arg(QLocale().toString(lastDay, QLocale::LongFormat));
        entry.eligible = entry.reason.isEmpty();
        entry.refund = entry.eligible ? line.unitPrice : 0;
        entries.push_back(std::move(entry));
    }
    return entries;
}

void ReturnSession::setSelected(int lineNo, bool selected)
{
    touch();
    if (m_screen == u"items" && m_lines.setSelected(lineNo, selected))
        Q_EMIT selectionChanged();
}

void ReturnSession::confirmItems()
{
    touch();
    if (m_screen != u"items" || m_lines.selectedCount() == 0)
        return;
    m_dropoffLines.clear();
    for (const auto &entry : m_lines.entries())
        if (entry.selected)
            m_dropoffLines.push_back(entry);
    m_dropoffIndex = 0;
    m_acceptedCount = 0;
    m_flow->submitEvent(u"items.confirmed"_s);
    Q_EMIT dropoffChanged();
    nextDropoff();
}

void ReturnSession::nextDropoff()
{
    if (m_dropoffIndex < int(m_dropoffLines.size())) {
        m_chute.acceptItem();
        return;
    }
    if (recordAccepted()) {
        m_flow->submitEvent(u"dropoff.complete"_s);
    } else {
        setMessage(tr("Your items are safe in the kiosk, but we couldn't save the return. "
                      "Please show this screen to a colleague."));
        m_flow->submitEvent(u"dropoff.failed"_s);
    }
}

void ReturnSession::onItemAccepted()
{
    if (m_screen != u"dropoff" && m_flow->activeStateNames(true).value(0) != u"dropoff")
        return;
    ++m_acceptedCount;
    ++m_dropoffIndex;
    Q_EMIT dropoffChanged();
    nextDropoff();
}

void ReturnSession::onChuteFault()
{
    // Whatever already went into the bin is recorded; the rest stays with the shopper.
    const bool recorded = m_acceptedCount == 0 || recordAccepted();
    setMessage(recorded ? tr("The drop-off chute isn't working right now. Anything you already dropped in "
                             "is recorded. A colleague will help you with the rest.")
                        : tr("Your items are safe in the kiosk, but we couldn't save the return. "
                             "Please show this screen to a colleague."));
    m_flow->submitEvent(u"dropoff.failed"_s);
}

bool ReturnSession::recordAccepted()
{
    ReturnRecord record;
    record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    record.kioskId = m_config.kioskId;
    record.orderId = m_order->id;
    record.createdAt = m_clock.now();
    record.resolution = u"refund"_s;
    record.currency = m_order->currency;
    for (int i = 0; i < m_acceptedCount; ++i) {
        const auto &entry = m_dropoffLines[size_t(i)];
        record.items.push_back({ entry.line.lineNo, entry.line.sku, 1, u"changed_mind"_s, entry.refund });
    }
    if (!m_journal.recordReturn(record)) {
        qCCritical(lcSession).noquote() << "could not record return:" << m_journal.lastError();
        return false;
    }
    qCInfo(lcSession) << "recorded return" << record.id << "with" << record.items.size() << "items";
    m_returnId = record.id;
    Q_EMIT returnRecorded(m_returnId);
    return true;
}

void ReturnSession::back()
{
    touch();
    setMessage({});
    m_flow->submitEvent(u"back"_s);
}

void ReturnSession::cancel()
{
    m_flow->submitEvent(u"cancel"_s);
}

void ReturnSession::finish()
{
    m_flow->submitEvent(u"finish"_s);
}

void ReturnSession::wipe()
{
    m_chute.abort();
    m_order.reset();
    m_lines.clear();
    m_dropoffLines.clear();
    m_dropoffIndex = 0;
    m_acceptedCount = 0;
    m_returnId.clear();
    setMessage({});
    Q_EMIT orderChanged();
    Q_EMIT selectionChanged();
    Q_EMIT dropoffChanged();
}

} // namespace kiosk
