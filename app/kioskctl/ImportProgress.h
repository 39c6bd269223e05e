#pragma once

#include <QElapsedTimer>
#include <QString>
#include <QTextStream>

namespace kiosk::cli {

/// What `kioskctl cache import` tells a person watching: a progress line about once a second on a
/// terminal (orders so far, rate, rejected so far, how far into the file), and always a final summary.
class ImportProgress
{
public:
    /// @p live: print the once-a-second lines (stderr is a terminal); the summary is printed regardless.
    ImportProgress(QTextStream &err, bool live);

    /// "cache import: read 120000 orders, 41000/s, 2 rejected (250 of 840 MiB)", at most once a second.
    void update(const QString &what, qint64 orders, int rejected, qint64 bytes, qint64 totalBytes);
    /// "cache import: 1000000 orders imported, 2 rejected in 31.4 s (31847 orders/s)".
    void finish(qint64 imported, int rejected);

private:
    QTextStream &m_err;
    bool m_live;
    QElapsedTimer m_timer;
    qint64 m_lastReport = 0;
};

} // namespace kiosk::cli
