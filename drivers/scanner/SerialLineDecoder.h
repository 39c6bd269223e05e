#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringList>

namespace kiosk::scanner {

/// Turns a serial scanner's byte stream into scans: one per line, ended by CR, LF or both; blank lines
/// are skipped and surrounding whitespace trimmed. A line longer than MaxLineLength is garbage and is
/// dropped whole, up to its line end. The result does not depend on how the stream is chunked.
class SerialLineDecoder
{
public:
    static constexpr qsizetype MaxLineLength = 4096;

    struct Output
    {
        QStringList scans;
        bool overlong = false; ///< a line ran past MaxLineLength in these bytes
    };

    /// Feeds the bytes read from the port; returns the scans they completed.
    Output feed(QByteArrayView bytes);
    void reset();

private:
    QByteArray m_line;
    bool m_discarding = false; ///< inside an over-long line, until its end
};

} // namespace kiosk::scanner
