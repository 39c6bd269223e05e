#pragma once

#include "sync/SyncConfig.h"

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

namespace kiosk {

class HttpClient;

/// A thread of its own with one HTTPS client, for requests a shopper waits on (stock, an order the
/// cache lacks): jobs run there one after another, off the GUI thread; the destructor interrupts a
/// request in flight and joins the thread, so nothing a job uses outlives it.
class BackendWorker
{
public:
    BackendWorker(const SyncConfig &config, const QString &threadName);
    ~BackendWorker();
    BackendWorker(const BackendWorker &) = delete;
    BackendWorker &operator=(const BackendWorker &) = delete;

    /// Queues `job` to run on the worker thread with its client. A job hands its answer back with
    /// QMetaObject::invokeMethod on an object of the caller's thread.
    void post(std::function<void(HttpClient &)> job);

private:
    QThread m_thread;
    std::unique_ptr<QObject> m_onThread; ///< lives on m_thread: jobs are queued to it
    std::unique_ptr<HttpClient> m_client; ///< used on m_thread only
};

} // namespace kiosk
