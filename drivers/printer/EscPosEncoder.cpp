#include "EscPosEncoder.h"

#include <algorithm>
#include <array>

namespace kiosk::drivers {

namespace {
constexpr char ESC = 0x1b;
constexpr char GS = 0x1d;
constexpr char DLE = 0x10;
constexpr char EOT = 0x04;
constexpr char CodePage858 = 19;

/// Code page 858, bytes 0x80..0xFF, as Unicode code points.
constexpr std::array<char16_t, 128> Cp858High = { 0x00c7, 0x00fc, 0x00e9, 0x00e2, 0x00e4, 0x00e0, 0x00e5,
    0x00e7, 0x00ea, 0x00eb, 0x00e8, 0x00ef, 0x00ee, 0x00ec, 0x00c4, 0x00c5, 0x00c9, 0x00e6, 0x00c6, 0x00f4,
    0x00f6, 0x00f2, 0x00fb, 0x00f9, 0x00ff, 0x00d6, 0x00dc, 0x00f8, 0x00a3, 0x00d8, 0x00d7, 0x0192, 0x00e1,
    0x00ed, 0x00f3, 0x00fa, 0x00f1, 0x00d1, 0x00aa, 0x00ba, 0x00bf, 0x00ae, 0x00ac, 0x00bd, 0x00bc, 0x00a1,
    0x00ab, 0x00bb, 0x2591, 0x2592, 0x2593, 0x2502, 0x2524, 0x00c1, 0x00c2, 0x00c0, 0x00a9, 0x2563, 0x2551,
    0x2557, 0x255d, 0x00a2, 0x00a5, 0x2510, 0x2514, 0x2534, 0x252c, 0x251c, 0x2500, 0x253c, 0x00e3, 0x00c3,
    0x255a, 0x2554, 0x2569, 0x2566, 0x2560, 0x2550, 0x256c, 0x00a4, 0x00f0, 0x00d0, 0x00ca, 0x00cb, 0x00c8,
    0x20ac, 0x00cd, 0x00ce, 0x00cf, 0x2518, 0x250c, 0x2588, 0x2584, 0x00a6, 0x00cc, 0x2580, 0x00d3, 0x00df,
    0x00d4, 0x00d2, 0x00f5, 0x00d5, 0x00b5, 0x00fe, 0x00de, 0x00da, 0x00db, 0x00d9, 0x00fd, 0x00dd, 0x00af,
    0x00b4, 0x00ad, 0x00b1, 0x2017, 0x00be, 0x00b6, 0x00a7, 0x00f7, 0x00b8, 0x00b0, 0x00a8, 0x00b7, 0x00b9,
    0x00b3, 0x00b2, 0x25a0, 0x00a0 };

char toCp858(char16_t c)
{
    if (c == u'\n' || (c >= 0x20 && c < 0x7f))
        return char(c);
    const auto it = std::find(Cp858High.begin(), Cp858High.end(), c);
    return it == Cp858High.end() ? '?' : char(0x80 + (it - Cp858High.begin()));
}

void appendFunction(QByteArray &out, char fn, const QByteArray &parameters)
{
    // GS ( k pL pH cn fn [parameters]; pL/pH count cn, fn and the parameters.
    const int length = int(parameters.size()) + 2;
    out.append(GS).append('(').append('k');
    out.append(char(length & 0xff)).append(char((length >> 8) & 0xff));
    out.append('1').append(fn).append(parameters);
}
} // namespace

EscPosEncoder &EscPosEncoder::initialize()
{
    m_bytes.append(ESC).append('@');
    m_bytes.append(ESC).append('t').append(CodePage858);
    return *this;
}

EscPosEncoder &EscPosEncoder::bold(bool on)
{
    m_bytes.append(ESC).append('E').append(char(on ? 1 : 0));
    return *this;
}

EscPosEncoder &EscPosEncoder::align(Alignment alignment)
{
    m_bytes.append(ESC).append('a').append(char(alignment));
    return *this;
}

EscPosEncoder &EscPosEncoder::textSize(int width, int height)
{
    const int w = std::clamp(width, 1, 8) - 1;
    const int h = std::clamp(height, 1, 8) - 1;
    m_bytes.append(GS).append('!').append(char((w << 4) | h));
    return *this;
}

EscPosEncoder &EscPosEncoder::text(const QString &text)
{
    m_bytes.append(encodeText(text));
    return *this;
}

EscPosEncoder &EscPosEncoder::line(const QString &text)
{
    m_bytes.append(encodeText(text)).append('\n');
    return *this;
}

EscPosEncoder &EscPosEncoder::feed(int lines)
{
    m_bytes.append(ESC).append('d').append(char(std::clamp(lines, 0, 255)));
    return *this;
}

EscPosEncoder &EscPosEncoder::qrCode(const QByteArray &data, int moduleSize, QrErrorCorrection correction)
{
    const QByteArray payload = data.left(MaxQrBytes);
    appendFunction(m_bytes, 'A', QByteArray("\x32\x00", 2)); // fn 165: model 2
    appendFunction(m_bytes, 'C', QByteArray(1, char(std::clamp(moduleSize, 1, 16)))); // fn 167: module size
    appendFunction(m_bytes, 'E', QByteArray(1, char(correction))); // fn 169: error correction
    appendFunction(m_bytes, 'P', '0' + payload); // fn 180: store the data
    appendFunction(m_bytes, 'Q', QByteArray(1, '0')); // fn 181: print it
    return *this;
}

EscPosEncoder &EscPosEncoder::code128(const QByteArray &data, int moduleDots, int heightDots)
{
    QByteArray payload;
    for (const char c : data)
        if (c >= 0x20 && c < 0x7f)
            payload.append(c);
    payload = "{B" + payload.left(MaxCode128Bytes);
    m_bytes.append(GS).append('h').append(char(std::clamp(heightDots, 1, 255)));
    m_bytes.append(GS).append('w').append(char(std::clamp(moduleDots, 2, 6)));
    m_bytes.append(GS).append('H').append(char(0)); // no text of the printer's: the receipt lays it out
    m_bytes.append(GS).append('k').append(char(73)).append(char(payload.size())).append(payload);
    return *this;
}

EscPosEncoder &EscPosEncoder::cut(int feedLines)
{
    m_bytes.append(GS).append('V').append(char(66)).append(char(std::clamp(feedLines, 0, 255)));
    return *this;
}

QByteArray EscPosEncoder::requestPaperStatus()
{
    const char request[] = { DLE, EOT, 4 };
    return QByteArray(request, sizeof request);
}

EscPosEncoder::PaperStatus EscPosEncoder::parsePaperStatus(char reply)
{
    const auto byte = static_cast<unsigned char>(reply);
    // Bits 1 and 4 are always set, bits 0 and 7 always clear.
    if ((byte & 0x93) != 0x12)
        return PaperStatus::Invalid;
    if (byte & 0x60)
        return PaperStatus::Out;
    if (byte & 0x0c)
        return PaperStatus::NearEnd;
    return PaperStatus::Ok;
}

QByteArray EscPosEncoder::encodeText(const QString &text)
{
    QByteArray out;
    out.reserve(text.size());
    for (const QChar c : text)
        out.append(toCp858(c.unicode()));
    return out;
}

} // namespace kiosk::drivers
