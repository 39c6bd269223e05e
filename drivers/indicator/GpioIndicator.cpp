#include "GpioIndicator.h"

#include "gpio/GpioLine.h"

namespace kiosk::drivers {

namespace {
const QByteArray Consumer = QByteArrayLiteral("returns-kiosk light");
}

GpioIndicator::GpioIndicator(const QString &chip, unsigned greenLine, unsigned redLine, QObject *parent)
    : Indicator(parent)
{
    m_green = GpioLine::output(chip, greenLine, Consumer, false, &m_error);
    if (m_green)
        m_red = GpioLine::output(chip, redLine, Consumer, false, &m_error);
    m_blink.setInterval(250);
    connect(&m_blink, &QTimer::timeout, this, [this] {
        m_blinkOn = !m_blinkOn;
        apply();
    });
}

GpioIndicator::~GpioIndicator()
{
    setState(State::Off);
}

void GpioIndicator::setState(State state)
{
    m_state = state;
    m_blinkOn = true;
    if (state == State::Busy || state == State::Attention)
        m_blink.start();
    else
        m_blink.stop();
    apply();
}

void GpioIndicator::apply()
{
    if (!m_red)
        return;
    const bool green = m_blinkOn && (m_state == State::Ready || m_state == State::Busy);
    const bool red = m_blinkOn && (m_state == State::Attention || m_state == State::Fault);
    m_green->setValue(green);
    m_red->setValue(red);
}

} // namespace kiosk::drivers
