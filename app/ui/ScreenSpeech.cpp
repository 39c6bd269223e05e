#include "ScreenSpeech.h"

#include <QAccessible>
#include <QFont>
#include <QLoggingCategory>
#include <QMetaType>
#include <QQmlEngine>
#include <QTextDocumentFragment>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcScreenSpeech, "kiosk.speech.screen")

namespace kiosk {

namespace {

/// The item's `Accessible` attached object when the QML gave it one (null otherwise: none is created).
QObject *accessibleOf(QQuickItem *item)
{
    static const QQmlAttachedPropertiesFunc attached = [] {
        const QMetaObject *type = QMetaType::fromName("QQuickAccessibleAttached*").metaObject();
        if (!type)
            qCWarning(lcScreenSpeech)
                << "Qt Quick's Accessible type is not registered: accessible names unread";
        return type ? qmlAttachedPropertiesFunction(nullptr, type) : nullptr;
    }();
    return attached ? qmlAttachedPropertiesObject(item, attached, false) : nullptr;
}

/// Plain words of a Text item's text (rich text without its tags); empty when it has no letter or digit.
QString wordsOf(const QString &text)
{
    const QString plain
        = (Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text)
              .simplified();
    return std::any_of(plain.begin(), plain.end(), [](QChar c) { return c.isLetterOrNumber(); }) ? plain
                                                                                                 : QString();
}

struct Walk
{
    QList<std::pair<QString, int>> texts; ///< each with its pixel size
    QList<ScreenSpeech::Choice> choices;
};

void walk(QQuickItem *item, bool withTexts, Walk &out)
{
    if (!item->isVisible() || item->opacity() <= 0.0)
        return;
    QObject *accessible = accessibleOf(item);
    const bool ignored = accessible && accessible->property("ignored").toBool();
    const QString name = accessible ? accessible->property("name").toString() : QString();
    const int role = accessible ? accessible->property("role").toInt() : 0;
    const bool button = item->inherits("QQuickAbstractButton");
    if (button || role == QAccessible::Button || role == QAccessible::CheckBox) {
        if (item->isEnabled() && !ignored) {
            const QString label = wordsOf(name.isEmpty() ? item->property("text").toString() : name);
            const bool checkable = accessible && accessible->property("checkable").toBool();
            if (!label.isEmpty())
                out.choices.append(
                    { item, label, checkable, checkable && accessible->property("checked").toBool() });
        }
        if (button)
            return; // a button's label is its choice
        withTexts = false; // an item's texts are in its accessible name; its buttons are choices of their own
    } else if (withTexts && !ignored && item->inherits("QQuickText")) {
        const QString words = wordsOf(name.isEmpty() ? item->property("text").toString() : name);
        if (!words.isEmpty())
            out.texts.append({ words, item->property("font").value<QFont>().pixelSize() });
    }
    for (QQuickItem *child : item->childItems())
        walk(child, withTexts, out);
}

} // namespace

ScreenSpeech ScreenSpeech::read(QQuickItem *screen, const QList<QQuickItem *> &bands)
{
    Walk found;
    if (screen)
        walk(screen, true, found);
    Walk more;
    for (QQuickItem *band : bands)
        if (band)
            walk(band, false, more);
    ScreenSpeech speech;
    const auto largest = std::max_element(found.texts.cbegin(), found.texts.cend(),
        [](const auto &a, const auto &b) { return a.second < b.second; });
    for (auto it = found.texts.cbegin(); it != found.texts.cend(); ++it) {
        if (it == largest)
            speech.title = it->first;
        else if (!speech.instructions.contains(it->first))
            speech.instructions.append(it->first);
    }
    speech.choices = found.choices + more.choices;
    return speech;
}

QStringList ScreenSpeech::utterances() const
{
    QStringList out;
    if (!title.isEmpty())
        out.append(title);
    out += instructions;
    QStringList labels;
    for (const Choice &choice : choices)
        labels.append(spoken(choice));
    if (!labels.isEmpty())
        out.append(tr("Choices: %1.").arg(labels.join(u"; "_s)));
    return out;
}

QString ScreenSpeech::spoken(const Choice &choice)
{
    if (!choice.checkable)
        return choice.label;
    return choice.checked ? tr("%1, selected").arg(choice.label) : tr("%1, not selected").arg(choice.label);
}

bool ScreenSpeech::activate(const Choice &choice)
{
    QQuickItem *item = choice.item;
    if (!item || !item->isVisible() || !item->isEnabled())
        return false;
    if (item->inherits("QQuickAbstractButton")) // Qt 6.4's buttons have no click(): what a tap emits
        return QMetaObject::invokeMethod(item, "clicked");
    QObject *accessible = accessibleOf(item);
    return accessible
        && QMetaObject::invokeMethod(accessible, choice.checkable ? "toggleAction" : "pressAction");
}

} // namespace kiosk
