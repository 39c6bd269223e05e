#include "SerialScanner.h"

#include <QLoggingCategory>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcScanner)

namespace kiosk::scanner {

SerialScanner::SerialScanner(const QString &portName, qint32 baudRate, QObject *parent)
    : Scanner(parent)
{
    m_port.setPortName(portName);
    m_port.setBaudRate(baudRate);
    m_reconnect.setInterval(1000);
    connect(&m_reconnect, &QTimer::timeout, this, &SerialScanner::tryOpen);
    connect(&m_port, &QSerialPort::readyRead, this, &SerialScanner::readLines);
    connect(&m_port, &QSerialPort::errorOccurred, this, &SerialScanner::handleError);
}

void SerialScanner::start()
{
    if (!tryOpen())
        m_reconnect.start();
}

bool SerialScanner::tryOpen()
{
    if (!m_port.open(QIODevice::ReadOnly)) {
        setFault(u"cannot open "_s + m_port.portName() + u": "_s + m_port.errorString());
        return false;
    }
    m_reconnect.stop();
    m_decoder.reset();
    setFault({});
    Q_EMIT connectedChanged(true);
    return true;
}

void SerialScanner::readLines()
{
    const SerialLineDecoder::Output out = m_decoder.feed(m_port.readAll());
    for (const QString &scan : out.scans)
        Q_EMIT scanned(scan, Source::Serial);
    if (out.overlong) {
        qCWarning(lcScanner) << "serial scanner sent over" << MaxLineLength << "bytes without a line end";
        setFault(u"scanner sends garbage (no line end)"_s);
    }
}

void SerialScanner::handleError(QSerialPort::SerialPortError error)
{
    if (error != QSerialPort::ResourceError || !m_port.isOpen())
        return;
    qCWarning(lcScanner) << "serial scanner went away:" << m_port.errorString();
    m_port.close();
    setFault(u"scanner unplugged"_s);
    Q_EMIT connectedChanged(false);
    m_reconnect.start();
}

} // namespace kiosk::scanner
