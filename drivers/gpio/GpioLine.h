#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

struct gpiod_chip;
struct gpiod_line;

namespace kiosk::drivers {

/// One requested GPIO line on a Linux gpiochip, through libgpiod's v1 API (Debian bookworm ships
/// 1.6). Owns the chip handle and the request; released on destruction. The factories return
/// nullptr with a reason when the chip or line cannot be had.
class GpioLine
{
public:
    ~GpioLine();
    GpioLine(const GpioLine &) = delete;
    GpioLine &operator=(const GpioLine &) = delete;

    static std::unique_ptr<GpioLine> output(
        const QString &chip, unsigned offset, const QByteArray &consumer, bool initial, QString *error);
    static std::unique_ptr<GpioLine> input(
        const QString &chip, unsigned offset, const QByteArray &consumer, QString *error);
    /// An input that reports edges through eventFd(); the fd turns readable on each edge.
    static std::unique_ptr<GpioLine> edges(
        const QString &chip, unsigned offset, const QByteArray &consumer, QString *error);

    bool setValue(bool high);
    /// -1 on error.
    int value() const;
    int eventFd() const;
    /// Consumes one pending edge event; true for a rising edge.
    bool readEventIsRising();

private:
    enum class Mode { Output, Input, Edges };
    static std::unique_ptr<GpioLine> request(const QString &chip, unsigned offset, const QByteArray &consumer,
        Mode mode, bool initial, QString *error);
    GpioLine(gpiod_chip *chip, gpiod_line *line);

    gpiod_chip *m_chip;
    gpiod_line *m_line;
};

} // namespace kiosk::drivers
