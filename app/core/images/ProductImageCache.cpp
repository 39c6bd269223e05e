#include "ProductImageCache.h"

#include "sync/BackendWorker.h"
#include "sync/HttpClient.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcImages, "kiosk.images")

namespace kiosk {

namespace {
bool isPicture(const QByteArray &bytes)
{
    return bytes.startsWith("\x89PNG\r\n\x1a\n") || bytes.startsWith("\xff\xd8\xff");
}

/// A picture is a nicety: it must not hold a backend connection long.
SyncConfig forImages(SyncConfig config, qint64 maxImageBytes)
{
    config.connectTimeout = std::chrono::seconds(5);
    config.requestTimeout = std::chrono::seconds(20);
    config.maxResponseBytes = maxImageBytes;
    return config;
}
} // namespace

ProductImageCache::ProductImageCache(Settings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
{
    QDir().mkpath(m_settings.directory);
    // What an earlier run kept, oldest use first (a picture shown is touched on disk too).
    QFileInfoList kept = QDir(m_settings.directory).entryInfoList({ u"*.img"_s }, QDir::Files, QDir::Time);
    std::reverse(kept.begin(), kept.end());
    for (const QFileInfo &file : kept) {
        m_files.insert(file.fileName(), { file.size(), ++m_useCounter });
        m_byUse.emplace(m_useCounter, file.fileName());
        m_bytes += file.size();
    }
    evictTo(m_settings.maxBytes); // the cap may have shrunk
}

ProductImageCache::~ProductImageCache() = default;

void ProductImageCache::setBackend(const SyncConfig &config)
{
    m_worker = std::make_unique<BackendWorker>(forImages(config, m_settings.maxImageBytes), u"images"_s);
}

QString ProductImageCache::fileName(const QString &imageUrl)
{
    return QString::fromLatin1(
               QCryptographicHash::hash(imageUrl.toUtf8(), QCryptographicHash::Sha256).toHex().left(32))
        + u".img"_s;
}

QUrl ProductImageCache::image(const QString &imageUrl)
{
    if (imageUrl.isEmpty())
        return {};
    const QUrl url(imageUrl);
    if (url.isLocalFile())
        return QFileInfo::exists(url.toLocalFile()) ? url : QUrl();
    const QString name = fileName(imageUrl);
    if (m_files.contains(name)) {
        touch(name);
        return QUrl::fromLocalFile(QDir(m_settings.directory).filePath(name));
    }
    fetch(imageUrl);
    return {};
}

void ProductImageCache::touch(const QString &name)
{
    Entry &entry = m_files[name];
    m_byUse.erase(entry.used);
    entry.used = ++m_useCounter;
    m_byUse.emplace(entry.used, name);
    QFile file(QDir(m_settings.directory).filePath(name));
    if (file.open(QIODevice::ReadWrite)) // the order survives a restart
        file.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
}

void ProductImageCache::evictTo(qint64 maxBytes)
{
    while (m_bytes > maxBytes && !m_byUse.empty()) {
        const QString name = m_byUse.begin()->second;
        m_byUse.erase(m_byUse.begin());
        m_bytes -= m_files.take(name).bytes;
        QFile::remove(QDir(m_settings.directory).filePath(name));
        qCDebug(lcImages) << "evicted" << name;
    }
}

bool ProductImageCache::store(const QString &imageUrl, const QByteArray &bytes)
{
    if (!isPicture(bytes) || bytes.size() > m_settings.maxImageBytes || bytes.size() > m_settings.maxBytes) {
        qCWarning(lcImages).noquote() << "not kept:" << imageUrl << "is no PNG or JPEG of at most"
                                      << m_settings.maxImageBytes << "bytes";
        return false;
    }
    const QString name = fileName(imageUrl);
    if (m_files.contains(name)) { // replaced: its old size goes
        m_bytes -= m_files.value(name).bytes;
        m_byUse.erase(m_files.take(name).used);
    }
    evictTo(m_settings.maxBytes - bytes.size());
    QSaveFile file(QDir(m_settings.directory).filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        qCWarning(lcImages).noquote() << "not kept:" << imageUrl << file.errorString();
        return false;
    }
    m_files.insert(name, { bytes.size(), ++m_useCounter });
    m_byUse.emplace(m_useCounter, name);
    m_bytes += bytes.size();
    return true;
}

void ProductImageCache::fetch(const QString &imageUrl)
{
    if (!m_worker || m_fetching.contains(imageUrl) || m_failed.contains(imageUrl))
        return;
    m_fetching.insert(imageUrl);
    m_worker->post(
        [this, imageUrl, request = HttpRequest { "GET", imageUrl.toUtf8(), {} }](HttpClient &client) {
            const HttpResponse response = client.perform(request);
            QMetaObject::invokeMethod(
                this,
                [this, imageUrl, response] {
                    m_fetching.remove(imageUrl);
                    if (response.status == 200 && store(imageUrl, response.body)) {
                        Q_EMIT imageReady(imageUrl);
                        return;
                    }
                    qCInfo(lcImages).noquote()
                        << "no picture for" << imageUrl << response.status << response.error;
                    if (!response.transportFailed()) // offline: asked again when next shown
                        m_failed.insert(imageUrl);
                },
                Qt::QueuedConnection);
        });
}

} // namespace kiosk
