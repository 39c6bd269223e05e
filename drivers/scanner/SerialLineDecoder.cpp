#include "SerialLineDecoder.h"

namespace kiosk::scanner {

SerialLineDecoder::Output SerialLineDecoder::feed(QByteArrayView bytes)
{
    Output out;
    for (const char c : bytes) {
        if (c == '\r' || c == '\n') {
            const QByteArray line = m_line.trimmed();
            if (!m_discarding && !line.isEmpty())
                out.scans.append(QString::fromLatin1(line));
            m_line.clear();
            m_discarding = false;
        } else if (!m_discarding && m_line.size() < MaxLineLength) {
            m_line.append(c);
        } else if (!m_discarding) {
            m_line.clear();
            m_discarding = true;
            out.overlong = true;
        }
    }
    return out;
}

void SerialLineDecoder::reset()
{
    m_line.clear();
    m_discarding = false;
}

} // namespace kiosk::scanner
