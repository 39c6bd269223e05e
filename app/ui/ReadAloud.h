#pragma once

#include "ScreenSpeech.h"
#include "keys/NavigationKeys.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTimer>

class QQuickWindow;

namespace kiosk {

class KioskSpeech;
class ReturnSession;

/// The read-aloud mode for a shopper who can't see the screen: while it is on, every screen is read
/// when it shows (ScreenSpeech, in the shopper's language), and the navigation keys (the hardware
/// profile's keypad or a keyboard) move through its choices, reading the one they reach, confirm it,
/// or read the screen again. The accessibility footer's "Read aloud" turns it on and off; any key of the
/// profile's keypad turns it on too. It ends with the session. Reaches QML as `ReadAloud`.
class ReadAloud : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool on READ on WRITE setOn NOTIFY onChanged)

public:
    ReadAloud(
        ReturnSession &session, KioskSpeech &speech, drivers::NavigationKeys keys, QObject *parent = nullptr);
    ~ReadAloud() override;

    /// Watches @p window's keys and reads its screens.
    void setWindow(QQuickWindow *window);

    bool on() const { return m_on; }
    void setOn(bool on);
    /// The screen's words changed where the session can't tell (a language switch): read it again.
    Q_INVOKABLE void reread();

    /// What was read for the screen showing.
    const ScreenSpeech &screen() const { return m_screen; }
    /// The choice the keys are on; null before the first key.
    QQuickItem *focusedChoice() const;

Q_SIGNALS:
    void onChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void readScreen();
    /// The next (+1) or previous (-1) choice, read aloud.
    void move(int step);
    void confirm();
    /// The shopper's language: the default locale follows it (KioskLanguage).
    static QString language();

    ReturnSession &m_session;
    KioskSpeech &m_speech;
    drivers::NavigationKeys m_keys;
    QPointer<QQuickWindow> m_window;
    bool m_on = false;
    ScreenSpeech m_screen;
    int m_focus = -1; ///< index into m_screen.choices
    QPointer<QQuickItem> m_shown; ///< the screen item last read
    bool m_confirmed = false; ///< a choice was just confirmed: if the screen stays, only it is said again
    QTimer m_settle; ///< reads a screen once it is laid out
};

} // namespace kiosk
