#include "GpioLine.h"

#include <gpiod.h>

#include <cerrno>
#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace kiosk::drivers {

GpioLine::GpioLine(gpiod_chip *chip, gpiod_line *line)
    : m_chip(chip)
    , m_line(line)
{ }

GpioLine::~GpioLine()
{
    gpiod_line_release(m_line);
    gpiod_chip_close(m_chip);
}

std::unique_ptr<GpioLine> GpioLine::request(const QString &chipName, unsigned offset,
    const QByteArray &consumer, Mode mode, bool initial, QString *error)
{
    gpiod_chip *chip = gpiod_chip_open_by_name(chipName.toLocal8Bit().constData());
    if (!chip) {
        *error = u"cannot open %1: %2"_s.arg(chipName, QString::fromLocal8Bit(std::strerror(errno)));
        return nullptr;
    }
    gpiod_line *line = gpiod_chip_get_line(chip, offset);
    int result = -1;
    if (line) {
        switch (mode) {
        case Mode::Output:
            result = gpiod_line_request_output(line, consumer.constData(), initial ? 1 : 0);
            break;
        case Mode::Input:
            result = gpiod_line_request_input(line, consumer.constData());
            break;
        case Mode::Edges:
            result = gpiod_line_request_both_edges_events(line, consumer.constData());
            break;
        }
    }
    if (result < 0) {
        *error = u"cannot request %1 line %2: %3"_s.arg(chipName).arg(offset).arg(
            QString::fromLocal8Bit(std::strerror(errno)));
        gpiod_chip_close(chip);
        return nullptr;
    }
    return std::unique_ptr<GpioLine>(new GpioLine(chip, line));
}

std::unique_ptr<GpioLine> GpioLine::output(
    const QString &chip, unsigned offset, const QByteArray &consumer, bool initial, QString *error)
{
    return request(chip, offset, consumer, Mode::Output, initial, error);
}

std::unique_ptr<GpioLine> GpioLine::input(
    const QString &chip, unsigned offset, const QByteArray &consumer, QString *error)
{
    return request(chip, offset, consumer, Mode::Input, false, error);
}

std::unique_ptr<GpioLine> GpioLine::edges(
    const QString &chip, unsigned offset, const QByteArray &consumer, QString *error)
{
    return request(chip, offset, consumer, Mode::Edges, false, error);
}

bool GpioLine::setValue(bool high)
{
    return gpiod_line_set_value(m_line, high ? 1 : 0) == 0;
}

int GpioLine::value() const
{
    return gpiod_line_get_value(m_line);
}

int GpioLine::eventFd() const
{
    return gpiod_line_event_get_fd(m_line);
}

bool GpioLine::readEventIsRising()
{
    gpiod_line_event event {};
    return gpiod_line_event_read(m_line, &event) == 0 && event.event_type == GPIOD_LINE_EVENT_RISING_EDGE;
}

} // namespace kiosk::drivers
