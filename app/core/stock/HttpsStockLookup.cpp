#include "HttpsStockLookup.h"

#include "sync/BackendWorker.h"
#include "sync/HttpClient.h"
#include "sync/ShopperWaiting.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcStock, "kiosk.stock")

namespace kiosk {

namespace {
constexpr int MaxUnits = 1'000'000;
constexpr qsizetype MaxSkuLength = 64;

/// The shopper is at the screen; a stock answer is small.
SyncConfig forStock(const SyncConfig &config)
{
    SyncConfig stock = forShopperWaiting(config);
    stock.maxResponseBytes = 64 * 1024;
    return stock;
}
} // namespace

HttpsStockLookup::HttpsStockLookup(SyncConfig config, QObject *parent)
    : StockLookup(parent)
    , m_worker(std::make_unique<BackendWorker>(forStock(config), u"stock"_s))
{ }

HttpsStockLookup::~HttpsStockLookup() = default;

QByteArray HttpsStockLookup::path(const QStringList &skus)
{
    QByteArrayList encoded;
    for (const QString &sku : skus.mid(0, MaxSkus))
        encoded.append(QUrl::toPercentEncoding(sku));
    return "/v1/stock?sku=" + encoded.join("%2C");
}

QMap<QString, int> HttpsStockLookup::parse(const QByteArray &body)
{
    QMap<QString, int> available;
    for (const QJsonValue &entry : QJsonDocument::fromJson(body).object().value(u"stock"_s).toArray()) {
        const QJsonObject object = entry.toObject();
        const QString sku = object.value(u"sku"_s).toString();
        const QJsonValue units = object.value(u"available"_s);
        const double count = units.toDouble(-1);
        if (sku.isEmpty() || sku.size() > MaxSkuLength || !units.isDouble() || count < 0 || count > MaxUnits
            || count != double(int(count)))
            continue;
        available.insert(sku, int(count));
    }
    return available;
}

void HttpsStockLookup::request(int requestId, const QStringList &skus)
{
    m_worker->post([this, requestId, request = HttpRequest { "GET", path(skus), {} }](HttpClient &client) {
        const HttpResponse response = client.perform(request);
        QMap<QString, int> answer;
        if (response.status == 200)
            answer = parse(response.body);
        else
            qCInfo(lcStock).noquote() << "stock unknown:" << response.status << response.error;
        QMetaObject::invokeMethod(
            this, [this, requestId, answer] { Q_EMIT answered(requestId, answer); }, Qt::QueuedConnection);
    });
}

} // namespace kiosk
