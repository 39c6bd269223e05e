#include "NdjsonOrderReader.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace kiosk::cli {

using namespace ImportLimits;

NdjsonOrderReader::NdjsonOrderReader(const QString &path)
    : m_file(path)
{ }

bool NdjsonOrderReader::open()
{
    if (!m_file.open(QIODevice::ReadOnly)) {
        m_error = u"cannot read %1: %2"_s.arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    m_size = m_file.size();
    if (m_size > MaxFileBytes) {
        m_error = u"%1 is larger than 2 GiB"_s.arg(m_file.fileName());
        return false;
    }
    if (!readLine())
        return true;
    const QJsonObject first = QJsonDocument::fromJson(m_line).object();
    if (first.contains(u"generatedAt"_s) && !first.contains(u"id"_s)) {
        m_generatedAt = first.value(u"generatedAt"_s).toString(u"?"_s);
        return true;
    }
    m_pending = true; // no header: the first line is an order
    return true;
}

bool NdjsonOrderReader::readLine()
{
    for (;;) {
        // Into one buffer allocated once (QIODevice::readLine(maxSize) would allocate maxSize per line);
        // its pages become resident only as far as the longest line reaches.
        if (m_buffer.isEmpty())
            m_buffer.resize(MaxLineBytes + 2);
        const qint64 read = m_file.readLine(m_buffer.data(), m_buffer.size());
        if (read <= 0)
            return false;
        m_line = QByteArray::fromRawData(m_buffer.constData(), read);
        ++m_lineNumber;
        m_lineEnded = m_line.endsWith('\n');
        m_tooLong = !m_lineEnded && !m_file.atEnd();
        while (!m_lineEnded && !m_file.atEnd()) { // skip the rest of an overlong line
            const qint64 rest = m_file.readLine(m_buffer.data(), m_buffer.size());
            m_lineEnded = rest <= 0 || m_buffer.at(rest - 1) == '\n';
        }
        if (!m_line.trimmed().isEmpty())
            return true;
    }
}

void NdjsonOrderReader::reject(const QString &why)
{
    ++m_rejected;
    if (m_errors.size() < MaxReportedErrors)
        m_errors.append(u"line %1%2"_s.arg(m_lineNumber).arg(why));
}

bool NdjsonOrderReader::next(OrderJson::Result *order)
{
    for (;;) {
        if (!std::exchange(m_pending, false) && !readLine())
            return false;
        if (m_tooLong) {
            reject(u": longer than %1 MiB"_s.arg(MaxLineBytes / 1024 / 1024));
            continue;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(m_line, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            if (!m_lineEnded && m_file.atEnd())
                reject(u": half-written last line (no newline at its end, %1 bytes): %2 at column %3; the "
                       "orders before it are kept"_s.arg(m_line.size())
                           .arg(parseError.errorString())
                           .arg(std::min<qsizetype>(parseError.offset + 1, m_line.size())));
            else
                reject(u": invalid JSON at column %1: %2"_s.arg(parseError.offset + 1)
                           .arg(parseError.errorString()));
            continue;
        }
        if (!doc.isObject()) {
            reject(u": not a JSON object"_s);
            continue;
        }
        *order = OrderJson::fromJson(doc.object());
        if (!order->order) {
            reject(u" %1: %2"_s.arg(doc.object().value(u"id"_s).toString(), order->error));
            continue;
        }
        m_orderLine = m_lineNumber;
        return true;
    }
}

} // namespace kiosk::cli
