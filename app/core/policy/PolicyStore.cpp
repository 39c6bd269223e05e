#include "PolicyStore.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcPolicy)

namespace kiosk {

PolicyStore::PolicyStore(
    PolicyLoader::TrustedKeys trustedKeys, QString activeBundlePath, QString retailerId, const Clock &clock)
    : m_trustedKeys(std::move(trustedKeys))
    , m_activeBundlePath(std::move(activeBundlePath))
    , m_retailerId(std::move(retailerId))
    , m_clock(clock)
{ }

std::unique_ptr<PolicyStore> PolicyStore::forKiosk(const QString &trustedKeysPath, const QString &dataDir,
    const QString &retailerId, const Clock &clock, QStringList *errors)
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
    return std::make_unique<PolicyStore>(std::move(keys), activeBundlePath(dataDir), retailerId, clock);
}

QString PolicyStore::activeBundlePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(u"policy.json"_s);
}

QStringList PolicyStore::refusals(const Policy &policy) const
{
    QStringList refused;
    if (policy.retailerId != m_retailerId)
        refused.append(u"$.policy.retailerId: the policy is for retailer \"%1\", this kiosk is enrolled with "
                       "\"%2\""_s.arg(policy.retailerId, m_retailerId));
    const QDateTime now = m_clock.now();
    if (now < policy.notBefore)
        refused.append(u"$.policy.notBefore: not valid yet: valid from %1 (now %2)"_s.arg(
            policy.notBefore.toUTC().toString(Qt::ISODate), now.toUTC().toString(Qt::ISODate)));
    if (now >= policy.notAfter)
        refused.append(u"$.policy.notAfter: expired at %1 (now %2)"_s.arg(
            policy.notAfter.toUTC().toString(Qt::ISODate), now.toUTC().toString(Qt::ISODate)));
    return refused;
}

PolicyLoader::Result PolicyStore::loadActive()
{
    PolicyLoader::Result result = PolicyLoader::fromBundleFile(m_activeBundlePath, m_trustedKeys);
    if (result.policy) {
        if (const QStringList refused = refusals(*result.policy); !refused.isEmpty())
            return { nullptr, refused };
        m_current = result.policy;
    }
    return result;
}

PolicyLoader::Result PolicyStore::offer(const QByteArray &bundleJson)
{
    PolicyLoader::Result result = PolicyLoader::fromBundle(bundleJson, m_trustedKeys);
    if (!result.policy)
        return result;
    if (const QStringList refused = refusals(*result.policy); !refused.isEmpty()) {
        qCWarning(lcPolicy).noquote() << "policy bundle refused:" << refused.join(u"; "_s);
        return { nullptr, refused };
    }
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
