#include "ImportProgress.h"

namespace kiosk::cli {

namespace {

qint64 perSecond(qint64 count, qint64 ms)
{
    return ms > 0 ? count * 1000 / ms : count;
}

} // namespace

ImportProgress::ImportProgress(QTextStream &err, bool live)
    : m_err(err)
    , m_live(live)
{
    m_timer.start();
}

void ImportProgress::update(const QString &what, qint64 orders, int rejected, qint64 bytes, qint64 totalBytes)
{
    const qint64 now = m_timer.elapsed();
    if (!m_live || now - m_lastReport < 1000)
        return;
    m_lastReport = now;
    m_err << "cache import: " << what << ' ' << orders << " orders, " << perSecond(orders, now) << "/s, "
          << rejected << " rejected (" << bytes / (1024 * 1024) << " of " << totalBytes / (1024 * 1024)
          << " MiB)" << Qt::endl;
}

void ImportProgress::finish(qint64 imported, int rejected)
{
    const qint64 ms = m_timer.elapsed();
    m_err << "cache import: " << imported << " orders imported, " << rejected << " rejected in "
          << QString::number(double(ms) / 1000.0, 'f', 1) << " s (" << perSecond(imported, ms) << " orders/s)"
          << Qt::endl;
}

} // namespace kiosk::cli
