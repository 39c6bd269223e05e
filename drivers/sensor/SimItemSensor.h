#pragma once

#include "ItemSensor.h"

#include "dropoff/ChuteLock.h"

#include <deque>

namespace kiosk::drivers {

/// Simulated scale for `--hardware=sim` and tests: the test (or the simulated chute) sets the
/// weight, and can make it fail.
class SimItemSensor final : public ItemSensor
{
    Q_OBJECT
public:
    using ItemSensor::ItemSensor;

    void start() override { m_running = true; }
    void stop() override { m_running = false; }
    int grams() const override { return m_grams; }
    bool isStable() const override { return m_stable; }
    /// Answers with the current weight soon, or with the next scripted fault (Fault::None: no answer).
    void requestReading() override;

    /// Reports a reading if started.
    void setWeight(int grams, bool stable = true);
    /// Reports the fault if started.
    void fail(Fault fault);
    bool isRunning() const { return m_running; }
    /// Simulates items landing in the bin: every item the chute takes adds `itemGrams`, except a
    /// scripted missed item, which the scale never sees.
    void followChute(ChuteLock &chute, int itemGrams = 250);
    void scriptMissedItem() { ++m_missed; }
    /// The next requestReading() calls answer with these faults, in order; Fault::None: not at all.
    void scriptReadingFault(Fault fault) { m_readingFaults.push_back(fault); }

private:
    bool m_running = false;
    int m_grams = 0;
    bool m_stable = true;
    int m_missed = 0;
    std::deque<Fault> m_readingFaults;
};

} // namespace kiosk::drivers
