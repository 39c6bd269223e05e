#include "SyncEngine.h"

#include "sync/SyncWorker.h"

#include <QMutexLocker>
#include <QThread>

namespace kiosk {

SyncEngine::SyncEngine(const SyncConfig &config, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_clock(clock)
{
    qRegisterMetaType<kiosk::SyncStatus>();
}

SyncEngine::~SyncEngine()
{
    stop();
}

bool SyncEngine::start()
{
    QMutexLocker lock(&m_mutex);
    if (m_thread)
        return false;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("kiosk-sync"));
    m_worker = new SyncWorker(m_config, m_clock, m_random);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_worker, &SyncWorker::begin);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(
        m_worker, &SyncWorker::statusChanged, this,
        [this](const SyncStatus &status) {
            {
                QMutexLocker statusLock(&m_mutex);
                m_status = status;
            }
            Q_EMIT statusChanged(status);
        },
        Qt::QueuedConnection);
    connect(
        m_worker, &SyncWorker::commandsReceived, this, &SyncEngine::commandsReceived, Qt::QueuedConnection);
    connect(m_worker, &SyncWorker::policyReceived, this, &SyncEngine::policyReceived, Qt::QueuedConnection);
    m_thread->start();
    return true;
}

void SyncEngine::stop()
{
    QThread *thread = nullptr;
    {
        QMutexLocker lock(&m_mutex);
        if (!m_thread)
            return;
        thread = std::exchange(m_thread, nullptr);
        m_worker->interrupt();
        m_worker = nullptr; // deleted on its own thread when the thread finishes
    }
    thread->quit();
    thread->wait();
    delete thread;
}

void SyncEngine::syncNow()
{
    QMutexLocker lock(&m_mutex);
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &SyncWorker::runNow, Qt::QueuedConnection);
}

bool SyncEngine::isRunning() const
{
    QMutexLocker lock(&m_mutex);
    return m_thread != nullptr;
}

SyncStatus SyncEngine::status() const
{
    QMutexLocker lock(&m_mutex);
    return m_status;
}

} // namespace kiosk
