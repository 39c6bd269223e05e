#include "SimChuteLock.h"

namespace kiosk::drivers {

SimChuteLock::SimChuteLock(Timing timing, QObject *parent)
    : ChuteLock(parent)
    , m_timing(timing)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SimChuteLock::finish);
}

void SimChuteLock::acceptItem()
{
    if (m_timer.isActive())
        return;
    m_pending = Fault::None;
    if (!m_script.empty()) {
        m_pending = m_script.front();
        m_script.pop_front();
    }
    if (m_pending == Fault::Jammed || m_pending == Fault::Offline || m_pending == Fault::BinFull) {
        // These fail before the flap moves.
        m_timer.start(m_timing.openMs);
        return;
    }
    QTimer::singleShot(m_timing.openMs, this, [this] {
        if (!m_timer.isActive())
            return;
        m_open = true;
        Q_EMIT opened();
    });
    m_timer.start(m_timing.openMs + m_timing.itemMs);
}

void SimChuteLock::testCycle()
{
    if (m_timer.isActive())
        return;
    Cycle result = Cycle::Closed;
    if (!m_cycles.empty()) {
        result = m_cycles.front();
        m_cycles.pop_front();
    }
    // Open and close take the opening time each; a flap that never closes answers after the 2 s wait.
    const int ms = result == Cycle::DidNotClose ? m_timing.openMs + 2000 : 2 * m_timing.openMs;
    QTimer::singleShot(ms, this, [this, result] { Q_EMIT cycled(result); });
}

void SimChuteLock::abort()
{
    m_timer.stop();
    m_open = false;
}

void SimChuteLock::finish()
{
    m_open = false;
    if (m_pending == Fault::None)
        Q_EMIT itemAccepted();
    else
        Q_EMIT faulted(m_pending);
}

} // namespace kiosk::drivers
