#pragma once

#include <QDir>
#include <QString>
#include <QStringList>

#include <functional>

class QQuickItem;
class QQuickWindow;

namespace kiosk {

class ReturnSession;

/// Drives the real kiosk UI the way a shopper does: finds items by objectName, taps their centre
/// with synthetic mouse events, waits for screens, and saves screenshots. Used by the demo journey
/// and the end-to-end tests.
class UiDriver
{
public:
    UiDriver(QQuickWindow &window, ReturnSession &session, QDir screenshotDir);

    QQuickItem *find(const QString &objectName) const;
    /// Taps the visible, enabled item's centre, once the session takes taps again after a screen or
    /// step change (no shopper is faster). False (with lastError) if it is missing or disabled.
    bool tap(const QString &objectName);
    /// Taps the keypad keys for each digit, then OK.
    bool typeOnKeypad(const QString &digits);
    /// Taps delete until the keypad is empty.
    void clearKeypad();
    bool waitForScreen(const QString &screen, int timeoutMs = 5000);
    bool waitFor(const std::function<bool()> &condition, int timeoutMs = 5000);
    /// Saves <dir>/<name>.png from the rendered window; returns the path or empty on failure.
    QString screenshot(const QString &name);
    /// Screenshots `name` and compares it with <goldenDir>/<name>.png (GoldenImage). Items named in
    /// `masks` (a return id, a time) are blanked in the screenshot first. False with lastError on a
    /// mismatch.
    bool matchesGolden(const QString &name, const QDir &goldenDir, const QStringList &masks = {});
    /// Text of a Text item, for assertions.
    QString textOf(const QString &objectName) const;

    QString lastError() const { return m_lastError; }
    /// Taps made so far: what the shopper would have touched.
    int tapCount() const { return m_taps; }

private:
    /// Waits until the session takes taps again after a screen or step change, as a shopper would.
    void waitUntilSettled();
    /// Waits until the scan's tick ("readTick") has faded, so a screenshot shows the screen only.
    void waitForFeedbackToFade();

    QQuickWindow &m_window;
    ReturnSession &m_session;
    QDir m_dir;
    QString m_lastError;
    int m_taps = 0;
};

} // namespace kiosk
