#pragma once

#include "ReceiptPrinter.h"

#include <QSerialPort>

#include <memory>

namespace kiosk::drivers {

class StreamPrintJob;

/// A receipt printer on a serial port (RS-232 or USB-serial), 8N1 with hardware flow control.
/// The port is opened for each receipt so that a printer replugged between receipts just works.
class SerialReceiptPrinter final : public ReceiptPrinter
{
    Q_OBJECT
public:
    SerialReceiptPrinter(QString portName, qint32 baudRate, int timeoutMs = 5000, QObject *parent = nullptr);
    ~SerialReceiptPrinter() override;

    void print(const QByteArray &escpos) override;
    bool isBusy() const override { return m_job != nullptr; }

private:
    void finish(Fault fault);

    QSerialPort m_port;
    int m_timeoutMs;
    std::unique_ptr<StreamPrintJob> m_job;
};

} // namespace kiosk::drivers
