#pragma once

#include "sync/SyncConfig.h"

#include <QJsonObject>

#include <optional>

namespace kiosk {

/// Reads the "sync" object of the kiosk config strictly (unknown keys and wrong types are errors):
/// {"baseUrl", "caBundle", "deviceTokenFile", "kioskId", "pinnedPublicKeys": [...], "clientCertificate",
///  "clientKey", "batchSize",
///  "orderPageSize", "syncIntervalSeconds", "heartbeatIntervalSeconds", "orderPullIntervalSeconds"}.
/// Relative paths are resolved against baseDir; journal.db, cache.db and sync-status.json live in dataDir.
namespace SyncConfigJson {

struct Result
{
    std::optional<SyncConfig> config;
    QString error;
};

/// Whether the device token file must already exist: not before enrolment, which writes it.
enum class Token { Required, NotYetEnrolled };

Result fromJson(
    const QJsonObject &sync, const QString &baseDir, const QString &dataDir, Token token = Token::Required);
/// Loads the file at configPath and reads its "sync" object.
Result fromFile(const QString &configPath, const QString &dataDir, Token token = Token::Required);

} // namespace SyncConfigJson
} // namespace kiosk
