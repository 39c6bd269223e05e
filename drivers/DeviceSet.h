#pragma once

#include "camera/FrameSource.h"
#include "dropoff/ChuteLock.h"
#include "indicator/Indicator.h"
#include "keys/NavigationKeys.h"
#include "printer/ReceiptPrinter.h"
#include "scanner/Scanner.h"
#include "sensor/ItemSensor.h"

#include <QString>

#include <memory>
#include <vector>

namespace kiosk::drivers {

/// One bin, as the hardware profile declares it: the chute that drops into it and when it counts as full.
struct BinSpec
{
    QString id {}; ///< the policy's bin name it takes ("GEN"); the first bin takes any other bin's items
    QString chute {}; ///< the id of the chute above it
    int capacityItems = 40; ///< full at this many items; 0: not counted
    int capacityGrams = 18000; ///< full when the scale reads this much; 0: not weighed
};

/// Every device one kiosk drives, as built by DeviceFactory from a hardware profile. The
/// composition root owns it; the rest of the app sees only the interfaces.
struct DeviceSet
{
    /// One chute: its own lock and sensor, dropping into its bins.
    struct Chute
    {
        QString id;
        std::unique_ptr<ChuteLock> lock;
    };

    QString profile;
    std::vector<Chute> chutes; ///< at least one; the scale sits under the first
    std::unique_ptr<ReceiptPrinter> printer;
    std::unique_ptr<ItemSensor> scale;
    std::unique_ptr<Indicator> indicator;
    std::unique_ptr<scanner::Scanner> scanner; ///< null: codes come from the camera only
    std::unique_ptr<kiosk::camera::FrameSource> camera; ///< null: no camera (the composition root takes it)
    std::vector<BinSpec> bins; ///< at least one, each under one of the chutes
    QString readerAt
        = QStringLiteral("below"); ///< the profile's "readerAt": below, left or right of the screen
    NavigationKeys keys; ///< the profile's "keys" for the read-aloud mode

    /// The chute the profile lists first: the one over the scale.
    ChuteLock &firstChute() const { return *chutes.front().lock; }
    /// Every chute, by id, in the profile's order.
    std::vector<NamedChute> namedChutes() const
    {
        std::vector<NamedChute> named;
        for (const Chute &chute : chutes)
            named.push_back({ chute.id, chute.lock.get() });
        return named;
    }
};

} // namespace kiosk::drivers
