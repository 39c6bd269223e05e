#include "OrderLookup.h"

#include "cache/CacheStore.h"
#include "sync/BackendWorker.h"
#include "sync/HttpClient.h"
#include "sync/SyncLog.h"
#include "sync/SyncProtocol.h"

#include <QRegularExpression>

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
    , m_worker(std::make_unique<BackendWorker>(config, u"order-lookup"_s))
{
    // Opened (checked, migrated) on the lookup thread at start-up, not while a shopper waits.
    m_worker->post([this, path = config.cachePath](HttpClient &) { openCache(path); });
}

OrderLookup::~OrderLookup() = default;

void OrderLookup::openCache(const QString &path)
{
    if (path.isEmpty())
        return;
    m_cache = std::make_unique<CacheStore>();
    if (!m_cache->open(path)) {
        qCWarning(lcSync).noquote() << "order lookup: cannot open the cache:" << m_cache->lastError();
        m_cache.reset();
    }
}

void OrderLookup::lookup(const QString &orderId)
{
    m_worker->post([this, orderId](HttpClient &http) {
        const Result result = find(http, m_cache.get(), orderId);
        // Emitted on the thread this object lives on, the caller's.
        QMetaObject::invokeMethod(
            this, [this, orderId, result] { Q_EMIT finished(orderId, result.outcome, result.error); },
            Qt::QueuedConnection);
    });
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
    QStringList countedReturns;
    auto parsed = SyncProtocol::parseOrderReply(response.body, orderId, &countedReturns);
    if (!parsed.value)
        return unavailable(parsed.error);
    if (cache && !cache->upsertOrder(*parsed.value, countedReturns))
        return unavailable(u"cannot write the order to the cache: "_s + cache->lastError());
    qCInfo(lcSync).noquote() << "order" << orderId << "fetched online";
    return { Outcome::Found, {} };
}

} // namespace kiosk
