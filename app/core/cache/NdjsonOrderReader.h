#pragma once

#include "cache/OrderJson.h"

#include <QFile>
#include <QString>
#include <QStringList>

namespace kiosk {

/// What `kioskctl cache import` accepts, whichever form the data set has.
namespace ImportLimits {
inline constexpr qint64 MaxFileBytes = 2LL * 1024 * 1024 * 1024;
inline constexpr qint64 MaxLineBytes = 16 * 1024 * 1024; ///< one order's JSON, at most
inline constexpr int MaxReportedErrors = 20;
} // namespace ImportLimits

/// Reads an NDJSON orders data set one line at a time, in constant memory: an optional first line
/// {"generatedAt": ISO}, then one order object per line (blank lines skipped). A line that holds no
/// order is rejected with its line number and the reading goes on; a last line cut off mid-write (no
/// newline at its end and not valid JSON) is reported as such, and the orders before it stand.
class NdjsonOrderReader
{
public:
    /// @p maxLineBytes: the longest order line taken (whole data sets: ImportLimits::MaxLineBytes).
    explicit NdjsonOrderReader(const QString &path, qint64 maxLineBytes = ImportLimits::MaxLineBytes);

    /// Opens the file and reads the header line if there is one; false with error() when unreadable.
    bool open();
    QString error() const { return m_error; }
    /// The header's "generatedAt" text; null when the file has no header.
    QString generatedAt() const { return m_generatedAt; }

    /// The next order, parsed; false after the last line. Lines that hold no order are skipped and
    /// counted in rejected(), the first of them described in errors().
    bool next(OrderJson::Result *order);
    /// The line the last order handed over stands on (1-based).
    qint64 line() const { return m_orderLine; }
    qint64 bytesRead() const { return m_file.pos(); }
    qint64 size() const { return m_size; } ///< as open() found it (QFile::size() is a system call)
    int rejected() const { return m_rejected; }
    QStringList errors() const { return m_errors; }

private:
    /// The next non-blank line into m_line (without its newline); false at the end of the file.
    bool readLine();
    void reject(const QString &why);

    QFile m_file;
    qint64 m_maxLineBytes;
    QString m_error;
    QString m_generatedAt;
    qint64 m_size = 0;
    QByteArray m_buffer; ///< m_maxLineBytes + 2, allocated at the first line
    QByteArray m_line; ///< the line read last, in m_buffer (valid until the next read)
    bool m_lineEnded = true; ///< the line read last ended with a newline
    bool m_tooLong = false; ///< the line read last was longer than an order may be
    bool m_pending = false; ///< m_line was read by open() and is not the header
    qint64 m_lineNumber = 0;
    qint64 m_orderLine = 0;
    int m_rejected = 0;
    QStringList m_errors;
};

} // namespace kiosk
