#pragma once

#include "dropoff/ChuteLock.h"
#include "indicator/Indicator.h"
#include "printer/ReceiptPrinter.h"
#include "scanner/Scanner.h"
#include "sensor/ItemSensor.h"

#include <QString>

#include <memory>
#include <vector>

namespace kiosk::drivers {

/// One bin the chute drops into, as the hardware profile declares it: when it counts as full.
struct BinSpec
{
    QString id {}; ///< the policy's bin name it takes ("GEN"); the first bin takes any other bin's items
    int capacityItems = 40; ///< full at this many items; 0: not counted
    int capacityGrams = 18000; ///< full when the scale reads this much; 0: not weighed
};

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
    std::vector<BinSpec> bins { BinSpec { QStringLiteral("MAIN") } }; ///< at least one
    QString readerAt
        = QStringLiteral("below"); ///< the profile's "readerAt": below, left or right of the screen
};

} // namespace kiosk::drivers
