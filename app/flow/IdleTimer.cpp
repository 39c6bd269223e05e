#include "IdleTimer.h"

#include "Clock.h"

namespace kiosk {

using Idle = FlowScreen::Idle;

IdleTimer::IdleTimer(const Clock &clock, Durations durations, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_durations(durations)
{
    m_beat.setInterval(1000);
    connect(&m_beat, &QTimer::timeout, this, [this] { tick(false); });
}

void IdleTimer::restart(Screen screen, int atLeastSeconds)
{
    m_screen = screen;
    m_warned = false;
    const Idle idle = FlowScreen::traits(screen).idle;
    if (idle == Idle::None) {
        m_beat.stop();
        m_deadline = {};
    } else {
        const int seconds = idle == Idle::Finishing ? m_durations.doneSeconds
            : idle == Idle::Waiting                 ? m_durations.assistanceSeconds
            : idle == Idle::SignedIn                ? m_durations.signedInSeconds
                                                    : m_durations.idleSeconds;
        m_lastTick = m_clock.now();
        m_deadline = m_lastTick.addSecs(std::max(seconds, atLeastSeconds));
        m_beat.start();
    }
    Q_EMIT changed();
}

void IdleTimer::tick(bool working)
{
    const QDateTime now = m_clock.now();
    const qint64 elapsed = m_lastTick.isValid() ? std::max<qint64>(0, m_lastTick.msecsTo(now)) : 0;
    m_lastTick = now;
    const Idle idle = FlowScreen::traits(m_screen).idle;
    if (!m_deadline.isValid() || idle == Idle::None)
        return;
    if (idle == Idle::Paused || working) { // the shopper's time stands still
        m_deadline = m_deadline.addMSecs(elapsed);
        Q_EMIT changed(); // what the chute's own countdown says moved on
        return;
    }
    if (now >= m_deadline) {
        m_beat.stop();
        m_deadline = {};
        Q_EMIT changed();
        Q_EMIT expired();
        return;
    }
    Q_EMIT changed();
    if (idle == Idle::Shopper && !m_warned && shown(false)) {
        m_warned = true;
        Q_EMIT warning();
    }
}

int IdleTimer::secondsLeft() const
{
    if (!m_deadline.isValid())
        return 0;
    return int(std::max<qint64>(0, (m_clock.now().msecsTo(m_deadline) + 999) / 1000));
}

bool IdleTimer::shown(bool working) const
{
    switch (FlowScreen::traits(m_screen).idle) {
    case Idle::Finishing:
    case Idle::Waiting:
        return true;
    case Idle::Shopper:
        return secondsLeft() <= 20 && !working;
    case Idle::None:
    case Idle::Paused:
    case Idle::SignedIn: // the colleague's screens show their own sign-out countdown
        break;
    }
    return false;
}

bool IdleTimer::finishing() const
{
    const Idle idle = FlowScreen::traits(m_screen).idle;
    return idle == Idle::Finishing || idle == Idle::Waiting;
}

void IdleTimer::settle()
{
    m_settledAt = m_clock.now().addMSecs(m_durations.tapGuardMs);
}

bool IdleTimer::settled() const
{
    return !m_settledAt.isValid() || m_clock.now() >= m_settledAt;
}

bool IdleTimer::acceptsTap()
{
    if (!settled())
        return false;
    settle(); // every accepted tap: a second one right after is the same tap
    return true;
}

} // namespace kiosk
