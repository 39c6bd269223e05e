#include "BackendProcess.h"

#include "HttpsClient.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QThread>

using namespace Qt::Literals::StringLiterals;

namespace kiosk::test {

BackendProcess::BackendProcess(QString workDir, QStringList kioskIds)
    : m_workDir(std::move(workDir))
    , m_kioskIds(std::move(kioskIds))
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

BackendProcess::~BackendProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished();
    }
}

QString BackendProcess::certDir()
{
    return QString::fromUtf8(KIOSK_TESTCA_DIR);
}

QString BackendProcess::caFile()
{
    return certDir() + u"/ca.pem"_s;
}

QString BackendProcess::dbPath() const
{
    return m_workDir + u"/backend.db"_s;
}

QString BackendProcess::url(const QString &path) const
{
    return u"https://127.0.0.1:%1%2"_s.arg(m_port).arg(path);
}

QString BackendProcess::tokenOf(const QString &kioskId)
{
    return u"test-token-"_s + kioskId;
}

SyncConfig BackendProcess::syncConfig(const QString &kioskId) const
{
    SyncConfig config;
    config.baseUrl = url(QString());
    config.caBundlePath = caFile();
    config.deviceToken = tokenOf(kioskId);
    config.kioskId = kioskId;
    return config;
}

QJsonObject BackendProcess::admin(const QString &path, const QJsonObject &postBody)
{
    HttpsClient client(caFile(), QString::fromLatin1(AdminToken));
    return (postBody.isEmpty() ? client.get(url(path)) : client.postJson(url(path), postBody)).json();
}

int BackendProcess::requestCount(const QString &endpoint)
{
    return admin(QStringLiteral("/v1/admin/stats"))
        .value(QStringLiteral("requests"))
        .toObject()
        .value(endpoint)
        .toInt();
}

QByteArray BackendProcess::output()
{
    return m_process.readAll();
}

bool BackendProcess::start(const QStringList &extraArgs, const QString &certName)
{
    const QString portFile = m_workDir + u"/backend.port"_s;
    QFile::remove(portFile);
    QStringList args { u"--listen"_s, u"127.0.0.1:0"_s, u"--cert"_s, certDir() + u'/' + certName + u".pem"_s,
        u"--key"_s, certDir() + u'/' + certName + u".key"_s, u"--db"_s, dbPath(), u"--admin-token"_s,
        QString::fromLatin1(AdminToken), u"--port-file"_s, portFile };
    for (const QString &kioskId : m_kioskIds)
        args += { u"--device-token"_s, kioskId + u'=' + tokenOf(kioskId) };
    args += extraArgs;
    m_process.start(QString::fromUtf8(KIOSK_BACKEND_BIN), args);
    if (!m_process.waitForStarted())
        return false;
    QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
        QFile file(portFile);
        if (file.open(QIODevice::ReadOnly)) {
            m_port = file.readAll().trimmed().toInt();
            return m_port > 0;
        }
        QThread::msleep(20);
    }
    return false;
}

void BackendProcess::kill()
{
    m_process.kill();
    m_process.waitForFinished(10000);
}

bool BackendProcess::stop()
{
    m_process.terminate();
    return m_process.waitForFinished(10000) && m_process.exitStatus() == QProcess::NormalExit
        && m_process.exitCode() == 0;
}

} // namespace kiosk::test
