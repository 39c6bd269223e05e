#include "SerialReceiptPrinter.h"

#include "StreamPrintJob.h"

namespace kiosk::drivers {

SerialReceiptPrinter::SerialReceiptPrinter(QString portName, qint32 baudRate, int timeoutMs, QObject *parent)
    : ReceiptPrinter(parent)
    , m_timeoutMs(timeoutMs)
{
    m_port.setPortName(portName);
    m_port.setBaudRate(baudRate);
    m_port.setFlowControl(QSerialPort::HardwareControl);
    connect(&m_port, &QSerialPort::errorOccurred, this, [this](QSerialPort::SerialPortError error) {
        if (m_job && error != QSerialPort::NoError && error != QSerialPort::TimeoutError)
            m_job->abort(Fault::Offline);
    });
}

SerialReceiptPrinter::~SerialReceiptPrinter() = default;

void SerialReceiptPrinter::print(const QByteArray &escpos)
{
    if (m_job) {
        Q_EMIT failed(Fault::Busy);
        return;
    }
    m_job = std::make_unique<StreamPrintJob>(m_port, escpos, m_timeoutMs);
    connect(
        m_job.get(), &StreamPrintJob::finished, this, &SerialReceiptPrinter::finish, Qt::QueuedConnection);
    if (!m_port.open(QIODevice::ReadWrite)) {
        m_job->abort(Fault::Offline);
        return;
    }
    m_job->start();
}

void SerialReceiptPrinter::finish(Fault fault)
{
    m_job.reset();
    m_port.close();
    if (fault == Fault::None)
        Q_EMIT printed();
    else
        Q_EMIT failed(fault);
}

} // namespace kiosk::drivers
