#pragma once

#include "sync/SyncConfig.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QUrl>

#include <map>
#include <memory>

namespace kiosk {

class BackendWorker;

/// The product pictures order lines name (`imageUrl`), kept in a bounded directory on disk. image()
/// answers at once: the picture's local file when it is there, else nothing, and then fetches it in
/// the background (a path on the backend, over the kiosk's own HTTPS client on a thread of its own);
/// imageReady() says when it arrived. A file: URL is shown as it is. The directory never holds more
/// than maxBytes: the least recently shown pictures go first. A screen never waits for a picture.
class ProductImageCache : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        QString directory;
        qint64 maxBytes = 32LL * 1024 * 1024; ///< the whole cache on disk
        qint64 maxImageBytes = 512 * 1024; ///< one picture; a larger one is not kept
    };

    explicit ProductImageCache(Settings settings, QObject *parent = nullptr);
    ~ProductImageCache() override;

    /// Where pictures on the backend come from; without it only file: URLs are shown.
    void setBackend(const SyncConfig &config);

    /// The picture to show for @p imageUrl now (a file URL), or an empty URL: none, or not fetched yet
    /// (a fetch starts, once per picture).
    QUrl image(const QString &imageUrl);

    /// Keeps @p bytes as @p imageUrl's picture and makes room for it; false for what is no picture
    /// (not PNG or JPEG, empty, or larger than maxImageBytes) or a disk that refused it.
    bool store(const QString &imageUrl, const QByteArray &bytes);

    qint64 bytesOnDisk() const { return m_bytes; }
    int count() const { return int(m_files.size()); }

Q_SIGNALS:
    /// A picture arrived: image(@p imageUrl) now answers its file.
    void imageReady(const QString &imageUrl);

private:
    struct Entry
    {
        qint64 bytes = 0;
        quint64 used = 0; ///< when it was last shown, in m_useCounter's order
    };
    static QString fileName(const QString &imageUrl);
    void touch(const QString &name);
    void evictTo(qint64 maxBytes);
    void fetch(const QString &imageUrl);

    Settings m_settings;
    std::unique_ptr<BackendWorker> m_worker;
    QHash<QString, Entry> m_files; ///< file name -> size and last use
    std::map<quint64, QString> m_byUse; ///< last use -> file name, oldest first
    quint64 m_useCounter = 0;
    qint64 m_bytes = 0;
    QSet<QString> m_fetching; ///< image URLs asked for and not answered yet
    QSet<QString> m_failed; ///< image URLs the backend refused: not asked again this run
};

} // namespace kiosk
