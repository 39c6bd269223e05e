#include "BackendWorker.h"

#include "sync/HttpClient.h"

namespace kiosk {

BackendWorker::BackendWorker(const SyncConfig &config, const QString &threadName)
    : m_onThread(std::make_unique<QObject>())
    , m_client(std::make_unique<HttpClient>(config))
{
    m_thread.setObjectName(threadName);
    m_onThread->moveToThread(&m_thread);
    m_thread.start();
}

BackendWorker::~BackendWorker()
{
    m_client->interrupt();
    m_thread.quit();
    m_thread.wait();
}

void BackendWorker::post(std::function<void(HttpClient &)> job)
{
    QMetaObject::invokeMethod(
        m_onThread.get(), [this, job = std::move(job)] { job(*m_client); }, Qt::QueuedConnection);
}

} // namespace kiosk
