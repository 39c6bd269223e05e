#include "SerialScale.h"

#include "ScaleLine.h"

namespace kiosk::drivers {

namespace {
constexpr qint64 MaxBufferedBytes = 256;
}

SerialScale::SerialScale(QString portName, qint32 baudRate, int silenceMs, QObject *parent)
    : ItemSensor(parent)
{
    m_port.setPortName(portName);
    m_port.setBaudRate(baudRate);
    m_silence.setSingleShot(true);
    m_silence.setInterval(silenceMs);
    connect(&m_silence, &QTimer::timeout, this, [this] { fail(Fault::Offline); });
    connect(&m_port, &QSerialPort::readyRead, this, &SerialScale::onReadyRead);
    connect(&m_port, &QSerialPort::errorOccurred, this, [this](QSerialPort::SerialPortError error) {
        if (error == QSerialPort::ResourceError) {
            m_port.close();
            fail(Fault::Offline);
        }
    });
}

void SerialScale::start()
{
    m_faulted = false;
    if (!m_port.isOpen() && !m_port.open(QIODevice::ReadOnly)) {
        fail(Fault::Offline);
        return;
    }
    m_silence.start();
}

void SerialScale::stop()
{
    m_silence.stop();
    m_port.close();
}

void SerialScale::onReadyRead()
{
    while (m_port.canReadLine()) {
        const std::optional<ScaleLine> line = ScaleLine::parse(m_port.readLine(MaxBufferedBytes));
        if (!line)
            continue;
        m_silence.start();
        if (line->status == ScaleLine::Status::Overload) {
            fail(Fault::Overload);
            continue;
        }
        m_faulted = false;
        m_grams = line->grams;
        m_stable = line->status == ScaleLine::Status::Stable;
        Q_EMIT reading(m_grams, m_stable);
    }
    if (m_port.bytesAvailable() > MaxBufferedBytes) // noise without line ends
        m_port.readAll();
}

void SerialScale::fail(Fault fault)
{
    if (m_faulted)
        return;
    m_faulted = true;
    Q_EMIT faulted(fault);
}

} // namespace kiosk::drivers
