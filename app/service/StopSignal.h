#pragma once

#include <QObject>

class QSocketNotifier;

namespace kiosk {

/// SIGTERM and SIGINT delivered as a signal on the event loop (a self-pipe), so that a stop closes the
/// databases through the normal shutdown instead of killing the process mid-write.
class StopSignal : public QObject
{
    Q_OBJECT
public:
    explicit StopSignal(QObject *parent = nullptr);
    ~StopSignal() override;

Q_SIGNALS:
    void received(int signal);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace kiosk
