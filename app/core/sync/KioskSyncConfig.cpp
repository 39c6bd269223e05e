#include "KioskSyncConfig.h"

#include "crypto/FileKeyStore.h"
#include "sync/SyncConfigJson.h"

#include <QDir>

using namespace Qt::Literals::StringLiterals;

namespace kiosk::KioskSyncConfig {

std::optional<SyncConfig> resolve(const KioskConfig &config, const std::optional<EnrolmentRecord> &enrolment,
    const QString &dataDir, QString *error)
{
    if (enrolment) // mutual TLS with the kiosk's certificate and key
        return enrolment->syncConfig(
            dataDir, config.caBundle, FileKeyStore(EnrolmentRecord::keyFile(dataDir)).tlsKey());
    if (!config.sync.isEmpty()) {
        auto loaded = SyncConfigJson::fromJson(config.sync, config.configDir, dataDir);
        if (!loaded.config)
            *error = loaded.error;
        return std::move(loaded.config);
    }
    if (config.backendUrl.isEmpty())
        return std::nullopt;
    SyncConfig sync;
    sync.baseUrl = config.backendUrl.toString(QUrl::StripTrailingSlash);
    sync.caBundlePath = config.caBundle;
    sync.deviceToken = config.deviceToken;
    sync.kioskId = config.kioskId;
    const QDir data(dataDir);
    sync.journalPath = data.filePath(u"journal.db"_s);
    sync.cachePath = data.filePath(u"cache.db"_s);
    sync.statusPath = data.filePath(u"sync-status.json"_s);
    return sync;
}

} // namespace kiosk::KioskSyncConfig
