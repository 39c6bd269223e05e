#pragma once

#include "Clock.h"
#include "PolicyLoader.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace kiosk {

/// Holds the policy in force and vets candidates: a candidate replaces it only when its bundle is signed
/// by a trusted key, well formed, for this kiosk's retailer, valid now (notBefore <= now < notAfter), and
/// not older than the version in force, whatever its policy id (the same version again only for the same
/// policy id); otherwise the current policy stays in force. Accepted bundles are persisted (atomically)
/// so they survive a restart, where they are vetted again.
class PolicyStore
{
public:
    PolicyStore(PolicyLoader::TrustedKeys trustedKeys, QString activeBundlePath, QString retailerId,
        const Clock &clock);
    /// The kiosk's store: the keys in the file kiosk.json names (none when empty) and policy.json in
    /// the data directory (loadActive() reads it). Null, with the reasons, when the keys file can't be
    /// used.
    static std::unique_ptr<PolicyStore> forKiosk(const QString &trustedKeysPath, const QString &dataDir,
        const QString &retailerId, const Clock &clock, QStringList *errors);
    /// Where the kiosk keeps the bundle in force: policy.json in its data directory.
    static QString activeBundlePath(const QString &dataDir);

    /// Loads the persisted bundle at start-up; false (with errors) if absent or no longer valid.
    PolicyLoader::Result loadActive();
    /// Offers a new bundle (from sync or a file); on failure nothing changes.
    PolicyLoader::Result offer(const QByteArray &bundleJson);
    std::shared_ptr<const Policy> current() const { return m_current; }

private:
    /// Why a signed, well-formed policy is not for this kiosk now; empty when it is.
    QStringList refusals(const Policy &policy) const;

    PolicyLoader::TrustedKeys m_trustedKeys;
    QString m_activeBundlePath;
    QString m_retailerId;
    const Clock &m_clock;
    std::shared_ptr<const Policy> m_current;
};

} // namespace kiosk
