#pragma once

#include "config/KioskConfig.h"
#include "provision/EnrolmentRecord.h"
#include "sync/SyncConfig.h"

#include <optional>

namespace kiosk {

/// Where and how a kiosk reaches its backend, the one rule the app and `kioskctl selftest` share: the
/// data dir's enrolment (mutual TLS with the kiosk's own key), else kiosk.json's "sync" object (the
/// device token from the file enrolment wrote), else its "backendUrl". Nullopt when none is configured,
/// or (with @p error set) when the configured one cannot be used.
namespace KioskSyncConfig {

std::optional<SyncConfig> resolve(const KioskConfig &config, const std::optional<EnrolmentRecord> &enrolment,
    const QString &dataDir, QString *error);

} // namespace KioskSyncConfig
} // namespace kiosk
