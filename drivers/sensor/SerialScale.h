#pragma once

#include "ItemSensor.h"

#include <QSerialPort>
#include <QTimer>

namespace kiosk::drivers {

/// A scale on a serial port that streams ScaleLine readings (9600 8N1 by default). No line for
/// `silenceMs`, an unplugged port or an overload reading raise faulted(); readings resume on
/// their own after a silence, and start() reopens a port that went away.
class SerialScale final : public ItemSensor
{
    Q_OBJECT
public:
    SerialScale(QString portName, qint32 baudRate = 9600, int silenceMs = 3000, QObject *parent = nullptr);

    void start() override;
    void stop() override;
    int grams() const override { return m_grams; }
    bool isStable() const override { return m_stable; }
    /// The scale streams: started, its next line is the reading, or the silence a fault.
    void requestReading() override { start(); }

private:
    void onReadyRead();
    void fail(Fault fault);

    QSerialPort m_port;
    QTimer m_silence;
    int m_grams = 0;
    bool m_stable = false;
    bool m_faulted = false;
};

} // namespace kiosk::drivers
