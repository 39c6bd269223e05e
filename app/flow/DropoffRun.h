#pragma once

#include "FlowText.h"
#include "codes/ScannedCode.h"
#include "domain/Order.h"
#include "dropoff/ChuteLock.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>

#include <vector>

namespace kiosk {

class Clock;
class DropoffStation;

/// The drop-off of the units going into the bins, one at a time: the chute of the unit's bin waits for
/// the unit's tag, opens, the station senses the item and the next unit is asked for. A unit whose tag can't
/// confirm it, a chute fault or a bin that is full stops the run, which then says why; whatever went in
/// before stays counted (the recorder records it).
class DropoffRun : public QObject
{
    Q_OBJECT
public:
    /// What a stopped run needs from a colleague.
    enum class Stop { ChuteNeedsClearing, ColleagueChecksItem };

    /// One unit to drop off: its order line and the bin the policy routes it to.
    struct Unit
    {
        OrderLine line;
        QString bin;
    };

    DropoffRun(DropoffStation &station, const Clock &clock, QObject *parent = nullptr);

    /// Starts with the first unit of `units` (every unit of each line, in order) of `order`.
    void begin(const Order &order, std::vector<Unit> units);
    /// Stops waiting and locks the chute; forgets the run.
    void abort();
    /// The next unit: asks for its tag, or says the run is complete.
    void next();
    /// A colleague cleared the chute that stopped the run: it is back in service; the next unit.
    void resumeCleared();
    /// The shopper ends the drop-off between units: no more tags are awaited.
    void halt();

    bool awaitingTag() const { return m_awaitingTag; }
    int index() const { return m_index; }
    int total() const { return int(m_units.size()); }
    /// Units sensed in the bin so far.
    int accepted() const { return m_accepted; }
    /// Lines of the units [from, to), in order, as (line number, units).
    std::vector<std::pair<int, int>> unitsByLine(int from, int to) const;
    QString currentTitle() const;
    const OrderLine *current() const;
    /// The GTINs a tag read now would open the chute with: the awaited unit's, if the order knows it.
    QStringList awaitedGtins() const;
    bool chuteOpen() const;
    /// While the chute is open: the seconds left (on the injected clock) before it locks again.
    int chuteSecondsLeft() const;

    /// A scan at the chute: the current unit's tag opens it, anything else gets a message.
    void onTag(const codes::ScannedCode &code);
    /// The current unit's tag is missing or won't scan: a colleague checks the item.
    void tagUnreadable();
    /// The scanner went away while a tag was awaited: nothing can open the chute.
    void scannerLost();
    /// Opens the chute for the current unit (its tag matched, or a colleague checked it).
    void letItemIn();
    /// The chute is open but the current unit doesn't fit: the chute locks and a colleague helps.
    void itemWontFit();

Q_SIGNALS:
    void changed();
    /// For the shopper, on the drop-off screen (empty clears it).
    void message(kiosk::FlowText text);
    /// Every unit is in the bin.
    void complete();
    /// The tag scanned is not the awaited item's.
    void tagRefused();
    /// The run can't go on: reasonCode says why (e.g. "chute.jammed", "tag.unreadable").
    void stopped(const QString &reasonCode, kiosk::FlowText why, kiosk::DropoffRun::Stop stop);

private:
    void onItemSensed();
    void onFault(drivers::ChuteLock::Fault fault);
    void stop(const QString &reasonCode, FlowText why, Stop how);

    DropoffStation &m_station;
    const Clock &m_clock;
    QDateTime m_openedAt; ///< when the chute last opened, on the injected clock
    Order m_order;
    std::vector<Unit> m_units;
    int m_index = 0;
    int m_accepted = 0;
    int m_missed = 0; ///< the scale missed the current unit this many times
    bool m_awaitingTag = false;
    bool m_running = false;
};

} // namespace kiosk
