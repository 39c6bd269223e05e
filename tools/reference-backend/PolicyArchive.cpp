#include "PolicyArchive.h"

#include <policy/PolicyLoader.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcArchive, "kiosk.backend.policy")

namespace kiosk::backend {

bool PolicyArchive::load(QString *error)
{
    const auto bundles = m_store.policyBundles();
    if (!bundles) {
        *error = m_store.lastError();
        return false;
    }
    for (const QByteArray &bundle : *bundles) {
        if (const QString problem = add(bundle, false); !problem.isEmpty())
            qCWarning(lcArchive).noquote() << "a kept policy bundle no longer reads:" << problem;
    }
    return true;
}

QString PolicyArchive::keep(const QByteArray &bundle)
{
    {
        std::lock_guard lock(m_mutex);
        if (bundle == m_lastKept) // served again unchanged: nothing to read
            return {};
    }
    const QString problem = add(bundle, true);
    if (problem.isEmpty()) {
        std::lock_guard lock(m_mutex);
        m_lastKept = bundle;
    }
    return problem;
}

QString PolicyArchive::add(const QByteArray &bundle, bool persist)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bundle, &parseError);
    if (!document.isObject() || !document.object().value("policy"_L1).isObject())
        return u"the bundle is not a JSON object with a \"policy\" object (%1)"_s.arg(
            parseError.errorString());
    const PolicyLoader::Result loaded
        = PolicyLoader::fromJson(document.object().value("policy"_L1).toObject());
    if (!loaded.policy)
        return loaded.errors.join(u"; "_s);
    const auto key = std::pair { loaded.policy->policyId, loaded.policy->version };
    std::lock_guard lock(m_mutex);
    if (const auto kept = m_policies.find(key); kept != m_policies.end()) {
        if (kept->second.first != bundle)
            qCWarning(lcArchive).noquote()
                << "policy" << key.first << "version" << key.second
                << "was published before with other content; returns are judged by the first one. Publish "
                   "a change under a new version.";
        return {};
    }
    if (persist && !m_store.keepPolicyBundle(key.first, key.second, bundle))
        return u"cannot keep the bundle: %1"_s.arg(m_store.lastError());
    m_policies.emplace(key, std::pair { bundle, loaded.policy });
    qCInfo(lcArchive).noquote() << "keeping policy" << key.first << "version" << key.second;
    return {};
}

std::shared_ptr<const Policy> PolicyArchive::find(const QString &policyId, int version) const
{
    std::lock_guard lock(m_mutex);
    const auto kept = m_policies.find(std::pair { policyId, version });
    return kept == m_policies.end() ? nullptr : kept->second.second;
}

bool PolicyArchive::isEmpty() const
{
    std::lock_guard lock(m_mutex);
    return m_policies.empty();
}

QString PolicyArchive::describe() const
{
    std::lock_guard lock(m_mutex);
    QStringList versions;
    for (const auto &[key, kept] : m_policies)
        versions.append(u"%1 v%2"_s.arg(key.first).arg(key.second));
    return versions.join(u", "_s);
}

} // namespace kiosk::backend
