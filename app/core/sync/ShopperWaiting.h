#pragma once

#include "sync/SyncConfig.h"

namespace kiosk {

/// The backend's settings for a request a shopper waits on at the screen: a slow answer counts as none.
inline SyncConfig forShopperWaiting(SyncConfig config)
{
    config.connectTimeout = std::chrono::seconds(3);
    config.requestTimeout = std::chrono::seconds(5);
    return config;
}

} // namespace kiosk
