#include "NavigationKeys.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMetaEnum>

using namespace Qt::Literals::StringLiterals;

namespace kiosk::drivers {

namespace {

/// The key list of one action: a key name or an array of them, each a Qt::Key name without "Key_".
bool readKeys(const QJsonValue &value, const QString &where, QList<int> &out, QString *error)
{
    const QJsonArray names = value.isArray() ? value.toArray() : QJsonArray { value };
    if (names.isEmpty()) {
        *error = where + u": names no key"_s;
        return false;
    }
    const QMetaEnum keys = QMetaEnum::fromType<Qt::Key>();
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString at = value.isArray() ? where + u"[%1]"_s.arg(i) : where;
        if (!names.at(i).isString()) {
            *error = at + u": must be a key name (\"F13\", \"PageDown\", \"Return\")"_s;
            return false;
        }
        const QString name = names.at(i).toString();
        bool ok = false;
        const int key = keys.keyToValue(("Key_"_L1 + name).toLatin1().constData(), &ok);
        if (!ok || name.isEmpty()) {
            *error = at + u": unknown key \"%1\" (a Qt key name: F13, PageDown, Return)"_s.arg(name.left(40));
            return false;
        }
        out.append(key);
    }
    return true;
}

} // namespace

NavigationKeys::Action NavigationKeys::actionFor(int key) const
{
    for (const NavigationKeys *keys : { this, &keyboard() }) {
        if (keys->next.contains(key))
            return Action::Next;
        if (keys->previous.contains(key))
            return Action::Previous;
        if (keys->confirm.contains(key))
            return Action::Confirm;
        if (keys->repeat.contains(key))
            return Action::Repeat;
    }
    return Action::None;
}

bool NavigationKeys::declares(int key) const
{
    return next.contains(key) || previous.contains(key) || confirm.contains(key) || repeat.contains(key);
}

NavigationKeys::Result NavigationKeys::parse(const QJsonValue &json)
{
    if (!json.isObject())
        return { std::nullopt,
            u"keys: must be an object {\"next\", \"previous\", \"confirm\", \"repeat\"}"_s };
    const QJsonObject object = json.toObject();
    NavigationKeys keys;
    const std::pair<QString, QList<int> *> actions[] { { u"next"_s, &keys.next },
        { u"previous"_s, &keys.previous }, { u"confirm"_s, &keys.confirm }, { u"repeat"_s, &keys.repeat } };
    for (auto it = object.begin(); it != object.end(); ++it) {
        const auto action = std::find_if(
            std::begin(actions), std::end(actions), [&it](const auto &a) { return a.first == it.key(); });
        if (action == std::end(actions))
            return { std::nullopt,
                u"keys: unknown action \"%1\" (next, previous, confirm, repeat)"_s.arg(it.key().left(40)) };
        QString error;
        if (!readKeys(it.value(), u"keys."_s + it.key(), *action->second, &error))
            return { std::nullopt, error };
    }
    QList<int> seen;
    for (const auto &[name, list] : actions)
        for (int key : std::as_const(*list)) {
            if (seen.contains(key))
                return { std::nullopt,
                    u"keys.%1: \"%2\" is given to two actions"_s.arg(
                        name, QString::fromLatin1(QMetaEnum::fromType<Qt::Key>().valueToKey(key)).mid(4)) };
            seen.append(key);
        }
    return { keys, {} };
}

const NavigationKeys &NavigationKeys::keyboard()
{
    static const NavigationKeys keys { { Qt::Key_Tab, Qt::Key_Down, Qt::Key_Right },
        { Qt::Key_Backtab, Qt::Key_Up, Qt::Key_Left }, { Qt::Key_Return, Qt::Key_Enter },
        { Qt::Key_Asterisk } };
    return keys;
}

} // namespace kiosk::drivers
