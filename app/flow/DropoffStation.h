#pragma once

#include "dropoff/ChuteLock.h"

#include <QObject>
#include <QTimer>

namespace kiosk {

namespace drivers {
class Indicator;
class ItemSensor;
} // namespace drivers

/// The chute together with the scale under its bin and the light above it. The light is on while
/// the chute is open (where to drop) and shows the fault colour when something fails. An item
/// counts as in only when the scale agrees: its weight, within a tolerance, when the line has one,
/// else any real increase. A scale at its capacity, or overloaded, is a full bin.
class DropoffStation : public QObject
{
    Q_OBJECT
public:
    struct Config
    {
        int presenceGrams = 20; ///< the least increase that counts as an item
        int tolerancePercent = 30; ///< a known weight may differ by this much
        int settleMs = 3000; ///< after the chute closes, how long the scale may take
        int binCapacityGrams = 20000; ///< at or above this the bin is full; 0: no limit
    };

    DropoffStation(drivers::ChuteLock &chute, drivers::ItemSensor &scale, drivers::Indicator &light,
        Config config, QObject *parent = nullptr);

    /// Opens the chute for one item weighing about `expectedGrams` (0: unknown). Exactly one of
    /// itemSensed() or faulted() follows.
    void acceptItem(int expectedGrams);
    /// Stops waiting and locks the chute.
    void abort();
    /// A colleague is needed: the light says so from across the store.
    void setAttention(bool attention);

Q_SIGNALS:
    void itemSensed();
    void faulted(kiosk::drivers::ChuteLock::Fault fault);

private:
    void onChuteClosed();
    void onReading(int grams, bool stable);
    void succeed(); ///< the item is in: ready for the next
    void fail(drivers::ChuteLock::Fault fault);
    bool binFull(int grams) const;

    drivers::ChuteLock &m_chute;
    drivers::ItemSensor &m_scale;
    drivers::Indicator &m_light;
    Config m_config;
    QTimer m_settle;
    int m_baseline = 0;
    int m_expected = 0;
    bool m_waiting = false; ///< the chute closed; the scale has to agree
    bool m_busy = false;
};

} // namespace kiosk
