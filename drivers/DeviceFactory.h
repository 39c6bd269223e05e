#pragma once

#include "DeviceSet.h"

#include <QDir>
#include <QJsonObject>

namespace kiosk::drivers {

/// The one place that picks device backends. A profile is `sim` (every device simulated) or the
/// name of a JSON file in the hardware profile directory (kiosk-config/hardware/<name>.json) or a
/// path to one. Each device entry has a "type": printer usb|tcp|serial|sim, chute gpio|sim,
/// scale serial|sim, indicator gpio|sim; see kiosk-config/hardware/README.md. HardwareProfile checks the file
/// first.
class DeviceFactory
{
public:
    struct Result
    {
        std::unique_ptr<DeviceSet> devices; ///< null on error
        QString error;
    };

    static Result build(const QString &profile, const QDir &profileDir);
    static Result fromJson(const QString &profile, const QJsonObject &json);
    static std::unique_ptr<DeviceSet> simulated();
};

} // namespace kiosk::drivers
