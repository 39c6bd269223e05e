#include "OrderLookup.h"

#include "cache/CacheStore.h"
#include "sync/HttpClient.h"
#include "sync/SyncLog.h"
#include "sync/SyncProtocol.h"

#include <QRegularExpression>
#include <QThread>

using namespace Qt::Literals::StringLiterals;

namespace kiosk {

namespace {

OrderLookup::Result unavailable(const QString &error)
{
    return { OrderLookup::Outcome::Unavailable, error };
}

} // namespace

OrderLookup::OrderLookup(const SyncConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_thread(new QThread(this))
    , m_onThread(new QObject)
    , m_http(std::make_unique<HttpClient>(config))
{
    m_thread->setObjectName(u"order-lookup"_s);
    m_onThread->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_onThread, &QObject::deleteLater);
    m_thread->start();
    // Opened (checked, migrated) on the lookup thread at start-up, not while a shopper waits.
    QMetaObject::invokeMethod(
        m_onThread, [this] { openCache(); }, Qt::QueuedConnection);
}

void OrderLookup::openCache()
{
    if (m_config.cachePath.isEmpty())
        return;
    m_cache = std::make_unique<CacheStore>();
    if (!m_cache->open(m_config.cachePath)) {
        qCWarning(lcSync).noquote() << "order lookup: cannot open the cache:" << m_cache->lastError();
        m_cache.reset();
    }
}

OrderLookup::~OrderLookup()
{
    m_http->interrupt();
    m_thread->quit();
    m_thread->wait();
}

void OrderLookup::lookup(const QString &orderId)
{
    QMetaObject::invokeMethod(
        m_onThread,
        [this, orderId] {
            const Result result = find(*m_http, m_cache.get(), orderId);
            // Emitted on the thread this object lives on, the caller's.
            QMetaObject::invokeMethod(
                this, [this, orderId, result] { Q_EMIT finished(orderId, result.outcome, result.error); },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

OrderLookup::Result OrderLookup::find(HttpClient &http, CacheStore *cache, const QString &orderId)
{
    // The protocol's pattern for order ids; anything else never reaches a URL.
    static const QRegularExpression idPattern(u"^[A-Za-z0-9._-]{1,64}$"_s);
    if (!idPattern.match(orderId).hasMatch())
        return unavailable(u"not an order id: %1"_s.arg(orderId.left(80)));
    const HttpResponse response = http.perform(HttpRequest { "GET", "/v1/orders/" + orderId.toLatin1(), {} });
    if (response.status == 404)
        return { Outcome::NotFound, {} };
    if (response.status != 200)
        return unavailable(response.transportFailed()
                ? response.error
                : SyncProtocol::statusError(response.status, response.body));
    if (!SyncProtocol::isJsonContentType(response.contentType))
        return unavailable(u"the reply is not JSON"_s);
    auto parsed = SyncProtocol::parseOrderReply(response.body, orderId);
    if (!parsed.value)
        return unavailable(parsed.error);
    if (cache && !cache->upsertOrder(*parsed.value))
        return unavailable(u"cannot write the order to the cache: "_s + cache->lastError());
    qCInfo(lcSync).noquote() << "order" << orderId << "fetched online";
    return { Outcome::Found, {} };
}

} // namespace kiosk
