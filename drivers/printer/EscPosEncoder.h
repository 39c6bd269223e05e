#pragma once

#include <QByteArray>
#include <QString>

namespace kiosk::drivers {

/// Builds the byte stream for an ESC/POS receipt printer (Epson TM-T20/T88 and compatibles): pure,
/// no I/O. Text is encoded in code page 858 (Latin-1 letters and the euro sign); characters outside
/// it print as '?'. Each call appends one command and returns the encoder for chaining.
class EscPosEncoder
{
public:
    enum class Alignment : char { Left = 0, Center = 1, Right = 2 };
    enum class QrErrorCorrection : char { Low = 48, Medium = 49, Quartile = 50, High = 51 };
    /// Paper state from the reply to requestPaperStatus() (DLE EOT 4).
    enum class PaperStatus { Ok, NearEnd, Out, Invalid };

    /// ESC @ (reset) and ESC t 19 (code page 858).
    EscPosEncoder &initialize();
    EscPosEncoder &bold(bool on);
    EscPosEncoder &align(Alignment alignment);
    /// GS ! : character width and height multipliers, 1..8 each.
    EscPosEncoder &textSize(int width, int height);
    EscPosEncoder &text(const QString &text);
    /// text() followed by a line feed.
    EscPosEncoder &line(const QString &text = QString());
    /// ESC d n: prints and feeds n lines.
    EscPosEncoder &feed(int lines);
    /// GS ( k: QR model 2 with the given module size (1..16) and error correction, stored and printed.
    EscPosEncoder &qrCode(
        const QByteArray &data, int moduleSize = 6, QrErrorCorrection correction = QrErrorCorrection::Medium);
    /// GS h, GS w, GS H 0, GS k 73: a Code 128 (code set B) of printable ASCII @p data, @p moduleDots wide
    /// modules (2..6), @p heightDots tall, without the printer's own text under it. Other characters are
    /// dropped.
    EscPosEncoder &code128(const QByteArray &data, int moduleDots = 2, int heightDots = 80);
    /// GS V 66 n: feeds n lines and makes a partial cut.
    EscPosEncoder &cut(int feedLines = 3);

    QByteArray bytes() const { return m_bytes; }

    /// The maximum QR payload GS ( k accepts in one store command.
    static constexpr int MaxQrBytes = 7089;
    /// The longest Code 128 GS k accepts here: 255 bytes less the code set selector.
    static constexpr int MaxCode128Bytes = 253;
    /// DLE EOT 4: ask for the paper roll sensor status; the printer answers with one byte.
    static QByteArray requestPaperStatus();
    static PaperStatus parsePaperStatus(char reply);
    /// Encodes text in code page 858.
    static QByteArray encodeText(const QString &text);

private:
    QByteArray m_bytes;
};

} // namespace kiosk::drivers
