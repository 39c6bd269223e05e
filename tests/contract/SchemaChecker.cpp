#include "SchemaChecker.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace kiosk::contract {

namespace {

/// Keywords that describe rather than constrain.
const QStringList &annotations()
{
    static const QStringList keys { u"description"_s, u"example"_s, u"default"_s, u"title"_s, u"deprecated"_s,
        u"readOnly"_s, u"writeOnly"_s, u"externalDocs"_s, u"nullable"_s };
    return keys;
}

const QStringList &supported()
{
    static const QStringList keys { u"$ref"_s, u"type"_s, u"enum"_s, u"pattern"_s, u"minLength"_s,
        u"maxLength"_s, u"minimum"_s, u"maximum"_s, u"minItems"_s, u"maxItems"_s, u"required"_s,
        u"properties"_s, u"additionalProperties"_s, u"items"_s, u"allOf"_s, u"anyOf"_s, u"oneOf"_s,
        u"format"_s };
    return keys;
}

QString typeOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"boolean"_s;
    case QJsonValue::Double:
        return u"number"_s;
    case QJsonValue::String:
        return u"string"_s;
    case QJsonValue::Array:
        return u"array"_s;
    case QJsonValue::Object:
        return u"object"_s;
    default:
        return u"undefined"_s;
    }
}

bool isInteger(const QJsonValue &value)
{
    if (!value.isDouble())
        return false;
    const double d = value.toDouble();
    return std::isfinite(d) && std::trunc(d) == d;
}

bool hasFormat(const QString &format, const QString &text)
{
    if (format == u"date-time") {
        // RFC 3339: a date, 'T', a time and an explicit offset.
        static const QRegularExpression shape(
            u"^\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})$"_s);
        return shape.match(text).hasMatch() && QDateTime::fromString(text, Qt::ISODateWithMs).isValid();
    }
    if (format == u"date")
        return text.size() == 10 && QDate::fromString(text, Qt::ISODate).isValid();
    if (format == u"uuid")
        return text.size() == 36 && !QUuid::fromString(text).isNull();
    if (format == u"byte") {
        static const QRegularExpression base64(u"^[A-Za-z0-9+/]*={0,2}$"_s);
        return text.size() % 4 == 0 && base64.match(text).hasMatch();
    }
    return true; // formats the checker does not know are annotations (as JSON Schema says)
}

} // namespace

SchemaChecker::SchemaChecker(QJsonObject spec)
    : m_spec(std::move(spec))
{ }

QJsonValue SchemaChecker::resolve(const QString &ref) const
{
    if (!ref.startsWith(u"#/"))
        return QJsonValue::Undefined;
    QJsonValue node = m_spec;
    for (QString part : ref.mid(2).split(u'/')) {
        part.replace(u"~1"_s, u"/"_s).replace(u"~0"_s, u"~"_s);
        if (!node.isObject())
            return QJsonValue::Undefined;
        node = node.toObject().value(part);
    }
    return node;
}

QJsonObject SchemaChecker::deref(const QJsonValue &schema) const
{
    QJsonObject object = schema.toObject();
    for (int hops = 0; hops < 16 && object.contains("$ref"_L1); ++hops)
        object = resolve(object.value("$ref"_L1).toString()).toObject();
    return object;
}

QStringList SchemaChecker::check(
    const QJsonValue &value, const QJsonValue &schema, const QString &where) const
{
    QStringList problems;
    checkInto(value, deref(schema), where, &problems, 0);
    return problems;
}

