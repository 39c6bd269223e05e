#pragma once

// The demo orders as a cache file, for the cache tests.
#include "cache/CacheStore.h"

#include <QString>

namespace kiosk::test {

/// kiosk-config/demo/orders.json: three orders (RK-100001..RK-100003) with verifiers and contacts.
inline const QString DemoOrders = QStringLiteral(KIOSK_SOURCE_DIR "/kiosk-config/demo/orders.json");

/// Writes the demo orders into a new cache at `path` and closes it: true when all three were imported.
inline bool writeDemoCache(const QString &path)
{
    CacheStore cache;
    return cache.open(path) && cache.importFile(DemoOrders).imported == 3;
}

} // namespace kiosk::test
