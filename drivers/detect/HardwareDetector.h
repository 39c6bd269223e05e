#pragma once

#include "DetectedDevice.h"

#include <QList>

namespace kiosk::drivers {

/// Lists the devices attached to this kiosk, for ProfileCatalog to propose the hardware profile that
/// fits them. May take as long as its network probes (under a second): call it off the GUI thread.
class HardwareDetector
{
public:
    virtual ~HardwareDetector() = default;
    virtual QList<DetectedDevice> detect() const = 0;
};

} // namespace kiosk::drivers
