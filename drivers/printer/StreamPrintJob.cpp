#include "StreamPrintJob.h"

#include "EscPosEncoder.h"

namespace kiosk::drivers {

StreamPrintJob::StreamPrintJob(QIODevice &device, QByteArray escpos, int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_device(&device)
    , m_escpos(std::move(escpos))
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(timeoutMs);
    connect(&m_timeout, &QTimer::timeout, this, [this] { end(ReceiptPrinter::Fault::Offline); });
    connect(&device, &QIODevice::readyRead, this, &StreamPrintJob::onReadyRead);
    connect(&device, &QIODevice::bytesWritten, this, &StreamPrintJob::onBytesWritten);
}

void StreamPrintJob::start()
{
    m_phase = Phase::AwaitingStatus;
    m_timeout.start();
    m_device->readAll(); // drop anything the printer said before this job
    m_device->write(EscPosEncoder::requestPaperStatus());
}

void StreamPrintJob::abort(ReceiptPrinter::Fault fault)
{
    end(fault);
}

void StreamPrintJob::onReadyRead()
{
    if (m_phase != Phase::AwaitingStatus)
        return;
    char reply = 0;
    if (!m_device->getChar(&reply))
        return;
    switch (EscPosEncoder::parsePaperStatus(reply)) {
    case EscPosEncoder::PaperStatus::Out:
        end(ReceiptPrinter::Fault::PaperOut);
        return;
    case EscPosEncoder::PaperStatus::Invalid:
        end(ReceiptPrinter::Fault::Offline);
        return;
    case EscPosEncoder::PaperStatus::Ok:
    case EscPosEncoder::PaperStatus::NearEnd:
        break;
    }
    m_phase = Phase::Writing;
    m_pending = m_escpos.size();
    m_timeout.start();
    if (m_device->write(m_escpos) != m_escpos.size())
        end(ReceiptPrinter::Fault::Offline);
}

void StreamPrintJob::onBytesWritten(qint64 bytes)
{
    if (m_phase != Phase::Writing)
        return;
    m_pending -= bytes;
    if (m_pending <= 0)
        end(ReceiptPrinter::Fault::None);
}

void StreamPrintJob::end(ReceiptPrinter::Fault fault)
{
    if (m_phase == Phase::Done)
        return;
    m_phase = Phase::Done;
    m_timeout.stop();
    if (m_device)
        m_device->disconnect(this);
    Q_EMIT finished(fault);
}

} // namespace kiosk::drivers
