#include "ReadAloud.h"

#include "KioskSpeech.h"
#include "ReturnSession.h"

#include <QKeyEvent>
#include <QQuickItem>
#include <QQuickWindow>

using namespace Qt::Literals::StringLiterals;

namespace kiosk {

ReadAloud::ReadAloud(
    ReturnSession &session, KioskSpeech &speech, drivers::NavigationKeys keys, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_speech(speech)
    , m_keys(std::move(keys))
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(50); // the new screen's bindings and layouts have run
    connect(&m_settle, &QTimer::timeout, this, &ReadAloud::readScreen);
    auto changed = [this] {
        if (m_session.screen() == Screen::Attract)
            setOn(false); // the shopper's choice, for their session only
        else
            reread();
    };
    connect(&m_session, &ReturnSession::screenChanged, this, changed);
    connect(&m_session, &ReturnSession::stepChanged, this, &ReadAloud::reread);
    connect(&m_session, &ReturnSession::messageChanged, this, &ReadAloud::reread);
}

ReadAloud::~ReadAloud()
{
    if (m_window)
        m_window->removeEventFilter(this);
}

void ReadAloud::setWindow(QQuickWindow *window)
{
    if (m_window)
        m_window->removeEventFilter(this);
    m_window = window;
    if (m_window)
        m_window->installEventFilter(this);
}

void ReadAloud::setOn(bool on)
{
    if (on == m_on)
        return;
    m_on = on;
    if (m_on) {
        readScreen();
    } else {
        m_settle.stop();
        m_speech.stop();
        m_focus = -1;
        m_shown = nullptr;
    }
    Q_EMIT onChanged();
}

void ReadAloud::reread()
{
    if (m_on)
        m_settle.start();
}

QQuickItem *ReadAloud::focusedChoice() const
{
    return m_focus >= 0 && m_focus < m_screen.choices.size() ? m_screen.choices.at(m_focus).item.data()
                                                             : nullptr;
}

QString ReadAloud::language()
{
    return QLocale::languageToCode(QLocale().language());
}

void ReadAloud::readScreen()
{
    if (!m_window)
        return;
    const auto named = [this](const QString &name) { return m_window->findChild<QQuickItem *>(name); };
    QQuickItem *loader = named(u"screenLoader"_s);
    QQuickItem *screen = loader ? loader->property("item").value<QQuickItem *>() : nullptr;
    QQuickItem *before = focusedChoice();
    m_screen = ScreenSpeech::read(screen, { named(u"countdown"_s), named(u"header"_s), named(u"footer"_s) });
    m_focus = -1;
    for (qsizetype i = 0; before && i < m_screen.choices.size(); ++i)
        if (m_screen.choices.at(i).item == before)
            m_focus = int(i); // the same screen again: the keys stay where they were
    const bool sameScreen = screen && screen == m_shown;
    m_shown = screen;
    if (std::exchange(m_confirmed, false) && sameScreen && m_focus >= 0)
        m_speech.say({ ScreenSpeech::spoken(m_screen.choices.at(m_focus)) }, language()); // its new state
    else
        m_speech.say(m_screen.utterances(), language());
}

void ReadAloud::move(int step)
{
    const int count = int(m_screen.choices.size());
    if (count == 0)
        return;
    m_focus = m_focus < 0 ? (step > 0 ? 0 : count - 1) : (m_focus + step + count) % count;
    const ScreenSpeech::Choice &choice = m_screen.choices.at(m_focus);
    if (choice.item)
        choice.item->forceActiveFocus(Qt::TabFocusReason);
    m_speech.say({ ScreenSpeech::spoken(choice) }, language());
}

void ReadAloud::confirm()
{
    if (m_focus < 0 || m_focus >= m_screen.choices.size()) {
        m_speech.say(m_screen.utterances(), language()); // nothing chosen yet: the screen again
        return;
    }
    if (ScreenSpeech::activate(m_screen.choices.at(m_focus))) {
        m_confirmed = true;
        reread(); // a check box says its new state; a new screen reads itself
    }
}

bool ReadAloud::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const drivers::NavigationKeys::Action action = m_keys.actionFor(key->key());
    if (action == drivers::NavigationKeys::Action::None)
        return QObject::eventFilter(watched, event);
    if (!m_on) {
        if (!m_keys.declares(key->key()))
            return QObject::eventFilter(watched, event); // a keyboard's Tab or Enter does what it always does
        m_session.touch();
        setOn(true); // the keypad's first key: the screen is read to a shopper who can't see the button
        return true;
    }
    m_session.touch();
    switch (action) {
    case drivers::NavigationKeys::Action::Next:
        move(1);
        break;
    case drivers::NavigationKeys::Action::Previous:
        move(-1);
        break;
    case drivers::NavigationKeys::Action::Confirm:
        confirm();
        break;
    case drivers::NavigationKeys::Action::Repeat:
        m_speech.say(m_screen.utterances(), language());
        break;
    case drivers::NavigationKeys::Action::None:
        break;
    }
    return true;
}

} // namespace kiosk
