#pragma once

#include "ReceiptPrinter.h"

#include <QTcpSocket>

#include <memory>

namespace kiosk::drivers {

class StreamPrintJob;

/// A network receipt printer on raw TCP (port 9100, "JetDirect"): one connection per receipt,
/// closed when the last byte has been sent. No answer within the timeout means Offline.
class TcpReceiptPrinter final : public ReceiptPrinter
{
    Q_OBJECT
public:
    TcpReceiptPrinter(QString host, quint16 port, int timeoutMs = 5000, QObject *parent = nullptr);
    ~TcpReceiptPrinter() override;

    void print(const QByteArray &escpos) override;
    bool isBusy() const override { return m_job != nullptr; }

private:
    void finish(Fault fault);

    QString m_host;
    quint16 m_port;
    int m_timeoutMs;
    QTcpSocket m_socket;
    std::unique_ptr<StreamPrintJob> m_job;
};

} // namespace kiosk::drivers
