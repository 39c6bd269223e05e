#include "KeyWedgeDecoder.h"

#include <algorithm>

namespace kiosk::scanner {

QChar KeyWedgeDecoder::keyToChar(int code, bool shift)
{
    static constexpr char row1[] = "1234567890-="; // KEY_1..KEY_EQUAL
    static constexpr char row1Shift[] = "!@#$%^&*()_+";
    static constexpr char row2[] = "qwertyuiop[]"; // KEY_Q..KEY_RIGHTBRACE
    static constexpr char row3[] = "asdfghjkl;'`"; // KEY_A..KEY_GRAVE
    static constexpr char row4[] = "\\zxcvbnm,./"; // KEY_BACKSLASH..KEY_SLASH
    static constexpr char row2Shift[] = "QWERTYUIOP{}";
    static constexpr char row3Shift[] = "ASDFGHJKL:\"~";
    static constexpr char row4Shift[] = "|ZXCVBNM<>?";
    const auto pick = [shift](const char *plain, const char *shifted, int i) {
        return QChar::fromLatin1(shift ? shifted[i] : plain[i]);
    };
    if (code >= KEY_1 && code <= KEY_EQUAL)
        return pick(row1, row1Shift, code - KEY_1);
    if (code >= KEY_Q && code <= KEY_RIGHTBRACE)
        return pick(row2, row2Shift, code - KEY_Q);
    if (code >= KEY_A && code <= KEY_GRAVE)
        return pick(row3, row3Shift, code - KEY_A);
    if (code >= KEY_BACKSLASH && code <= KEY_SLASH)
        return pick(row4, row4Shift, code - KEY_BACKSLASH);
    if (code == KEY_SPACE)
        return u' ';
    return {};
}

std::optional<QString> KeyWedgeDecoder::feed(const input_event &event)
{
    if (event.type != EV_KEY)
        return std::nullopt;
    const int code = event.code;
    if (code == KEY_LEFTSHIFT || code == KEY_RIGHTSHIFT) {
        m_shift = event.value != 0;
        return std::nullopt;
    }
    if (event.value != 1) // key release or autorepeat
        return std::nullopt;
    // The event time in microseconds. The kernel's clock is trusted only this far: seconds beyond 2^42
    // (139,000 years) would overflow the sum or the gap below, so they are clamped.
    constexpr qint64 MaxSeconds = qint64(1) << 42;
    const qint64 us = std::clamp<qint64>(event.input_event_sec, -MaxSeconds, MaxSeconds) * 1'000'000
        + std::clamp<qint64>(event.input_event_usec, 0, 999'999);
    if (!m_buffer.isEmpty() && us - m_lastKeyUs > qint64(m_config.maxKeyGapMs) * 1000)
        m_tooSlow = true;
    m_lastKeyUs = us;
    if (code == m_config.suffixKey) {
        QString text = m_buffer;
        const bool typed = m_tooSlow;
        m_buffer.clear();
        m_tooSlow = false;
        if (typed || text.size() <= m_config.prefix.size() || !text.startsWith(m_config.prefix)) {
            ++m_discarded;
            return std::nullopt;
        }
        return text.mid(m_config.prefix.size());
    }
    const QChar c = keyToChar(code, m_shift);
    if (c.isNull() || m_buffer.size() >= m_config.maxLength) {
        m_tooSlow = true; // not something a scanner sends: drop the whole sequence
        return std::nullopt;
    }
    m_buffer.append(c);
    return std::nullopt;
}

} // namespace kiosk::scanner
