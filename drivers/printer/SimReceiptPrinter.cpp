#include "SimReceiptPrinter.h"

namespace kiosk::drivers {

SimReceiptPrinter::SimReceiptPrinter(int printMs, QObject *parent)
    : ReceiptPrinter(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(printMs);
    connect(&m_timer, &QTimer::timeout, this, &SimReceiptPrinter::finish);
}

void SimReceiptPrinter::print(const QByteArray &escpos)
{
    if (m_timer.isActive()) {
        Q_EMIT failed(Fault::Busy);
        return;
    }
    m_pending = m_stuck;
    if (m_pending == Fault::None && !m_script.empty()) {
        m_pending = m_script.front();
        m_script.pop_front();
    }
    m_job = escpos;
    m_timer.start();
}

void SimReceiptPrinter::finish()
{
    if (m_pending != Fault::None) {
        Q_EMIT failed(m_pending);
        return;
    }
    m_lastReceipt = std::exchange(m_job, {});
    ++m_printedCount;
    Q_EMIT printed();
}

} // namespace kiosk::drivers
