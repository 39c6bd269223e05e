#include "PolicyStore.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcPolicy)

namespace kiosk {

PolicyStore::PolicyStore(PolicyLoader::TrustedKeys trustedKeys, QString activeBundlePath)
    : m_trustedKeys(std::move(trustedKeys))
    , m_activeBundlePath(std::move(activeBundlePath))
{ }

std::unique_ptr<PolicyStore> PolicyStore::forKiosk(
    const QString &trustedKeysPath, const QString &dataDir, QStringList *errors)
{
    PolicyLoader::TrustedKeys keys;
    if (!trustedKeysPath.isEmpty()) {
        QStringList keyErrors;
        keys = PolicyLoader::loadTrustedKeys(trustedKeysPath, &keyErrors);
        if (!keyErrors.isEmpty()) {
            *errors += keyErrors;
            return nullptr;
        }
    }
    return std::make_unique<PolicyStore>(std::move(keys), activeBundlePath(dataDir));
}

QString PolicyStore::activeBundlePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(u"policy.json"_s);
}

PolicyLoader::Result PolicyStore::loadActive()
{
    PolicyLoader::Result result = PolicyLoader::fromBundleFile(m_activeBundlePath, m_trustedKeys);
    if (result.policy)
        m_current = result.policy;
    return result;
}

PolicyLoader::Result PolicyStore::offer(const QByteArray &bundleJson)
{
    PolicyLoader::Result result = PolicyLoader::fromBundle(bundleJson, m_trustedKeys);
    if (!result.policy)
        return result;
    // One version sequence across policy ids (anti-rollback): an older bundle is refused whatever its
    // id, and another policy must come with a newer version than the one in force.
    if (m_current
        && (result.policy->version < m_current->version
            || (result.policy->version == m_current->version
                && result.policy->policyId != m_current->policyId))) {
        return { nullptr,
            { u"$.policy.version: %1 (%2) is not newer than version %3 (%4) in force"_s
                    .arg(result.policy->version)
                    .arg(result.policy->policyId)
                    .arg(m_current->version)
                    .arg(m_current->policyId) } };
    }
    QSaveFile file(m_activeBundlePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(bundleJson) != bundleJson.size() || !file.commit())
        return { nullptr,
            { u"$: cannot persist the policy to %1: %2"_s.arg(m_activeBundlePath, file.errorString()) } };
    qCInfo(lcPolicy) << "policy" << result.policy->policyId << "version" << result.policy->version
                     << "in force";
    m_current = result.policy;
    return result;
}

} // namespace kiosk
