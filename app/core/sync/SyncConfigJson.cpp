#include "SyncConfigJson.h"

#include "config/JsonInteger.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace kiosk::SyncConfigJson {

namespace {

Result failed(const QString &error)
{
    return { std::nullopt, error };
}

} // namespace

Result fromJson(const QJsonObject &sync, const QString &baseDir, const QString &dataDir, Token tokenNeed)
{
    static const QStringList known { u"baseUrl"_s, u"caBundle"_s, u"deviceTokenFile"_s, u"kioskId"_s,
        u"pinnedPublicKeys"_s, u"clientCertificate"_s, u"clientKey"_s, u"batchSize"_s, u"orderPageSize"_s,
        u"syncIntervalSeconds"_s, u"heartbeatIntervalSeconds"_s, u"orderPullIntervalSeconds"_s };
    for (const QString &key : sync.keys()) {
        if (!known.contains(key))
            return failed(u"sync.%1: unknown key"_s.arg(key));
    }
    const QDir base(baseDir);
    SyncConfig config;
    for (const auto &[key, target] :
        { std::pair { u"baseUrl"_s, &config.baseUrl }, std::pair { u"caBundle"_s, &config.caBundlePath },
            std::pair { u"kioskId"_s, &config.kioskId } }) {
        const QJsonValue value = sync.value(key);
        if (!value.isString() || value.toString().isEmpty())
            return failed(u"sync.%1: missing or not a string"_s.arg(key));
        *target = value.toString();
    }
    config.caBundlePath = base.absoluteFilePath(config.caBundlePath);

    const QJsonValue tokenFile = sync.value("deviceTokenFile"_L1);
    if (!tokenFile.isString())
        return failed(u"sync.deviceTokenFile: missing or not a string"_s);
    config.deviceTokenPath = base.absoluteFilePath(tokenFile.toString());
    QFile token(config.deviceTokenPath);
    const bool enrolling = tokenNeed == Token::NotYetEnrolled && !token.exists(); // enrolment writes it
    if (!enrolling) {
        if (!token.open(QIODevice::ReadOnly))
            return failed(
                u"sync.deviceTokenFile: cannot read %1: %2"_s.arg(token.fileName(), token.errorString()));
        config.deviceToken = QString::fromUtf8(token.read(4096)).trimmed();
        if (config.deviceToken.isEmpty())
            return failed(u"sync.deviceTokenFile: %1 is empty"_s.arg(token.fileName()));
    }

    const QJsonValue clientCert = sync.value("clientCertificate"_L1);
    const QJsonValue clientKey = sync.value("clientKey"_L1);
    if (clientCert.isUndefined() != clientKey.isUndefined())
        return failed(u"sync.clientCertificate and sync.clientKey go together"_s);
    if (!clientCert.isUndefined()) {
        if (!clientCert.isString() || clientCert.toString().isEmpty() || !clientKey.isString()
            || clientKey.toString().isEmpty())
            return failed(u"sync.clientCertificate and sync.clientKey: PEM file names"_s);
        config.clientCertPath = base.absoluteFilePath(clientCert.toString());
        config.clientKeyPath = base.absoluteFilePath(clientKey.toString());
    }

    const QJsonValue pins = sync.value("pinnedPublicKeys"_L1);
    if (!pins.isUndefined()) {
        if (!pins.isArray())
            return failed(u"sync.pinnedPublicKeys: not an array"_s);
        for (const QJsonValue &pin : pins.toArray()) {
            if (!pin.isString() || !pin.toString().startsWith(u"sha256//"_s))
                return failed(u"sync.pinnedPublicKeys: each pin is \"sha256//BASE64\""_s);
            config.pinnedPublicKeys.append(pin.toString());
        }
    }
    const auto integer = [&sync](const QString &key, int min, int max, auto apply) -> QString {
        const QJsonValue value = sync.value(key);
        if (value.isUndefined())
            return {};
        const JsonInteger::Result number = JsonInteger::read(value, min, max);
        if (!number.value)
            return u"sync.%1: %2"_s.arg(key, number.error);
        apply(*number.value);
        return {};
    };
    using std::chrono::seconds;
    for (const QString &error : {
             integer(u"batchSize"_s, 1, 500, [&](int v) { config.batchSize = v; }),
             integer(u"orderPageSize"_s, 1, 5000, [&](int v) { config.orderPageSize = v; }),
             integer(u"syncIntervalSeconds"_s, 1, 86400, [&](int v) { config.syncInterval = seconds(v); }),
             integer(u"heartbeatIntervalSeconds"_s, 10, 86400,
                 [&](int v) { config.heartbeatInterval = seconds(v); }),
             integer(u"orderPullIntervalSeconds"_s, 10, 86400,
                 [&](int v) { config.orderPullInterval = seconds(v); }),
         }) {
        if (!error.isEmpty())
            return failed(error);
    }
    const QDir data(dataDir);
    config.journalPath = data.filePath(u"journal.db"_s);
    config.cachePath = data.filePath(u"cache.db"_s);
    config.statusPath = data.filePath(u"sync-status.json"_s);
    return { config, {} };
}

Result fromFile(const QString &configPath, const QString &dataDir, Token token)
{
    QFile file(configPath);
    if (!file.open(QIODevice::ReadOnly))
        return failed(u"cannot read %1: %2"_s.arg(configPath, file.errorString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(1024 * 1024), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return failed(u"%1 is not a JSON object: %2"_s.arg(configPath, error.errorString()));
    const QJsonValue sync = doc.object().value("sync"_L1);
    if (!sync.isObject())
        return failed(u"%1 has no \"sync\" object"_s.arg(configPath));
    return fromJson(sync.toObject(), QFileInfo(configPath).absolutePath(), dataDir, token);
}

} // namespace kiosk::SyncConfigJson
