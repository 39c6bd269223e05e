#include "DropoffRun.h"

#include "Clock.h"
#include "DropoffStation.h"
#include "ItemTagCheck.h"

#include <QLoggingCategory>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcDropoffRun, "kiosk.dropoff.run")

namespace kiosk {

DropoffRun::DropoffRun(DropoffStation &station, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_station(station)
    , m_clock(clock)
{
    connect(&m_station, &DropoffStation::opened, this, [this] {
        m_openedAt = m_clock.now();
        Q_EMIT changed();
    });
    connect(&m_station, &DropoffStation::itemSensed, this, &DropoffRun::onItemSensed);
    connect(&m_station, &DropoffStation::faulted, this, &DropoffRun::onFault);
}

void DropoffRun::begin(const Order &order, std::vector<Unit> units)
{
    m_order = order;
    m_units = std::move(units);
    m_index = 0;
    m_accepted = 0;
    m_missed = 0;
    m_running = true;
    next();
}

void DropoffRun::abort()
{
    m_station.abort();
    m_running = false;
    m_awaitingTag = false;
    m_units.clear();
    m_index = 0;
    m_accepted = 0;
    m_missed = 0;
    Q_EMIT changed();
}

void DropoffRun::next()
{
    if (m_index < total()) {
        m_awaitingTag = true; // the next unit's tag opens the chute
        Q_EMIT changed();
        return;
    }
    m_awaitingTag = false;
    m_running = false;
    Q_EMIT changed();
    Q_EMIT complete();
}

void DropoffRun::resumeCleared()
{
    m_station.chuteCleared();
    next();
}

void DropoffRun::halt()
{
    m_awaitingTag = false;
    m_running = false;
    Q_EMIT changed();
}

std::vector<std::pair<int, int>> DropoffRun::unitsByLine(int from, int to) const
{
    std::vector<std::pair<int, int>> lines;
    for (int i = std::max(0, from); i < std::min(to, total()); ++i) {
        const int lineNo = m_units[size_t(i)].line.lineNo;
        if (lines.empty() || lines.back().first != lineNo)
            lines.emplace_back(lineNo, 0);
        ++lines.back().second;
    }
    return lines;
}

const OrderLine *DropoffRun::current() const
{
    return m_index < total() ? &m_units[size_t(m_index)].line : nullptr;
}

QString DropoffRun::currentTitle() const
{
    return current() ? current()->title : QString();
}

bool DropoffRun::chuteOpen() const
{
    return m_station.chuteOpen();
}

int DropoffRun::chuteSecondsLeft() const
{
    if (!chuteOpen() || !m_openedAt.isValid())
        return 0;
    const qint64 left = m_clock.now().msecsTo(m_openedAt.addMSecs(m_station.itemTimeoutMs()));
    return int(std::max<qint64>(0, (left + 999) / 1000));
}

QStringList DropoffRun::awaitedGtins() const
{
    const OrderLine *line = current();
    if (!m_awaitingTag || !line || line->gtin.isEmpty())
        return {};
    return { line->gtin };
}

void DropoffRun::onTag(const codes::ScannedCode &code)
{
    if (!m_awaitingTag || !current()) {
        qCInfo(lcDropoffRun) << "ignoring a scan while the chute is busy";
        return;
    }
    const OrderLine expected = *current();
    const ItemTagCheck::Result result = ItemTagCheck::check(code, expected, m_order);
    qCInfo(lcDropoffRun) << "item tag" << int(result.outcome) << "for line" << expected.lineNo;
    // Worded again from the same facts when the language changes.
    const FlowText why
        = [code, expected, order = m_order] { return ItemTagCheck::check(code, expected, order).message; };
    if (result.outcome == ItemTagCheck::Outcome::LineHasNoGtin) {
        stop(u"tag.unknown_product"_s, why, Stop::ColleagueChecksItem);
        return;
    }
    if (result.outcome != ItemTagCheck::Outcome::Match) {
        Q_EMIT message(why);
        Q_EMIT tagRefused();
        return;
    }
    Q_EMIT message({});
    letItemIn();
}

void DropoffRun::tagUnreadable()
{
    if (!m_awaitingTag)
        return;
    stop(
        u"tag.unreadable"_s,
        [] {
            return tr("No problem: a colleague will check the item and put it in for you. Anything you "
                      "already dropped in is recorded.");
        },
        Stop::ColleagueChecksItem);
}

void DropoffRun::scannerLost()
{
    if (!m_awaitingTag)
        return;
    stop(
        u"scanner.disconnected"_s,
        [] {
            return tr(
                "The scanner isn't working, so the chute can't open. Anything you already dropped in is "
                "recorded. A colleague will help you with the rest.");
        },
        Stop::ChuteNeedsClearing);
}

void DropoffRun::letItemIn()
{
    if (!current())
        return;
    m_awaitingTag = false;
    m_running = true;
    Q_EMIT changed();
    // Order lines carry no weight yet: the scale checks presence.
    m_station.acceptItem(m_units[size_t(m_index)].bin, 0);
}

void DropoffRun::itemWontFit()
{
    if (!m_running || m_awaitingTag || !current())
        return;
    m_station.abort(); // locked: nothing goes in until a colleague had a look
    m_running = false;
    stop(
        u"chute.itemwontfit"_s,
        [] {
            return tr("No problem: a colleague will help you with this item. Anything you already dropped in "
                      "is recorded.");
        },
        Stop::ChuteNeedsClearing);
}

void DropoffRun::onItemSensed()
{
    if (!m_running)
        return;
    ++m_accepted;
    ++m_index;
    m_missed = 0;
    Q_EMIT changed();
    next();
}

void DropoffRun::onFault(drivers::ChuteLock::Fault fault)
{
    if (!m_running)
        return;
    if (fault == drivers::ChuteLock::Fault::ItemNotSensed && ++m_missed < 2) {
        // The chute closed but nothing landed: the shopper tries once more, then a colleague helps.
        Q_EMIT message([] {
            return tr(
                "We didn't see the item go in. Please scan its tag again and put it in the open chute.");
        });
        m_awaitingTag = true;
        Q_EMIT changed();
        return;
    }
    const QString code = u"chute."_s + drivers::ChuteLock::faultCode(fault);
    if (fault == drivers::ChuteLock::Fault::BinFull)
        stop(
            code,
            [] {
                return tr(
                    "The drop-off bin is full. Anything you already dropped in is recorded. A colleague "
                    "will empty it and help you with the rest.");
            },
            Stop::ChuteNeedsClearing);
    else
        stop(
            code,
            [] {
                return tr("The drop-off chute isn't working right now. Anything you already dropped in is "
                          "recorded. A colleague will help you with the rest.");
            },
            Stop::ChuteNeedsClearing);
}

void DropoffRun::stop(const QString &reasonCode, FlowText why, Stop how)
{
    qCWarning(lcDropoffRun).noquote() << "drop-off stopped:" << reasonCode;
    m_awaitingTag = false;
    Q_EMIT changed();
    Q_EMIT stopped(reasonCode, std::move(why), how);
}

} // namespace kiosk
