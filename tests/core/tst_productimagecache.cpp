#include "images/ProductImageCache.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace kiosk;

namespace {
/// A PNG's signature and @p size bytes in all: enough for the cache, which checks the signature only.
QByteArray picture(int size, char fill = 'p')
{
    const QByteArray signature("\x89PNG\r\n\x1a\n", 8);
    return signature + QByteArray(size - signature.size(), fill);
}

qint64 bytesIn(const QString &dir)
{
    qint64 total = 0;
    for (const QFileInfo &file : QDir(dir).entryInfoList(QDir::Files))
        total += file.size();
    return total;
}
} // namespace

/// The bounded on-disk cache of product pictures: never more than its cap on disk, the least recently
/// shown picture evicted first (across a restart too), what is no picture refused, file: URLs shown as
/// they are, and image() never waiting: without a backend a picture not there stays a pictogram.
class ProductImageCacheTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keepsUnderItsCapEvictingTheLeastRecentlyShown()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"images"_s);
        {
            ProductImageCache cache({ path, 2500, 1200 });
            QVERIFY(cache.store(u"/v1/images/a.png"_s, picture(1000, 'a')));
            QVERIFY(cache.store(u"/v1/images/b.png"_s, picture(1000, 'b')));
            QVERIFY(!cache.image(u"/v1/images/a.png"_s).isEmpty()); // a is shown: b is now the oldest
            QVERIFY(cache.store(u"/v1/images/c.png"_s, picture(1000, 'c')));
            QCOMPARE(cache.count(), 2);
            QVERIFY(cache.bytesOnDisk() <= 2500);
            QCOMPARE(bytesIn(path), cache.bytesOnDisk());
            QVERIFY(!cache.image(u"/v1/images/a.png"_s).isEmpty());
            QVERIFY(cache.image(u"/v1/images/b.png"_s).isEmpty()); // evicted
            const QUrl c = cache.image(u"/v1/images/c.png"_s);
            QFile file(c.toLocalFile());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll(), picture(1000, 'c'));
            QTest::qWait(1100); // a file time a second later: the order survives the restart
            QVERIFY(!cache.image(u"/v1/images/a.png"_s).isEmpty()); // a shown last, c before it
        }
        // A restart with a smaller cap: what the disk holds is read back, the older picture goes.
        ProductImageCache again({ path, 1500, 1200 });
        QCOMPARE(again.count(), 1);
        QVERIFY(!again.image(u"/v1/images/a.png"_s).isEmpty());
        QVERIFY(again.image(u"/v1/images/c.png"_s).isEmpty());
        QCOMPARE(bytesIn(path), again.bytesOnDisk());
    }

    void refusesWhatIsNoPicture()
    {
        QTemporaryDir dir;
        ProductImageCache cache({ dir.path(), 10'000, 1000 });
        QVERIFY(!cache.store(u"/v1/images/html.png"_s, "<html>not found</html>"));
        QVERIFY(!cache.store(u"/v1/images/empty.png"_s, {}));
        QVERIFY(!cache.store(u"/v1/images/big.png"_s, picture(1001)));
        QVERIFY(cache.store(u"/v1/images/jpeg.jpg"_s, QByteArray("\xff\xd8\xff\xe0", 4) + "jfif"));
        QCOMPARE(cache.count(), 1);
        QCOMPARE(bytesIn(dir.path()), cache.bytesOnDisk());
    }

    void fileUrlsAreShownAsTheyAre()
    {
        QTemporaryDir dir;
        ProductImageCache cache({ dir.filePath(u"images"_s) });
        const QString file = dir.filePath(u"tee.png"_s);
        QVERIFY(QFile(file).open(QIODevice::WriteOnly));
        QCOMPARE(cache.image(QUrl::fromLocalFile(file).toString()), QUrl::fromLocalFile(file));
        QVERIFY(cache.image(QUrl::fromLocalFile(dir.filePath(u"missing.png"_s)).toString()).isEmpty());
        QVERIFY(cache.image({}).isEmpty());
        QCOMPARE(cache.count(), 0); // nothing copied
    }

    /// Without a backend a picture that is not there answers at once, empty, and is never fetched.
    void withoutABackendNothingIsFetched()
    {
        QTemporaryDir dir;
        ProductImageCache cache({ dir.path() });
        QSignalSpy ready(&cache, &ProductImageCache::imageReady);
        QVERIFY(cache.image(u"/v1/images/a.png"_s).isEmpty());
        QTest::qWait(50);
        QCOMPARE(ready.size(), 0);
    }
};

QTEST_GUILESS_MAIN(ProductImageCacheTest)
#include "tst_productimagecache.moc"
