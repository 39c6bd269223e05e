#pragma once

#include "dropoff/ChuteLock.h"
#include "indicator/Indicator.h"
#include "printer/ReceiptPrinter.h"
#include "scanner/Scanner.h"
#include "sensor/ItemSensor.h"

#include <memory>

namespace kiosk::drivers {

/// Every device one kiosk drives, as built by DeviceFactory from a hardware profile. The
/// composition root owns it; the rest of the app sees only the interfaces.
struct DeviceSet
{
    QString profile;
    std::unique_ptr<ChuteLock> chute;
    std::unique_ptr<ReceiptPrinter> printer;
    std::unique_ptr<ItemSensor> scale;
    std::unique_ptr<Indicator> indicator;
    std::unique_ptr<scanner::Scanner> scanner; ///< null: codes come from the camera only
};

} // namespace kiosk::drivers
