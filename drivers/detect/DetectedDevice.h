#pragma once

#include <QJsonObject>
#include <QString>

namespace kiosk::drivers {

/// One device HardwareDetector found: its kind (the "kind" of a profile's match rule), where it is,
/// what it calls itself and, for USB devices, its vendor and product ids.
struct DetectedDevice
{
    QString
        kind; ///< serial, scanner, usb-printer, network-printer, camera, gpio (HardwareProfile::MatchKinds)
    QString node; ///< /dev/ttyUSB0, /dev/input/by-id/…-event-kbd, /dev/usb/lp0, host:port, camera id,
                  ///< /dev/gpiochip0
    QString name; ///< the product, input or camera name, the chip's label, the printer's host
    QString usb; ///< "vvvv:pppp" in lower-case hex; empty when not a USB device or unknown
    bool reachable = true; ///< network printers: answered on their port within the timeout

    /// One line for the screen and kioskctl: "serial /dev/ttyUSB0 FT232R USB UART [0403:6001]".
    QString describe() const;
    QJsonObject toJson() const;
};

} // namespace kiosk::drivers
