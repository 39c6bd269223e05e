#pragma once

#include "ReceiptPrinter.h"

#include <QIODevice>
#include <QPointer>
#include <QTimer>

namespace kiosk::drivers {

/// One receipt sent over an open, bidirectional byte stream (TCP socket or serial port): asks the
/// printer for its paper status (DLE EOT 4), and only if there is paper writes the receipt and
/// waits until every byte has left. Ends in exactly one finished(), with Fault::None on success.
/// Shared by TcpReceiptPrinter and SerialReceiptPrinter; the device stays owned by the caller.
class StreamPrintJob : public QObject
{
    Q_OBJECT
public:
    StreamPrintJob(QIODevice &device, QByteArray escpos, int timeoutMs, QObject *parent = nullptr);

    /// Call once the device is open.
    void start();
    /// The device failed or closed under the job.
    void abort(ReceiptPrinter::Fault fault);

Q_SIGNALS:
    void finished(kiosk::drivers::ReceiptPrinter::Fault fault);

private:
    void onReadyRead();
    void onBytesWritten(qint64 bytes);
    void end(ReceiptPrinter::Fault fault);

    enum class Phase { Idle, AwaitingStatus, Writing, Done };

    QPointer<QIODevice> m_device;
    QByteArray m_escpos;
    qint64 m_pending = 0;
    Phase m_phase = Phase::Idle;
    QTimer m_timeout;
};

} // namespace kiosk::drivers
