#pragma once

#include "ChuteLock.h"

#include <QTimer>

#include <memory>

class QSocketNotifier;

namespace kiosk::drivers {

class GpioLine;

/// The chute wired to GPIO: a solenoid lock (output, high = unlocked), a light barrier across the
/// chute (input with edges, low while an item interrupts it) and a flap-closed switch (input,
/// high when closed). acceptItem() unlocks; the barrier seeing an item and the flap closing
/// again locks it and reports itemAccepted(). A flap that does not open or close in time is Jammed;
/// no item within itemTimeoutMs is ItemNotSensed; lines that cannot be requested are Offline. The
/// self-test cycle unlocks, sees the flap open, locks and sees it closed, each within flapTimeoutMs.
class GpioChuteLock final : public ChuteLock
{
    Q_OBJECT
public:
    struct Wiring
    {
        QString chip = QStringLiteral("gpiochip0");
        unsigned lockLine = 17;
        unsigned barrierLine = 27;
        unsigned flapClosedLine = 22;
        int flapTimeoutMs = 2000;
        int itemTimeoutMs = 30000;
    };

    explicit GpioChuteLock(Wiring wiring, QObject *parent = nullptr);
    ~GpioChuteLock() override;

    void acceptItem() override;
    void abort() override;
    bool isOpen() const override { return m_phase == Phase::WaitingForItem; }
    int itemTimeoutMs() const override { return m_wiring.itemTimeoutMs; }
    void testCycle() override;
    /// Why the lines could not be requested; empty when the chute is usable.
    QString error() const { return m_error; }

private:
    enum class Phase { Idle, Opening, WaitingForItem, Closing, CycleOpening, CycleClosing };
    void poll();
    void onBarrierEdge();
    void fail(Fault fault);
    void endCycle(Cycle result);
    void lock();

    Wiring m_wiring;
    QString m_error;
    std::unique_ptr<GpioLine> m_lock;
    std::unique_ptr<GpioLine> m_barrier;
    std::unique_ptr<GpioLine> m_flapClosed;
    std::unique_ptr<QSocketNotifier> m_barrierNotifier;
    QTimer m_poll;
    QTimer m_deadline;
    Phase m_phase = Phase::Idle;
};

} // namespace kiosk::drivers
