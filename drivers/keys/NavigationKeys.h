#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace kiosk::drivers {

/// The keys that move through a screen's choices in the read-aloud mode: a hardware profile's "keys"
/// section (a tactile keypad that types keys, such as an audio-jack navigation pad) on top of a
/// keyboard's Tab/arrows (next, previous), Enter (confirm) and * (repeat). Keys are Qt key names:
/// "F13", "PageDown", "Return".
struct NavigationKeys
{
    enum class Action { None, Next, Previous, Confirm, Repeat };

    QList<int> next; ///< Qt::Key codes
    QList<int> previous;
    QList<int> confirm;
    QList<int> repeat;

    /// What @p key (a Qt::Key) does: the profile's keys first, then the keyboard's.
    Action actionFor(int key) const;
    /// Whether @p key is one of these keys (the profile's), not only a keyboard's.
    bool declares(int key) const;

    struct Result;
    /// A profile's "keys" object: {"next": ["F13"], "previous": [...], "confirm": [...], "repeat": [...]},
    /// each a key name or a list of them.
    static Result parse(const QJsonValue &json);
    /// Tab, Down, Right: next; Backtab, Up, Left: previous; Return, Enter: confirm; *: repeat.
    static const NavigationKeys &keyboard();
};

struct NavigationKeys::Result
{
    std::optional<NavigationKeys> keys;
    QString error; ///< "keys.next[1]: unknown key \"F99\" (a Qt key name: F13, PageDown, Return)"
};

} // namespace kiosk::drivers
