#include "VerifierPruner.h"

#include "cache/CacheStore.h"

#include <QLoggingCategory>
#include <QThread>
#include <QTimer>

Q_DECLARE_LOGGING_CATEGORY(lcCache)

namespace kiosk {

VerifierPruner::VerifierPruner(
    const QString &cachePath, const Clock &clock, std::chrono::milliseconds interval, QObject *parent)
    : QObject(parent)
    , m_cachePath(cachePath)
    , m_clock(clock)
    , m_interval(interval)
{ }

VerifierPruner::~VerifierPruner()
{
    stop();
}

bool VerifierPruner::start()
{
    if (m_thread)
        return false;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("kiosk-prune"));
    m_timer = new QTimer;
    m_timer->setInterval(m_interval);
    m_timer->moveToThread(m_thread);
    connect(m_timer, &QTimer::timeout, m_timer, [this] { prune(); });
    connect(m_thread, &QThread::started, m_timer, qOverload<>(&QTimer::start));
    // Emitted on the thread as its event loop ends: the connection is closed where it was used.
    connect(m_thread, &QThread::finished, m_timer, [this] {
        m_timer->stop();
        m_cache.reset();
    });
    m_thread->start();
    return true;
}

void VerifierPruner::stop()
{
    if (!m_thread)
        return;
    m_thread->quit();
    m_thread->wait();
    delete std::exchange(m_timer, nullptr);
    delete std::exchange(m_thread, nullptr);
}

void VerifierPruner::pruneNow()
{
    if (m_timer)
        QMetaObject::invokeMethod(m_timer, [this] { prune(); });
}

void VerifierPruner::retain(const VerifierRetention &retention)
{
    if (!m_timer)
        return;
    QMetaObject::invokeMethod(m_timer, [this, retention] {
        CacheStore *store = cache();
        if (store && !store->setVerifierRetention(retention, m_clock.now()))
            qCWarning(lcCache).noquote() << "cannot drop expired order verifiers:" << store->lastError();
    });
}

CacheStore *VerifierPruner::cache()
{
    if (!m_cache) {
        auto cache = std::make_unique<CacheStore>();
        if (!cache->open(m_cachePath)) {
            qCWarning(lcCache).noquote() << "verifier prune: cannot open the cache:" << cache->lastError();
            return nullptr;
        }
        m_cache = std::move(cache);
    }
    return m_cache.get();
}

void VerifierPruner::prune()
{
    CacheStore *store = cache();
    const int dropped = store ? store->dropExpiredVerifiers(m_clock.now()) : -1;
    if (store && dropped < 0)
        qCWarning(lcCache).noquote() << "cannot drop expired order verifiers:" << store->lastError();
    Q_EMIT pruned(dropped);
}

} // namespace kiosk
