#pragma once

#include "sync/BackendProbe.h"
#include "sync/SyncConfig.h"

#include <memory>

namespace kiosk {

class BackendWorker;

/// The backend probe over the kiosk's own TLS configuration (CA bundle, pins, client certificate or
/// device token): GET /v1/health on a thread of its own, with the short timeouts of a request someone
/// waits on. Healthy only on a 200 whose body says {"status": "ok"}.
class HttpsBackendProbe : public BackendProbe
{
    Q_OBJECT
public:
    explicit HttpsBackendProbe(SyncConfig config, QObject *parent = nullptr);
    ~HttpsBackendProbe() override;

    void probe() override;
    QString backendUrl() const override { return m_url; }

private:
    QString m_url;
    std::unique_ptr<BackendWorker> m_worker;
};

} // namespace kiosk
