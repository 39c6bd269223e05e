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
    m_buffer.clear();
    m_discardingLine = false;
    setFault({});
    Q_EMIT connectedChanged(true);
    return true;
}

void SerialScanner::readLines()
{
    m_buffer.append(m_port.readAll());
    qsizetype end;
    while ((end = m_buffer.indexOf('\n')) >= 0 || (end = m_buffer.indexOf('\r')) >= 0) {
        const QByteArray line = m_buffer.left(end).trimmed();
        m_buffer.remove(0, end + 1);
        if (m_discardingLine) { // the tail of an over-long line
            m_discardingLine = false;
            continue;
        }
        if (!line.isEmpty())
            Q_EMIT scanned(QString::fromLatin1(line), Source::Serial);
    }
    if (m_buffer.size() > MaxLineLength) {
        qCWarning(lcScanner) << "serial scanner sent" << m_buffer.size() << "bytes without a line end";
        setFault(u"scanner sends garbage (no line end)"_s);
        m_buffer.clear();
        m_discardingLine = true;
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
