#pragma once

#include "config/StoreConfig.h"
#include "sync/SyncConfig.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace kiosk {

/// What a certificate enrolment leaves in the data dir: `kiosk-key.pem` (the key, FileKeyStore, 0600),
/// `client.pem` (the certificate the backend signed), `policy-keys.json` (the store's policy keys) and
/// `enrolment.json`, written last, so the kiosk is enrolled exactly when it exists. Version 1 of its
/// format: {"schema": 1, "kioskId", "backendUrl", "pins": [...], "store": {...}}.
struct EnrolmentRecord
{
    static constexpr int Schema = 1;

    QString kioskId;
    QString backendUrl;
    QStringList pins; ///< "sha256//BASE64" of the backend's key, from the enrolment QR
    StoreConfig store;

    static QString recordFile(const QString &dataDir);
    static QString certificateFile(const QString &dataDir);
    static QString keyFile(const QString &dataDir);
    static QString policyKeysFile(const QString &dataDir);
    /// `firstboot.pending`: written by first boot before it enrols and removed when it hands over to
    /// attract, so a kiosk restarted in between (power lost, or restarted into the hardware chosen)
    /// resumes first boot at its hardware step or self-test instead of starting untested.
    static QString firstBootPendingFile(const QString &dataDir);
    static bool exists(const QString &dataDir);

    struct Loaded;
    static Loaded load(const QString &dataDir);
    /// Writes the certificate, the policy keys and then enrolment.json, each atomically.
    bool save(const QString &dataDir, const QByteArray &certificate, QString *error) const;
    /// How the kiosk reaches its backend: mutual TLS with its certificate and key, the pin (and
    /// @p caBundle when kiosk.json names one), journal.db/cache.db/sync-status.json in @p dataDir.
    SyncConfig syncConfig(const QString &dataDir, const QString &caBundle, const QString &tlsKey) const;
};

struct EnrolmentRecord::Loaded
{
    std::optional<EnrolmentRecord> record;
    QString error; ///< empty when there is simply no enrolment
};

} // namespace kiosk
