// libFuzzer target for kiosk.json (KioskConfig::parse) and its "sync" object (SyncConfigJson::fromJson).
#include "config/KioskConfig.h"
#include "sync/SyncConfigJson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

using namespace kiosk;
using namespace Qt::Literals::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // The sync config reads its device token file: it is always this one, never a path from the input.
    static const QString dir = [] {
        const QString path
            = QDir::temp().filePath(u"fuzz-kioskconfig-%1"_s.arg(QCoreApplication::applicationPid()));
        QDir().mkpath(path);
        QFile token(path + u"/token"_s);
        if (token.open(QIODevice::WriteOnly))
            token.write("fuzz-device-token\n");
        return path;
    }();
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const KioskConfig::Result config = KioskConfig::parse(bytes, dir + u"/kiosk.json"_s);
    if (bool(config.config) == !config.error.isEmpty())
        __builtin_trap();
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    QJsonObject sync = doc.object().value(u"sync"_s).toObject();
    if (sync.isEmpty())
        return 0;
    if (sync.contains(u"deviceTokenFile"_s))
        sync.insert(u"deviceTokenFile"_s, u"token"_s);
    const SyncConfigJson::Result read = SyncConfigJson::fromJson(sync, dir, dir);
    if (bool(read.config) == !read.error.isEmpty())
        __builtin_trap();
    if (read.config
        && (read.config->batchSize < 1 || read.config->orderPageSize < 1
            || read.config->deviceToken.isEmpty()))
        __builtin_trap();
    return 0;
}
