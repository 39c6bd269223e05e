#include "ServiceNotifier.h"

#include <systemd/sd-daemon.h>

#include <chrono>

namespace kiosk {

ServiceNotifier::ServiceNotifier(QObject *parent)
    : QObject(parent)
{
    // $WATCHDOG_PID is not checked: under the kiosk compositor the service's main process is cage and
    // the app, its child, pings with NotifyAccess=all.
    bool ok = false;
    const qint64 usec = qgetenv("WATCHDOG_USEC").toLongLong(&ok);
    if (!ok || usec <= 0)
        return;
    m_watchdog.setTimerType(Qt::PreciseTimer);
    m_watchdog.setInterval(
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::microseconds(usec / 2)));
    connect(&m_watchdog, &QTimer::timeout, this, [this] { notify(QByteArrayLiteral("WATCHDOG=1")); });
}

void ServiceNotifier::ready(const QString &status)
{
    notify("READY=1\nSTATUS=" + status.toUtf8());
    if (m_watchdog.interval() > 0) {
        notify(QByteArrayLiteral("WATCHDOG=1"));
        m_watchdog.start();
    }
}

void ServiceNotifier::status(const QString &status)
{
    notify("STATUS=" + status.toUtf8());
}

void ServiceNotifier::stopping()
{
    m_watchdog.stop();
    notify(QByteArrayLiteral("STOPPING=1"));
}

void ServiceNotifier::notify(const QByteArray &state)
{
    sd_notify(0, state.constData());
}

} // namespace kiosk
