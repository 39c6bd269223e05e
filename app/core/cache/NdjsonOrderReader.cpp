#include "NdjsonOrderReader.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace kiosk {

using namespace ImportLimits;

namespace {

/// "16 MiB", "4 KiB", "1239 bytes": a limit in the largest unit it is a whole number of.
QString sizeText(qint64 bytes)
{
    if (bytes % (1024 * 1024) == 0)
        return u"%1 MiB"_s.arg(bytes / (1024 * 1024));
    if (bytes % 1024 == 0)
        return u"%1 KiB"_s.arg(bytes / 1024);
    return u"%1 bytes"_s.arg(bytes);
}

} // namespace

NdjsonOrderReader::NdjsonOrderReader(const QString &path, qint64 maxLineBytes)
    : m_file(path)
    , m_maxLineBytes(maxLineBytes)
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
    m_pending = true; // unless it is the header, the first line is an order (or too long to be one)
    if (m_tooLong)
        return true;
    const QJsonObject first = QJsonDocument::fromJson(m_line).object();
    if (first.contains(u"generatedAt"_s) && !first.contains(u"id"_s)) {
        m_generatedAt = first.value(u"generatedAt"_s).toString(u"?"_s);
        m_pending = false;
    }
    return true;
}

bool NdjsonOrderReader::readLine()
{
    for (;;) {
        // Into one buffer allocated once (QIODevice::readLine(maxSize) would allocate maxSize per line);
        // its pages become resident only as far as the longest line reaches.
        if (m_buffer.isEmpty())
            m_buffer.resize(m_maxLineBytes + 2);
        const qint64 read = m_file.readLine(m_buffer.data(), m_buffer.size());
        if (read <= 0)
            return false;
        m_line = QByteArray::fromRawData(m_buffer.constData(), read);
        ++m_lineNumber;
        m_lineEnded = m_line.endsWith('\n');
        // The buffer full without a line end: longer than an order may be, even as the last line.
        m_tooLong = !m_lineEnded && read > m_maxLineBytes;
        if (!m_tooLong && m_line.trimmed().isEmpty())
            continue;
        while (!m_lineEnded && !m_file.atEnd()) { // skip the rest of an overlong line (m_line is spent)
            const qint64 rest = m_file.readLine(m_buffer.data(), m_buffer.size());
            m_lineEnded = rest <= 0 || m_buffer.at(rest - 1) == '\n';
        }
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
            reject(u": longer than %1"_s.arg(sizeText(m_maxLineBytes)));
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

} // namespace kiosk
