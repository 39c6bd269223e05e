#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace kiosk::contract {

/// Checks JSON values against the schemas of an OpenAPI 3.0 document (docs/protocol.yaml as JSON), for the
/// subset of JSON Schema the document uses: type (with nullable), enum, pattern, minLength/maxLength,
/// minimum/maximum, minItems/maxItems, required, properties, additionalProperties, items, allOf/anyOf/oneOf,
/// format (date-time, date, uuid, byte) and local $refs. A keyword outside that subset is reported as a
/// problem rather than ignored, so the checker never passes a reply it did not really check.
class SchemaChecker
{
public:
    explicit SchemaChecker(QJsonObject spec);

    /// The problems of @p value against @p schema, each prefixed with the JSON path under @p where;
    /// empty when it conforms.
    QStringList check(
        const QJsonValue &value, const QJsonValue &schema, const QString &where = QStringLiteral("$")) const;

    /// What the document says an operation answers with @p status: nullopt when the status is not
    /// documented (nor a "default"), else the application/json schema (an undefined value for no body).
    std::optional<QJsonValue> responseSchema(const QString &path, const QString &method, int status) const;
    /// The document's (method, path) pairs, "GET /v1/health" style.
    QStringList operations() const;
    /// True when the operation is marked `x-reference-only: true`.
    bool isReferenceOnly(const QString &path, const QString &method) const;
    /// The object a local "#/..." reference points to (undefined when it does not resolve).
    QJsonValue resolve(const QString &ref) const;

private:
    void checkInto(const QJsonValue &value, const QJsonObject &schema, const QString &where,
        QStringList *problems, int depth) const;
    QJsonObject deref(const QJsonValue &schema) const;

    QJsonObject m_spec;
};

} // namespace kiosk::contract
