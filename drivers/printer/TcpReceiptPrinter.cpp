#include "TcpReceiptPrinter.h"

#include "StreamPrintJob.h"

namespace kiosk::drivers {

TcpReceiptPrinter::TcpReceiptPrinter(QString host, quint16 port, int timeoutMs, QObject *parent)
    : ReceiptPrinter(parent)
    , m_host(std::move(host))
    , m_port(port)
    , m_timeoutMs(timeoutMs)
{
    connect(&m_socket, &QTcpSocket::connected, this, [this] {
        if (m_job)
            m_job->start();
    });
    connect(&m_socket, &QTcpSocket::errorOccurred, this, [this] {
        if (m_job)
            m_job->abort(Fault::Offline);
    });
}

TcpReceiptPrinter::~TcpReceiptPrinter() = default;

void TcpReceiptPrinter::print(const QByteArray &escpos)
{
    if (m_job) {
        Q_EMIT failed(Fault::Busy);
        return;
    }
    m_job = std::make_unique<StreamPrintJob>(m_socket, escpos, m_timeoutMs);
    connect(m_job.get(), &StreamPrintJob::finished, this, &TcpReceiptPrinter::finish, Qt::QueuedConnection);
    m_socket.connectToHost(m_host, m_port);
}

void TcpReceiptPrinter::finish(Fault fault)
{
    m_job.reset();
    if (fault == Fault::None)
        m_socket.disconnectFromHost(); // sends what is left, then closes
    else
        m_socket.abort();
    if (fault == Fault::None)
        Q_EMIT printed();
    else
        Q_EMIT failed(fault);
}

} // namespace kiosk::drivers
