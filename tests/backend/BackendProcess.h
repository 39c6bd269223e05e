#pragma once

#include "sync/SyncConfig.h"

#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace kiosk::test {

/// Runs the real reference-backend executable for a test: on a free port of 127.0.0.1, with a certificate
/// from the generated test CA and its database in a directory the test owns. Each kiosk the test names
/// gets a device token of its own, bound to it (`--device-token KIOSK=tokenOf(KIOSK)`): as at a retailer,
/// no credential acts as more than one kiosk. AdminToken opens /v1/admin/* only (`--admin-token`).
class BackendProcess
{
public:
    static constexpr auto AdminToken = "test-admin-token";

    BackendProcess(QString workDir, QStringList kioskIds);
    ~BackendProcess();
    BackendProcess(const BackendProcess &) = delete;
    BackendProcess &operator=(const BackendProcess &) = delete;

    /// Starts with testca/<certName>.pem/.key and waits until it accepts connections.
    bool start(const QStringList &extraArgs = {}, const QString &certName = QStringLiteral("server"));
    /// Sends SIGTERM and waits; true when it exited with status 0.
    bool stop();
    /// SIGKILL: the backend dies without a word, as in a crash or a power cut.
    void kill();
    int port() const { return m_port; }

    QString url(const QString &path) const;
    /// The device token bound to @p kioskId when it is one of the kiosks the backend was made for.
    static QString tokenOf(const QString &kioskId);
    /// How a kiosk reaches this backend: its URL, the test CA, `kioskId` and that kiosk's token.
    SyncConfig syncConfig(const QString &kioskId) const;
    /// A request to an admin endpoint ("/v1/admin/stats", "/v1/admin/faults", ...) with AdminToken: GET
    /// without a body, POST with one. The reply's JSON object (empty when there was none).
    QJsonObject admin(const QString &path, const QJsonObject &postBody = {});
    /// Requests the backend counted for an endpoint name ("policy", "orders/get", ...).
    int requestCount(const QString &endpoint);
    QString dbPath() const;
    QByteArray output();

    static QString caFile();
    static QString certDir();

private:
    QString m_workDir;
    QStringList m_kioskIds;
    QProcess m_process;
    int m_port = 0;
};

} // namespace kiosk::test
