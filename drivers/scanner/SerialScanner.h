#pragma once

#include "scanner/Scanner.h"
#include "scanner/SerialLineDecoder.h"

#include <QSerialPort>
#include <QTimer>

namespace kiosk::scanner {

/// A serial or USB CDC-ACM scanner: one scan per CR/LF-terminated line (SerialLineDecoder). When the device
/// is yanked it reports the fault and reopens the port every second until it is back.
class SerialScanner : public Scanner
{
    Q_OBJECT
public:
    static constexpr qsizetype MaxLineLength = SerialLineDecoder::MaxLineLength;

    explicit SerialScanner(const QString &portName, qint32 baudRate = 9600, QObject *parent = nullptr);

    bool isConnected() const override { return m_port.isOpen(); }
    /// Opens now; on failure keeps retrying in the background.
    void start();

private:
    bool tryOpen();
    void readLines();
    void handleError(QSerialPort::SerialPortError error);

    QSerialPort m_port;
    QTimer m_reconnect;
    SerialLineDecoder m_decoder;
};

} // namespace kiosk::scanner
