#pragma once

#include "Indicator.h"

#include <QList>

namespace kiosk::drivers {

/// Simulated status light: remembers every state it was set to, for tests and the demo log.
class SimIndicator final : public Indicator
{
    Q_OBJECT
public:
    using Indicator::Indicator;

    void setState(State state) override
    {
        if (state != m_state)
            m_history.append(state);
        m_state = state;
    }
    State state() const override { return m_state; }
    QList<State> history() const { return m_history; }
    QString error() const override { return m_error; }
    /// A light whose lines cannot be driven (tests of the self-test); empty: it works.
    void setError(const QString &error) { m_error = error; }

private:
    State m_state = State::Off;
    QList<State> m_history;
    QString m_error;
};

} // namespace kiosk::drivers
