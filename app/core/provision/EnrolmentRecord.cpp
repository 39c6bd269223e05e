#include "EnrolmentRecord.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace kiosk {

namespace {

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    *error = u"cannot write %1: %2"_s.arg(path, file.errorString());
    return false;
}

EnrolmentRecord::Loaded damaged(const QString &path, const QString &why)
{
    return { std::nullopt, u"%1 is damaged (%2): enrol the kiosk again"_s.arg(path, why) };
}

} // namespace

QString EnrolmentRecord::recordFile(const QString &dataDir)
{
    return QDir(dataDir).filePath(u"enrolment.json"_s);
}

QString EnrolmentRecord::certificateFile(const QString &dataDir)
{
    return QDir(dataDir).filePath(u"client.pem"_s);
}

QString EnrolmentRecord::keyFile(const QString &dataDir)
{
    return QDir(dataDir).filePath(u"kiosk-key.pem"_s);
}

QString EnrolmentRecord::policyKeysFile(const QString &dataDir)
{
    return QDir(dataDir).filePath(u"policy-keys.json"_s);
}

QString EnrolmentRecord::firstBootPendingFile(const QString &dataDir)
{
    return QDir(dataDir).filePath(u"firstboot.pending"_s);
}

bool EnrolmentRecord::exists(const QString &dataDir)
{
    return QFile::exists(recordFile(dataDir));
}

EnrolmentRecord::Loaded EnrolmentRecord::load(const QString &dataDir)
{
    const QString path = recordFile(dataDir);
    QFile file(path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return { std::nullopt, u"cannot read %1: %2"_s.arg(path, file.errorString()) };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(256 * 1024), &parseError);
    if (!doc.isObject())
        return damaged(path, parseError.errorString());
    const QJsonObject object = doc.object();
    if (object.value("schema"_L1).toInt() != Schema)
        return damaged(
            path, u"schema %1, this kiosk reads %2"_s.arg(object.value("schema"_L1).toInt()).arg(Schema));
    EnrolmentRecord record;
    record.kioskId = object.value("kioskId"_L1).toString();
    record.backendUrl = object.value("backendUrl"_L1).toString();
    for (const QJsonValue &pin : object.value("pins"_L1).toArray())
        record.pins.append(pin.toString());
    StoreConfig::Parsed store = StoreConfig::fromJson(object.value("store"_L1).toObject());
    if (record.kioskId.isEmpty() || !record.backendUrl.startsWith(u"https://"_s) || !store.store)
        return damaged(path, store.store ? u"kioskId or backendUrl"_s : store.error);
    record.store = *store.store;
    return { record, {} };
}

bool EnrolmentRecord::save(const QString &dataDir, const QByteArray &certificate, QString *error) const
{
    const QJsonObject record { { "schema"_L1, Schema }, { "kioskId"_L1, kioskId },
        { "backendUrl"_L1, backendUrl }, { "pins"_L1, QJsonArray::fromStringList(pins) },
        { "store"_L1, store.toJson() } };
    return writeFile(certificateFile(dataDir), certificate, error)
        && writeFile(policyKeysFile(dataDir),
            QJsonDocument(QJsonObject { { "keys"_L1, store.policyKeys } }).toJson(), error)
        && writeFile(recordFile(dataDir), QJsonDocument(record).toJson(), error);
}

SyncConfig EnrolmentRecord::syncConfig(
    const QString &dataDir, const QString &caBundle, const QString &tlsKey) const
{
    SyncConfig config;
    config.baseUrl = backendUrl;
    config.caBundlePath = caBundle;
    config.pinnedPublicKeys = pins;
    config.kioskId = kioskId;
    config.clientCertPath = certificateFile(dataDir);
    config.clientKeyPath = tlsKey;
    const QDir data(dataDir);
    config.journalPath = data.filePath(u"journal.db"_s);
    config.cachePath = data.filePath(u"cache.db"_s);
    config.statusPath = data.filePath(u"sync-status.json"_s);
    return config;
}

} // namespace kiosk
