#pragma once

#include <QString>

#include <linux/input.h>

#include <optional>

namespace kiosk::scanner {

/// Turns a keyboard-wedge scanner's evdev key events into scans. A scan is a burst of keys, each within
/// maxKeyGapMs of the previous one, ended by the suffix key (Enter by default); slower sequences are a
/// person typing and are discarded. The configured prefix is stripped. Times come from the events.
class KeyWedgeDecoder
{
public:
    struct Config
    {
        int maxKeyGapMs = 40;
        QString prefix; ///< characters the scanner is programmed to send first, stripped
        int suffixKey = KEY_ENTER;
        int maxLength = 2048;
    };

    KeyWedgeDecoder() = default;
    explicit KeyWedgeDecoder(Config config)
        : m_config(std::move(config))
    { }

    /// Feeds one event; returns the scan text when this event completed one.
    std::optional<QString> feed(const input_event &event);
    /// Sequences discarded as typing or garbage since construction.
    int discarded() const { return m_discarded; }

private:
    static QChar keyToChar(int code, bool shift);

    Config m_config;
    QString m_buffer;
    bool m_shift = false;
    bool m_tooSlow = false;
    qint64 m_lastKeyUs = 0;
    int m_discarded = 0;
};

} // namespace kiosk::scanner
