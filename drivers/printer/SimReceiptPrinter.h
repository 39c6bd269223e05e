#pragma once

#include "ReceiptPrinter.h"

#include <QTimer>

#include <deque>

namespace kiosk::drivers {

/// Simulated printer for `--hardware=sim`, demos and tests: "prints" after a short delay and keeps
/// the last receipt's bytes. Faults can be scripted for the next jobs, or made to stick (paper
/// out until a colleague refills it) with setStuckFault().
class SimReceiptPrinter final : public ReceiptPrinter
{
    Q_OBJECT
public:
    explicit SimReceiptPrinter(int printMs = 200, QObject *parent = nullptr);

    void print(const QByteArray &escpos) override;
    bool isBusy() const override { return m_timer.isActive(); }

    /// The next print() calls fail with these faults, in order.
    void scriptFault(Fault fault) { m_script.push_back(fault); }
    /// Every print() fails with this fault until it is set back to Fault::None.
    void setStuckFault(Fault fault) { m_stuck = fault; }
    QByteArray lastReceipt() const { return m_lastReceipt; }
    int printedCount() const { return m_printedCount; }

private:
    void finish();

    QTimer m_timer;
    std::deque<Fault> m_script;
    Fault m_stuck = Fault::None;
    Fault m_pending = Fault::None;
    QByteArray m_job;
    QByteArray m_lastReceipt;
    int m_printedCount = 0;
};

} // namespace kiosk::drivers
