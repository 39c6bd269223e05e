#pragma once

#include "HardwareDetector.h"

#include <QStringList>

#include <chrono>
#include <functional>

namespace kiosk::drivers {

/// Finds devices the Linux way: serial ports in /sys/class/tty with the USB ids of the adapter they
/// hang off (ttyS ports of the legacy serial8250 driver only when QSerialPortInfo lists them too),
/// evdev barcode scanners (/sys/class/input of a known scanner vendor or name, and
/// /dev/input/by-id/*-event-kbd named after one), USB printers (/dev/usb/lp*), network printers that
/// answer on their port, cameras (QMediaDevices) and GPIO chips (/dev/gpiochip*, /sys/bus/gpio).
/// The /sys and /dev roots are settings, so tests build a fake tree in a temporary directory.
class LinuxHardwareDetector : public HardwareDetector
{
public:
    struct Sources
    {
        QString sysRoot = QStringLiteral("/sys");
        QString devRoot = QStringLiteral("/dev");
        QStringList networkPrinters; ///< "host" or "host:port" (9100), each probed with a TCP connect
        std::chrono::milliseconds probeTimeout { 800 };
        /// The cameras; null: Qt Multimedia's (QMediaDevices::videoInputs).
        std::function<QList<DetectedDevice>()> cameras;
    };

    /// USB vendors whose keyboard-mode devices are barcode scanners: Honeywell, Zebra (Symbol),
    /// Datalogic, Newland, Opticon, Hand Held Products.
    static const QStringList ScannerVendors;

    explicit LinuxHardwareDetector(Sources sources);
    QList<DetectedDevice> detect() const override;

private:
    QList<DetectedDevice> serialPorts() const;
    QList<DetectedDevice> scanners() const;
    QList<DetectedDevice> usbPrinters() const;
    QList<DetectedDevice> networkPrinters() const;
    QList<DetectedDevice> gpioChips() const;

    Sources m_sources;
};

} // namespace kiosk::drivers
