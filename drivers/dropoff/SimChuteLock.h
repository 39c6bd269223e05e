#pragma once

#include "ChuteLock.h"

#include <QTimer>

#include <deque>

namespace kiosk::drivers {

/// Simulated chute for `--hardware=sim`, demos and tests: opens after a short delay, "senses" the
/// item after another, and can be scripted to fail the next operations with a chosen fault.
class SimChuteLock final : public ChuteLock
{
    Q_OBJECT
public:
    struct Timing
    {
        int openMs = 300;
        int itemMs = 800;
        int itemTimeoutMs = 30000; ///< the window it reports (a scripted ItemNotSensed stands for its end)
    };

    explicit SimChuteLock(Timing timing, QObject *parent = nullptr);

    void acceptItem() override;
    void abort() override;
    bool isOpen() const override { return m_open; }
    int itemTimeoutMs() const override { return m_timing.itemTimeoutMs; }
    void testCycle() override;

    /// The next acceptItem() calls fail with these faults, in order.
    void scriptFault(Fault fault) { m_script.push_back(fault); }
    /// The next testCycle() calls end this way, in order (Closed when none is scripted).
    void scriptCycle(Cycle result) { m_cycles.push_back(result); }

private:
    void finish();

    Timing m_timing;
    QTimer m_timer;
    std::deque<Fault> m_script;
    std::deque<Cycle> m_cycles;
    Fault m_pending = Fault::None;
    bool m_open = false;
};

} // namespace kiosk::drivers
