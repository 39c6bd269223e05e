#pragma once

#include <QObject>
#include <QTimer>

namespace kiosk {

/// Tells systemd how the kiosk is doing (sd_notify): READY=1 once the UI is up, STATUS= lines, STOPPING=1,
/// and WATCHDOG=1 from a timer on the GUI thread's event loop at half of $WATCHDOG_USEC, so a hung or
/// frozen UI thread stops the pings and systemd restarts the kiosk. Outside systemd (no $NOTIFY_SOCKET)
/// every call does nothing.
class ServiceNotifier : public QObject
{
    Q_OBJECT
public:
    explicit ServiceNotifier(QObject *parent = nullptr);

    /// READY=1 with a status line, and the watchdog pings start.
    void ready(const QString &status);
    void status(const QString &status);
    void stopping();

private:
    void notify(const QByteArray &state);

    QTimer m_watchdog;
};

} // namespace kiosk
