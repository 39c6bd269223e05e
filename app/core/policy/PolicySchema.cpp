#include "PolicySchema.h"

#include "PolicyV2Schema.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <valijson/adapters/qtjson_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validator.hpp>

#include <cstdarg>
#include <cstddef>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace kiosk {

namespace {

const valijson::Schema &schema()
{
    static const std::unique_ptr<valijson::Schema> parsed = [] {
        auto s = std::make_unique<valijson::Schema>();
        const QJsonDocument doc = QJsonDocument::fromJson(PolicySchema::text());
        valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
        const QJsonValue root = doc.object();
        parser.populateSchema(valijson::adapters::QtJsonAdapter(root), *s);
        return s;
    }();
    return *parsed;
}

/// valijson's context ["<root>", "[rules]", "[2]", "[match]"] as "$.rules[2].match".
QString jsonPath(const std::vector<std::string> &context, const QString &root)
{
    QString path = root;
    for (size_t i = 1; i < context.size(); ++i) {
        const QString part = QString::fromStdString(context[i]);
        const QString inner = part.mid(1, part.size() - 2);
        bool index = false;
        inner.toInt(&index);
        path += index ? part : u'.' + inner;
    }
    return path;
}

/// valijson also reports every enclosing object and array an error sits in; the innermost says it all.
bool onlyEnclosing(const std::string &description)
{
    return description.starts_with("Failed to validate against schema associated with property name")
        || description.starts_with("Failed to validate item #")
        || description.starts_with("Failed to validate against child schema")
        || description.starts_with("Failed to validate value for property name")
        || description.starts_with("Failed to validate against schema associated with regex")
        || description.starts_with("Failed to validate against a conditional schema");
}

/// std::regex, which valijson checks patterns with, recurses per character: a string far longer than any
/// the schema allows is refused before it gets there (the deepest a policy nests is far below any limit).
void longStrings(const QJsonValue &value, const QString &path, QStringList &errors)
{
    constexpr qsizetype MaxString = 2000;
    if (value.isString() && value.toString().size() > MaxString) {
        errors.append(path + u": must be at most %1 characters"_s.arg(MaxString));
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            longStrings(array.at(i), path + u'[' + QString::number(i) + u']', errors);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key().size() > MaxString)
                errors.append(path + u": a property name is longer than %1 characters"_s.arg(MaxString));
            else
                longStrings(it.value(), path + u'.' + it.key(), errors);
        }
    }
}

} // namespace

QByteArray PolicySchema::text()
{
    return QByteArray(PolicyV2SchemaJson);
}

QStringList PolicySchema::validate(const QJsonObject &document, const QString &root)
{
    QStringList errors;
    longStrings(document, root, errors);
    if (!errors.isEmpty())
        return errors;
    valijson::Validator validator(valijson::Validator::kStrongTypes);
    valijson::ValidationResults results;
    const QJsonValue value = document;
    validator.validate(schema(), valijson::adapters::QtJsonAdapter(value), &results);
    valijson::ValidationResults::Error error;
    while (results.popError(error)) {
        if (onlyEnclosing(error.description))
            continue;
        const QString line
            = jsonPath(error.context, root) + u": "_s + QString::fromStdString(error.description);
        if (!errors.contains(line))
            errors.append(line);
    }
    return errors;
}

} // namespace kiosk

// valijson words its numbers with std::to_string(double), which hands libstdc++ the address of plain
// vsnprintf, out of FORTIFY_SOURCE's reach. Every program linking kioskcore links vsnprintf to this instead
// (-Wl,--wrap=vsnprintf, app/core/CMakeLists.txt): the checked call FORTIFY_SOURCE would have made.
extern "C" int __vsnprintf_chk(char *s, size_t maxlen, int flag, size_t slen, const char *format, va_list ap);
extern "C" int __wrap_vsnprintf(char *s, size_t maxlen, const char *format, va_list ap)
{
    return __vsnprintf_chk(s, maxlen, 1, maxlen, format, ap);
}
