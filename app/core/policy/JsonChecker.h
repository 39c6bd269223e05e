#pragma once

#include "domain/CategoryCatalogue.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <cmath>

namespace kiosk {

/// Walks a JSON object, recording every problem with its path instead of stopping at the first.
class JsonChecker
{
public:
    static constexpr qsizetype MaxTextLength = 200;

    explicit JsonChecker(QStringList &errors)
        : m_errors(errors)
    { }

    void error(const QString &path, const QString &message)
    {
        m_errors.append(path + QStringLiteral(": ") + message);
    }

    void allowOnly(const QJsonObject &object, const QString &path, const QStringList &keys)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!keys.contains(it.key()))
                error(path + u'.' + it.key(), QStringLiteral("unknown property"));
        }
    }

    bool present(const QJsonObject &object, const QString &path, const QString &key, bool required)
    {
        if (object.contains(key))
            return true;
        if (required)
            error(path + u'.' + key, QStringLiteral("is required"));
        return false;
    }

    QString text(const QJsonObject &object, const QString &path, const QString &key, bool required = true,
        const QRegularExpression &pattern = {}, const QString &patternText = {})
    {
        if (!present(object, path, key, required))
            return {};
        const QJsonValue value = object.value(key);
        const QString at = path + u'.' + key;
        if (!value.isString() || value.toString().isEmpty()) {
            error(at, QStringLiteral("must be a non-empty string"));
            return {};
        }
        const QString s = value.toString();
        if (s.size() > JsonChecker::MaxTextLength) {
            error(at, QStringLiteral("must be at most %1 characters").arg(JsonChecker::MaxTextLength));
            return {};
        }
        if (pattern.isValid() && !pattern.pattern().isEmpty() && !pattern.match(s).hasMatch()) {
            error(at, QStringLiteral("must be ") + patternText);
            return {};
        }
        return s;
    }

    qint64 integer(const QJsonObject &object, const QString &path, const QString &key, qint64 min, qint64 max,
        bool required = true, qint64 fallback = 0)
    {
        if (!present(object, path, key, required))
            return fallback;
        const QJsonValue value = object.value(key);
        const QString at = path + u'.' + key;
        const double d = value.toDouble(-1);
        if (!value.isDouble() || !std::isfinite(d) || d != std::floor(d) || d < double(min)) {
            error(at,
                min == 1       ? QStringLiteral("must be a positive integer")
                    : min == 0 ? QStringLiteral("must be a non-negative integer")
                               : QStringLiteral("must be an integer of at least %1").arg(min));
            return fallback;
        }
        if (d > double(max)) {
            error(at, QStringLiteral("must be at most %1").arg(max));
            return fallback;
        }
        return qint64(d);
    }

    bool boolean(const QJsonObject &object, const QString &path, const QString &key)
    {
        if (!present(object, path, key, false))
            return false;
        if (!object.value(key).isBool()) {
            error(path + u'.' + key, QStringLiteral("must be true or false"));
            return false;
        }
        return object.value(key).toBool();
    }

    QDate date(const QJsonObject &object, const QString &path, const QString &key)
    {
        const QString s = text(object, path, key);
        if (s.isEmpty())
            return {};
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (!d.isValid() || s.size() != 10)
            error(path + u'.' + key, QStringLiteral("must be a date YYYY-MM-DD"));
        return d;
    }

    QJsonObject object(const QJsonObject &parent, const QString &path, const QString &key, bool required)
    {
        if (!present(parent, path, key, required))
            return {};
        if (!parent.value(key).isObject()) {
            error(path + u'.' + key, QStringLiteral("must be an object"));
            return {};
        }
        return parent.value(key).toObject();
    }

    /// Calls visit(object, path) for each element; elements that are not objects are errors.
    template<typename Visit>
    void objects(const QJsonObject &parent, const QString &path, const QString &key, bool required,
        qsizetype minItems, Visit visit)
    {
        if (!present(parent, path, key, required))
            return;
        const QString at = path + u'.' + key;
        if (!parent.value(key).isArray()) {
            error(at, QStringLiteral("must be an array"));
            return;
        }
        const QJsonArray array = parent.value(key).toArray();
        if (array.size() < minItems)
            error(at, QStringLiteral("must have at least %1 item(s)").arg(minItems));
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString itemPath = at + u'[' + QString::number(i) + u']';
            if (!array.at(i).isObject())
                error(itemPath, QStringLiteral("must be an object"));
            else
                visit(array.at(i).toObject(), itemPath);
        }
    }

    QStringList strings(const QJsonObject &parent, const QString &path, const QString &key, bool required,
        qsizetype minItems = 0)
    {
        QStringList out;
        if (!present(parent, path, key, required))
            return out;
        const QString at = path + u'.' + key;
        if (!parent.value(key).isArray()) {
            error(at, QStringLiteral("must be an array of strings"));
            return out;
        }
        const QJsonArray array = parent.value(key).toArray();
        if (array.size() < minItems)
            error(at, QStringLiteral("must have at least %1 item(s)").arg(minItems));
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isString() || array.at(i).toString().isEmpty())
                error(at + u'[' + QString::number(i) + u']', QStringLiteral("must be a non-empty string"));
            else if (out.contains(array.at(i).toString()))
                error(at + u'[' + QString::number(i) + u']',
                    QStringLiteral("duplicate \"%1\"").arg(array.at(i).toString()));
            else
                out.append(array.at(i).toString());
        }
        return out;
    }

    QStringList categories(
        const QJsonObject &parent, const QString &path, const QString &key, bool required, bool wildcard)
    {
        const QStringList list = strings(parent, path, key, required, required ? 1 : 0);
        for (qsizetype i = 0; i < list.size(); ++i) {
            const bool ok
                = CategoryCatalogue::contains(list[i]) || (wildcard && list[i] == QStringLiteral("*"));
            if (!ok)
                error(path + u'.' + key + u'[' + QString::number(i) + u']',
                    QStringLiteral("unknown category \"%1\"").arg(list[i]));
        }
        return list;
    }

    /// Rule ids are what the engine reports; they must be unique across the whole policy.
    QString ruleId(const QJsonObject &object, const QString &path)
    {
        static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9._-]*$"));
        const QString id = text(object, path, QStringLiteral("id"), true, idPattern,
            QStringLiteral("lower-case letters, digits, . _ -"));
        if (!id.isEmpty() && m_ids.contains(id))
            error(path + QStringLiteral(".id"), QStringLiteral("duplicate rule id \"%1\"").arg(id));
        m_ids.insert(id);
        return id;
    }

private:
    QStringList &m_errors;
    QSet<QString> m_ids;
};

} // namespace kiosk
