#include "HttpsBackendProbe.h"

#include "sync/BackendWorker.h"
#include "sync/HttpClient.h"
#include "sync/ShopperWaiting.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace kiosk {

HttpsBackendProbe::HttpsBackendProbe(SyncConfig config, QObject *parent)
    : BackendProbe(parent)
    , m_url(config.baseUrl)
    , m_worker(std::make_unique<BackendWorker>(forShopperWaiting(config), u"probe"_s))
{ }

HttpsBackendProbe::~HttpsBackendProbe() = default;

void HttpsBackendProbe::probe()
{
    m_worker->post([this](HttpClient &client) {
        const HttpResponse response = client.perform(HttpRequest { "GET", "/v1/health", {} });
        Answer answer { response.status, response.error };
        if (answer.status == 200
            && QJsonDocument::fromJson(response.body).object().value(u"status"_s).toString() != u"ok"_s) {
            answer.status = 0;
            answer.error = u"the health answer does not say \"ok\""_s;
        }
        QMetaObject::invokeMethod(
            this, [this, answer] { Q_EMIT answered(answer); }, Qt::QueuedConnection);
    });
}

} // namespace kiosk
