#pragma once

#include "FlowScreen.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace kiosk {

class Clock;

/// The shopper's time on each screen, on the injected clock: the idle countdown (its length and
/// whether it shows follow FlowScreen's table; it stands still while the chute, the printer or a
/// colleague works) and the tap guard that ignores taps for a moment after the screen or the step
/// changed. A real one-second timer only beats it; tests move the clock and call tick().
class IdleTimer : public QObject
{
    Q_OBJECT
public:
    struct Durations
    {
        int idleSeconds = 60; ///< a shopper's screen
        int doneSeconds = 15; ///< the done screen
        int assistanceSeconds = 300; ///< waiting for a colleague
        int signedInSeconds = 120; ///< a colleague in maintenance mode
        int tapGuardMs = 300;
    };

    IdleTimer(const Clock &clock, Durations durations, QObject *parent = nullptr);

    /// Any shopper activity (or a new screen): the whole countdown of `screen` again, at least
    /// `atLeastSeconds` long.
    void restart(Screen screen, int atLeastSeconds = 0);
    /// The idle timer's beat. `working`: the chute or a device is busy, the time stands still.
    /// Emits expired() once the countdown ran out.
    void tick(bool working);
    int secondsLeft() const;
    /// Whether the countdown shows on `screen` now.
    bool shown(bool working) const;
    bool finishing() const;

    /// Taps count again tapGuardMs from now.
    void settle();
    bool settled() const;
    /// True (and the guard starts again) when a tap may count now.
    bool acceptsTap();

Q_SIGNALS:
    void changed();
    /// The countdown of the current screen ran out.
    void expired();
    /// A shopper's screen starts showing its countdown with "I need more time": the shopper seems to
    /// have walked away (once per countdown).
    void warning();

private:
    const Clock &m_clock;
    Durations m_durations;
    Screen m_screen = Screen::Attract;
    QTimer m_beat;
    QDateTime m_deadline; ///< on the injected clock; invalid when nothing counts down
    QDateTime m_lastTick;
    QDateTime m_settledAt;
    bool m_warned = false; ///< warning() was emitted for the current countdown
};

} // namespace kiosk
