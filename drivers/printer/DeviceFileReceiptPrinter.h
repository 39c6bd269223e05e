#pragma once

#include "ReceiptPrinter.h"

#include <QFutureWatcher>

namespace kiosk::drivers {

/// A printer reached through a write-only device node, typically a USB printer class device
/// (/dev/usb/lp0). The write runs on a worker thread so a stalled printer cannot freeze the UI;
/// a node that cannot be opened or written means Offline. The usblp node reports no paper status.
class DeviceFileReceiptPrinter final : public ReceiptPrinter
{
    Q_OBJECT
public:
    explicit DeviceFileReceiptPrinter(QString path, QObject *parent = nullptr);
    ~DeviceFileReceiptPrinter() override;

    void print(const QByteArray &escpos) override;
    bool isBusy() const override { return m_watcher.isRunning(); }

private:
    QString m_path;
    QFutureWatcher<bool> m_watcher;
};

} // namespace kiosk::drivers
