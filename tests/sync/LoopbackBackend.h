#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QMutex>
#include <QSet>
#include <QString>

#include <atomic>
#include <memory>
#include <thread>

namespace httplib {
class SSLServer;
}

/// A minimal HTTPS backend for the sync unit tests (cpp-httplib on 127.0.0.1): stores returns by
/// UUID exactly once, answers duplicates, rejects chosen ids, serves order pages, and injects the
/// faults the tests need. Counts every request that reached a handler.
class LoopbackBackend
{
public:
    enum class Fault {
        None,
        Unavailable, ///< 503 with Retry-After: retryAfter
        DropAfterCommit, ///< stores the batch, then breaks the connection mid-reply
        MalformedJson,
        Oversized, ///< a valid-looking reply of 20 MiB
        WrongContentType,
    };

    LoopbackBackend(const QString &certPath, const QString &keyPath);
    ~LoopbackBackend();

    bool isValid() const;
    QString baseUrl() const;

    void setFault(Fault fault) { m_fault = fault; }
    void setRetryAfter(const QByteArray &value);
    void rejectId(const QString &id);
    void setOrders(const QJsonArray &orders, const QStringList &deleted);

    int requestCount() const { return m_requests; }
    int batchRequests() const { return m_batches; }
    int storedCount() const;
    int duplicateCount() const;
    /// How many times each return id arrived (accepted, duplicate or rejected).
    int submissions(const QString &id) const;
    QByteArray lastAuthorization() const;

private:
    std::unique_ptr<httplib::SSLServer> m_server;
    std::thread m_thread;
    int m_port = 0;
    std::atomic<Fault> m_fault { Fault::None };
    std::atomic<int> m_requests { 0 };
    std::atomic<int> m_batches { 0 };
    mutable QMutex m_mutex;
    QByteArray m_retryAfter = "120";
    QSet<QString> m_stored;
    QSet<QString> m_rejectIds;
    QHash<QString, int> m_submissions;
    int m_duplicates = 0;
    QByteArray m_authorization;
    QJsonArray m_orders;
    QStringList m_deleted;
};