void SchemaChecker::checkInto(const QJsonValue &value, const QJsonObject &schema, const QString &where,
    QStringList *problems, int depth) const
{
    if (depth > 64) {
        problems->append(u"%1: schema nested too deeply"_s.arg(where));
        return;
    }
    for (auto it = schema.begin(); it != schema.end(); ++it) {
        if (!supported().contains(it.key()) && !annotations().contains(it.key())
            && !it.key().startsWith(u"x-"))
            problems->append(u"%1: the checker does not support the keyword \"%2\""_s.arg(where, it.key()));
    }
    auto fail = [&](const QString &message) { problems->append(u"%1: %2"_s.arg(where, message)); };

    if (value.isNull() && schema.value("nullable"_L1).toBool())
        return;
    if (schema.contains("type"_L1)) {
        const QString type = schema.value("type"_L1).toString();
        const bool ok = type == u"integer" ? isInteger(value) : typeOf(value) == type;
        if (!ok) {
            fail(u"is %1, not %2"_s.arg(typeOf(value), type));
            return;
        }
    }
    if (schema.contains("enum"_L1) && !schema.value("enum"_L1).toArray().contains(value))
        fail(u"is not one of the enumerated values"_s);

    for (const auto key : { "allOf"_L1, "anyOf"_L1, "oneOf"_L1 }) {
        if (!schema.contains(key))
            continue;
        int matching = 0;
        QStringList all;
        for (const QJsonValue &sub : schema.value(key).toArray()) {
            QStringList inner;
            checkInto(value, deref(sub), where, &inner, depth + 1);
            matching += inner.isEmpty() ? 1 : 0;
            all += inner;
        }
        const qsizetype count = schema.value(key).toArray().size();
        if ((key == "allOf"_L1 && matching != count) || (key == "anyOf"_L1 && matching == 0)
            || (key == "oneOf"_L1 && matching != 1))
            fail(u"does not match %1 (%2)"_s.arg(key, all.join(u"; "_s)));
    }

    if (value.isString()) {
        const QString text = value.toString();
        const qsizetype length = text.toUcs4().size();
        if (schema.contains("minLength"_L1) && length < schema.value("minLength"_L1).toInteger())
            fail(u"is shorter than %1"_s.arg(schema.value("minLength"_L1).toInteger()));
        if (schema.contains("maxLength"_L1) && length > schema.value("maxLength"_L1).toInteger())
            fail(u"is longer than %1"_s.arg(schema.value("maxLength"_L1).toInteger()));
        if (schema.contains("pattern"_L1)) {
            const QRegularExpression pattern(schema.value("pattern"_L1).toString());
            if (!pattern.isValid())
                fail(u"has an invalid pattern in its schema"_s);
            else if (!pattern.match(text).hasMatch())
                fail(u"\"%1\" does not match %2"_s.arg(text.left(80), pattern.pattern()));
        }
        if (schema.contains("format"_L1) && !hasFormat(schema.value("format"_L1).toString(), text))
            fail(u"\"%1\" is not a %2"_s.arg(text.left(80), schema.value("format"_L1).toString()));
    }
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (schema.contains("minimum"_L1) && number < schema.value("minimum"_L1).toDouble())
            fail(u"%1 is below the minimum %2"_s.arg(number).arg(schema.value("minimum"_L1).toDouble()));
        if (schema.contains("maximum"_L1) && number > schema.value("maximum"_L1).toDouble())
            fail(u"%1 is above the maximum %2"_s.arg(number).arg(schema.value("maximum"_L1).toDouble()));
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        if (schema.contains("minItems"_L1) && array.size() < schema.value("minItems"_L1).toInteger())
            fail(u"has fewer than %1 items"_s.arg(schema.value("minItems"_L1).toInteger()));
        if (schema.contains("maxItems"_L1) && array.size() > schema.value("maxItems"_L1).toInteger())
            fail(u"has more than %1 items"_s.arg(schema.value("maxItems"_L1).toInteger()));
        if (schema.contains("items"_L1)) {
            const QJsonObject items = deref(schema.value("items"_L1));
            for (qsizetype i = 0; i < array.size(); ++i)
                checkInto(array.at(i), items, u"%1[%2]"_s.arg(where).arg(i), problems, depth + 1);
        }
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (const QJsonValue &name : schema.value("required"_L1).toArray()) {
            if (!object.contains(name.toString()))
                fail(u"lacks the required \"%1\""_s.arg(name.toString()));
        }
        const QJsonObject properties = schema.value("properties"_L1).toObject();
        const QJsonValue additional = schema.value("additionalProperties"_L1);
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString path = where + u'.' + it.key();
            if (properties.contains(it.key()))
                checkInto(it.value(), deref(properties.value(it.key())), path, problems, depth + 1);
            else if (additional.isBool() && !additional.toBool())
                fail(u"has \"%1\", which its schema does not allow"_s.arg(it.key()));
            else if (additional.isObject())
                checkInto(it.value(), deref(additional), path, problems, depth + 1);
        }
    }
}

std::optional<QJsonValue> SchemaChecker::responseSchema(
    const QString &path, const QString &method, int status) const
{
    const QJsonObject responses = m_spec.value("paths"_L1)
                                      .toObject()
                                      .value(path)
                                      .toObject()
                                      .value(method.toLower())
                                      .toObject()
                                      .value("responses"_L1)
                                      .toObject();
    QJsonValue response = responses.value(QString::number(status));
    if (response.isUndefined())
        response = responses.value(u"%1XX"_s.arg(status / 100));
    if (response.isUndefined())
        response = responses.value("default"_L1);
    if (response.isUndefined())
        return std::nullopt;
    const QJsonObject object = deref(response);
    return object.value("content"_L1).toObject().value("application/json"_L1).toObject().value("schema"_L1);
}

QStringList SchemaChecker::operations() const
{
    QStringList list;
    const QJsonObject paths = m_spec.value("paths"_L1).toObject();
    for (auto it = paths.begin(); it != paths.end(); ++it) {
        for (const auto method : { "get"_L1, "put"_L1, "post"_L1, "delete"_L1, "patch"_L1 }) {
            if (it.value().toObject().contains(method))
                list.append(QString(method).toUpper() + u' ' + it.key());
        }
    }
    return list;
}

bool SchemaChecker::isReferenceOnly(const QString &path, const QString &method) const
{
    return m_spec.value("paths"_L1)
        .toObject()
        .value(path)
        .toObject()
        .value(method.toLower())
        .toObject()
        .value("x-reference-only"_L1)
        .toBool();
}

} // namespace kiosk::contract
