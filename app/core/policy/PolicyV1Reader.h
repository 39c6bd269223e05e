#pragma once

#include <QJsonObject>
#include <QStringList>

namespace kiosk {

/// Checks a policy document of format 1 (kiosk-config/schema/policy.schema.json): structure, ranges,
/// references and category coverage, each problem with its JSON path. A document it passes is migrated
/// to format 2 (PolicyMigration) and loaded as such.
class PolicyV1Reader
{
public:
    static QStringList check(const QJsonObject &json, const QString &root);
};

} // namespace kiosk
