#pragma once

#include <QJsonObject>
#include <QStringList>

namespace kiosk {

/// The JSON Schema of policy format 2 (kiosk-config/schema/policy-v2.schema.json, built into the kiosk),
/// checked by valijson: every violation as "<JSON path>: <what is wrong>", paths rooted at `root`.
class PolicySchema
{
public:
    static QStringList validate(const QJsonObject &document, const QString &root = QStringLiteral("$"));
    /// The schema document itself, as built in.
    static QByteArray text();
};

} // namespace kiosk
