#pragma once

#include "Indicator.h"

#include <QTimer>

#include <memory>

namespace kiosk::drivers {

class GpioLine;

/// A two-colour status light on two GPIO outputs (high = lit); blinking is done here at 2 Hz.
/// When the lines cannot be requested the light stays dark and error() says why.
class GpioIndicator final : public Indicator
{
    Q_OBJECT
public:
    GpioIndicator(const QString &chip, unsigned greenLine, unsigned redLine, QObject *parent = nullptr);
    ~GpioIndicator() override;

    void setState(State state) override;
    State state() const override { return m_state; }
    QString error() const override { return m_error; }

private:
    void apply();

    std::unique_ptr<GpioLine> m_green;
    std::unique_ptr<GpioLine> m_red;
    QString m_error;
    State m_state = State::Off;
    QTimer m_blink;
    bool m_blinkOn = true;
};

} // namespace kiosk::drivers
