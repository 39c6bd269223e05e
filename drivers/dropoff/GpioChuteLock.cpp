#include "GpioChuteLock.h"

#include "gpio/GpioLine.h"

#include <QSocketNotifier>

namespace kiosk::drivers {

namespace {
constexpr int PollMs = 20;
const QByteArray Consumer = QByteArrayLiteral("returns-kiosk chute");
} // namespace

GpioChuteLock::GpioChuteLock(Wiring wiring, QObject *parent)
    : ChuteLock(parent)
    , m_wiring(std::move(wiring))
{
    m_lock = GpioLine::output(m_wiring.chip, m_wiring.lockLine, Consumer, false, &m_error);
    if (m_lock)
        m_barrier = GpioLine::edges(m_wiring.chip, m_wiring.barrierLine, Consumer, &m_error);
    if (m_barrier)
        m_flapClosed = GpioLine::input(m_wiring.chip, m_wiring.flapClosedLine, Consumer, &m_error);
    if (m_flapClosed) {
        m_barrierNotifier = std::make_unique<QSocketNotifier>(m_barrier->eventFd(), QSocketNotifier::Read);
        connect(m_barrierNotifier.get(), &QSocketNotifier::activated, this, &GpioChuteLock::onBarrierEdge);
    }
    m_poll.setInterval(PollMs);
    connect(&m_poll, &QTimer::timeout, this, &GpioChuteLock::poll);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        if (m_phase == Phase::CycleOpening || m_phase == Phase::CycleClosing)
            endCycle(m_phase == Phase::CycleOpening ? Cycle::DidNotOpen : Cycle::DidNotClose);
        else
            fail(m_phase == Phase::WaitingForItem ? Fault::ItemNotSensed : Fault::Jammed);
    });
}

GpioChuteLock::~GpioChuteLock()
{
    if (m_lock)
        m_lock->setValue(false);
}

void GpioChuteLock::acceptItem()
{
    if (m_phase != Phase::Idle)
        return;
    if (!m_flapClosed) {
        // Report asynchronously, as the interface promises.
        QTimer::singleShot(0, this, [this] { Q_EMIT faulted(Fault::Offline); });
        return;
    }
    if (!m_lock->setValue(true)) {
        QTimer::singleShot(0, this, [this] { Q_EMIT faulted(Fault::Offline); });
        return;
    }
    m_phase = Phase::Opening;
    m_deadline.start(m_wiring.flapTimeoutMs);
    m_poll.start();
}

void GpioChuteLock::testCycle()
{
    if (m_phase != Phase::Idle)
        return;
    if (!m_flapClosed || !m_lock->setValue(true)) {
        QTimer::singleShot(0, this, [this] { Q_EMIT cycled(Cycle::Offline); });
        return;
    }
    m_phase = Phase::CycleOpening;
    m_deadline.start(m_wiring.flapTimeoutMs);
    m_poll.start();
}

void GpioChuteLock::endCycle(Cycle result)
{
    lock();
    Q_EMIT cycled(result);
}

void GpioChuteLock::abort()
{
    lock();
}

void GpioChuteLock::poll()
{
    const int closed = m_flapClosed->value();
    const bool cycling = m_phase == Phase::CycleOpening || m_phase == Phase::CycleClosing;
    if (closed < 0) {
        if (cycling)
            endCycle(Cycle::Offline);
        else
            fail(Fault::Offline);
        return;
    }
    if (m_phase == Phase::CycleOpening && closed == 0) {
        m_phase = Phase::CycleClosing;
        m_lock->setValue(false);
        m_deadline.start(m_wiring.flapTimeoutMs);
    } else if (m_phase == Phase::CycleClosing && closed == 1) {
        endCycle(Cycle::Closed);
    } else if (m_phase == Phase::Opening && closed == 0) {
        m_phase = Phase::WaitingForItem;
        m_deadline.start(m_wiring.itemTimeoutMs);
        Q_EMIT opened();
    } else if (m_phase == Phase::Closing && closed == 1) {
        lock();
        Q_EMIT itemAccepted();
    }
}

void GpioChuteLock::onBarrierEdge()
{
    const bool rising = m_barrier->readEventIsRising();
    // The barrier goes low while the item passes and high again once it is through.
    if (rising && m_phase == Phase::WaitingForItem) {
        m_phase = Phase::Closing;
        m_lock->setValue(false);
        m_deadline.start(m_wiring.flapTimeoutMs);
    }
}

void GpioChuteLock::fail(Fault fault)
{
    lock();
    Q_EMIT faulted(fault);
}

void GpioChuteLock::lock()
{
    m_poll.stop();
    m_deadline.stop();
    m_phase = Phase::Idle;
    if (m_lock)
        m_lock->setValue(false);
}

} // namespace kiosk::drivers
