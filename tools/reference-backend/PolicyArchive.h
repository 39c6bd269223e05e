#pragma once

#include "BackendStore.h"

#include <policy/Policy.h>

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <map>
#include <memory>
#include <mutex>
#include <utility>

namespace kiosk::backend {

/// Every policy bundle the backend has published, by policy id and version, kept in BackendStore so a
/// return recorded under an older version is still judged by that version after the policy moved on or
/// the backend restarted. The bundles are the retailer's own, so they are read (PolicyLoader's checks)
/// without a signature check. Thread-safe.
class PolicyArchive
{
public:
    explicit PolicyArchive(BackendStore &store)
        : m_store(store)
    { }

    /// Reads the bundles kept by earlier runs; false (with @p error) on a storage error.
    bool load(QString *error);
    /// Keeps @p bundle unless its id and version are kept already (a different bundle under a kept
    /// version is logged and ignored: publish changes under a new version). Empty, or why the bundle is
    /// not a policy.
    QString keep(const QByteArray &bundle);

    std::shared_ptr<const Policy> find(const QString &policyId, int version) const;
    bool isEmpty() const;
    /// "northwind-apparel v4, ..." for messages.
    QString describe() const;

private:
    QString add(const QByteArray &bundle, bool persist);

    BackendStore &m_store;
    mutable std::mutex m_mutex;
    QByteArray m_lastKept;
    std::map<std::pair<QString, int>, std::pair<QByteArray, std::shared_ptr<const Policy>>> m_policies;
};

} // namespace kiosk::backend
