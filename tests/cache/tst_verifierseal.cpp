#include "DemoCache.h"
#include "cache/CacheStore.h"
#include "cache/ContactKey.h"
#include "cache/OrderJson.h"
#include "cache/OrderVerifier.h"
#include "cache/VerifierRetention.h"
#include "crypto/VerifierKey.h"
#include "store/Sqlite.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace kiosk;

namespace {

using test::DemoOrders;

QString zip(int n)
{
    return QString::number(n).rightJustified(5, u'0');
}

/// The attack on a copied cache.db that recovered every demo ZIP code: each order's salt and stored
/// value against SHA-256(salt || ZIP) for all 100,000 five-digit ZIP codes. "order=ZIP" per hit.
QStringList tryAllZips(const QString &cachePath)
{
    sql::Database db;
    if (!db.open(cachePath, sql::Database::Mode::ReadOnly))
        return { u"cannot open "_s + cachePath };
    QStringList found;
    sql::Statement rows = db.prepare("SELECT id, verifier_salt, verifier_hash FROM orders");
    while (rows.step() == sql::Statement::Step::Row) {
        const QByteArray salt = rows.blob(1);
        const QByteArray stored = rows.blob(2);
        for (int n = 0; n < 100000; ++n) {
            QCryptographicHash sha(QCryptographicHash::Sha256);
            sha.addData(salt);
            sha.addData(zip(n).toLatin1());
            if (sha.result() == stored)
                found.append(rows.text(0) + u'=' + zip(n));
        }
    }
    return found;
}

/// Every SHA-256(salt || ZIP) for the salts of the demo orders, looked for anywhere in @p path's bytes
/// (free pages and the write-ahead log included): how many are there.
int digestsInBytes(const QString &path, const QList<QByteArray> &salts)
{
    QFile file(path);
    if (!file.exists())
        return 0;
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray bytes = file.readAll();
    QSet<QByteArray> digests;
    for (const QByteArray &salt : salts)
        for (int n = 0; n < 100000; ++n)
            digests.insert(OrderVerifier::hash(salt, zip(n)));
    int hits = 0;
    for (qsizetype at = 0; at + 32 <= bytes.size(); ++at)
        hits += digests.contains(bytes.mid(at, 32)) ? 1 : 0;
    return hits;
}

QList<QByteArray> demoSalts()
{
    QFile file(DemoOrders);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> salts;
    for (const QJsonValue &order :
        QJsonDocument::fromJson(file.readAll()).object().value(u"orders"_s).toArray())
        salts.append(QByteArray::fromHex(order[u"verifier"_s][u"salt"_s].toString().toLatin1()));
    return salts;
}

/// cache.db (and its WAL, if any) alone, as someone with the disk for a moment would take it.
QString copyCacheAlone(const QString &dataDir, const QString &toDir)
{
    for (const QString &suffix : { QString(), u"-wal"_s }) {
        const QString from = QDir(dataDir).filePath(u"cache.db"_s + suffix);
        if (QFile::exists(from))
            QFile::copy(from, QDir(toDir).filePath(u"cache.db"_s + suffix));
    }
    return QDir(toDir).filePath(u"cache.db"_s);
}

} // namespace

/// Issue item "data at rest": the orders' verifiers in cache.db are HMAC-SHA256 with the kiosk's own
/// key (verifier.key, 0600, outside cache.db), so a copied cache.db gives no ZIP code away; older
/// caches are sealed in place; verifiers leave with the return window.
class TstVerifierSeal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    /// The attack itself works: against what the backend sends (the demo data set) it finds all three.
    void theOldAttackFindsEveryZipInTheBackendsForm()
    {
        QTemporaryDir dir;
        sql::Database db;
        QVERIFY(db.open(dir.filePath(u"plain.db"_s)));
        QVERIFY(db.exec("CREATE TABLE orders (id TEXT, verifier_salt BLOB, verifier_hash BLOB)"));
        QFile file(DemoOrders);
        QVERIFY(file.open(QIODevice::ReadOnly));
        for (const QJsonValue &value :
            QJsonDocument::fromJson(file.readAll()).object().value(u"orders"_s).toArray()) {
            const auto parsed = OrderJson::fromJson(value.toObject());
            QVERIFY(parsed.order);
            sql::Statement insert = db.prepare("INSERT INTO orders VALUES (?1, ?2, ?3)");
            QVERIFY(insert.bind(1, parsed.order->id)
                        .bind(2, parsed.order->verifierSalt)
                        .bind(3, parsed.order->verifierHash)
                        .exec());
        }
        db.close();
        QCOMPARE(tryAllZips(dir.filePath(u"plain.db"_s)),
            QStringList({ u"RK-100001=60614"_s, u"RK-100002=30301"_s, u"RK-100003=94110"_s }));
    }

    void aCopiedCacheGivesNoZipCode()
    {
        QTemporaryDir data;
        QTemporaryDir thief;
        {
            CacheStore cache;
            QVERIFY(cache.open(data.filePath(u"cache.db"_s)));
            QCOMPARE(cache.importFile(DemoOrders).imported, 3);
            const auto order = cache.findOrder(u"RK-100001"_s);
            QVERIFY(order);
            QVERIFY(cache.verifierMatches(*order, u"60614"_s)); // the kiosk itself still checks it
        }
        const QString copy = copyCacheAlone(data.path(), thief.path());
        QVERIFY(!QFile::exists(QDir(thief.path()).filePath(u"verifier.key"_s)));
        QCOMPARE(tryAllZips(copy), QStringList());
        QCOMPARE(digestsInBytes(copy, demoSalts()), 0);
        QCOMPARE(digestsInBytes(copy + u"-wal"_s, demoSalts()), 0);
    }

    void theKeyIsOwnerOnlyAndAWiderOneIsRefused()
    {
        QTemporaryDir data;
        {
            CacheStore cache;
            QVERIFY(cache.open(data.filePath(u"cache.db"_s)));
        }
        QFile key(VerifierKey::file(data.path()));
        QCOMPARE(key.size(), VerifierKey::Size);
        QCOMPARE(key.permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY(key.setPermissions(key.permissions() | QFileDevice::ReadOther));
        CacheStore cache;
        QVERIFY(!cache.open(data.filePath(u"cache.db"_s)));
        QVERIFY2(cache.lastError().contains(u"readable by others (it must be mode 0600)"_s),
            qPrintable(cache.lastError()));
        QVERIFY(key.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QVERIFY(key.open(QIODevice::WriteOnly | QIODevice::Truncate));
        key.write("short");
        key.close();
        QVERIFY(!cache.open(data.filePath(u"cache.db"_s)));
        QVERIFY2(cache.lastError().contains(u"is not 32 bytes"_s), qPrintable(cache.lastError()));
    }

    /// A cache of schema 4 (the backend's SHA-256 digests): sealed in place at open, the shopper's
    /// ZIP code still matches, and no digest is left anywhere in the file.
    void olderVerifiersAreSealedInPlace()
    {
        QTemporaryDir data;
        const QString path = data.filePath(u"cache.db"_s);
        QVERIFY(test::writeDemoCache(path));
        {
            // Back to what schema 4 wrote: the digests as they came, no card columns, no scheme.
            sql::Database db;
            QVERIFY(db.open(path));
            QFile file(DemoOrders);
            QVERIFY(file.open(QIODevice::ReadOnly));
            for (const QJsonValue &value :
                QJsonDocument::fromJson(file.readAll()).object().value(u"orders"_s).toArray()) {
                const auto parsed = OrderJson::fromJson(value.toObject());
                sql::Statement update = db.prepare("UPDATE orders SET verifier_hash = ?2 WHERE id = ?1");
                QVERIFY(update.bind(1, parsed.order->id).bind(2, parsed.order->verifierHash).exec());
            }
            QVERIFY(db.exec("DROP INDEX orders_with_secrets; ALTER TABLE orders DROP COLUMN has_contacts; "
                            "ALTER TABLE orders DROP COLUMN card_salt; "
                            "ALTER TABLE orders DROP COLUMN card_hash; "
                            "ALTER TABLE order_lines DROP COLUMN image_url; DROP TABLE order_contacts; "
                            "DELETE FROM meta WHERE key = 'verifier_scheme'; PRAGMA user_version = 4;"));
            db.close();
            QCOMPARE(tryAllZips(path).size(), 3);
        }
        {
            CacheStore cache;
            QVERIFY(cache.open(path));
            QCOMPARE(cache.database().scalar("PRAGMA user_version").value_or(0), CacheStore::SchemaVersion);
            const auto order = cache.findOrder(u"RK-100003"_s);
            QVERIFY(order);
            QVERIFY(cache.verifierMatches(*order, u"94110"_s));
            QVERIFY(!cache.verifierMatches(*order, u"94111"_s));
        }
        QTemporaryDir thief;
        const QString copy = copyCacheAlone(data.path(), thief.path());
        QCOMPARE(tryAllZips(copy), QStringList());
        QCOMPARE(digestsInBytes(copy, demoSalts()), 0);
        QCOMPARE(digestsInBytes(copy + u"-wal"_s, demoSalts()), 0);
    }

    /// Another key (verifier.key replaced, or cache.db brought from another kiosk): its verifiers can
    /// never match, so they are dropped with the sync cursor and the next pull brings them again.
    void verifiersOfAnotherKeyAreDropped()
    {
        QTemporaryDir data;
        const QString path = data.filePath(u"cache.db"_s);
        {
            CacheStore cache;
            QVERIFY(cache.open(path));
            QCOMPARE(cache.importFile(DemoOrders).imported, 3);
            QVERIFY(cache.applyDelta({}, {}, u"cursor-7"_s).committed);
        }
        QVERIFY(QFile::remove(VerifierKey::file(data.path())));
        CacheStore cache;
        QVERIFY(cache.open(path));
        const auto order = cache.findOrder(u"RK-100001"_s);
        QVERIFY(order);
        QVERIFY(order->verifierHash.isEmpty());
        QVERIFY(!cache.verifierMatches(*order, u"60614"_s));
        QCOMPARE(cache.syncCursor(), QString());
        QCOMPARE(cache.orderCount(), 3); // the orders stay: only what cannot be checked goes
        // The next pull writes them sealed with the new key.
        auto again = OrderJson::fromJson(QJsonDocument::fromJson(R"({"id":"RK-100001","currency":"USD",
            "placedAt":"2026-11-08T16:20:00Z","verifier":{"salt":"a1b2c3d4",
            "hash":"fe7c41f4bbe1a94ec231876b998c163687d00d4677035ef9a9bfbbce640290db"},
            "lines":[{"lineNo":1,"sku":"S","title":"T","category":"apparel","unitPrice":100,"quantity":1}]})")
                                             .object());
        QVERIFY2(again.order, qPrintable(again.error));
        QVERIFY(cache.applyDelta({ *again.order }, {}, u"cursor-1"_s).committed);
        QVERIFY(cache.verifierMatches(*cache.findOrder(u"RK-100001"_s), u"60614"_s));
    }

    /// The customers' e-mail and phone digests are kept sealed like the verifiers: a colleague's look-up
    /// finds the orders, a copied cache.db holds neither the digests the backend sent nor the addresses,
    /// and another key's contacts are dropped with the verifiers.
    void contactsAreSealedAndFound()
    {
        QTemporaryDir data;
        QTemporaryDir thief;
        const QByteArray jordan = ContactKey::email(u"jordan.lee@example.com"_s).digest;
        const QByteArray sam = ContactKey::email(u"Sam.Rivera@example.com "_s).digest;
        const QByteArray phone = ContactKey::phone(u"+1 415 555 0123"_s).digest;
        {
            CacheStore cache;
            QVERIFY(cache.open(data.filePath(u"cache.db"_s)));
            QCOMPARE(cache.importFile(DemoOrders).imported, 3);
            QCOMPARE(cache.ordersForContact(u"email"_s, jordan), QStringList { u"RK-100001"_s });
            QCOMPARE(cache.ordersForContact(u"phone"_s, phone), QStringList { u"RK-100001"_s });
            QCOMPARE(cache.ordersForContact(u"email"_s, phone), QStringList()); // by kind
            QCOMPARE(
                cache.ordersForContact(u"email"_s, sam), (QStringList { u"RK-100003"_s, u"RK-100002"_s }));
            QCOMPARE(cache.ordersForContact(u"email"_s, ContactKey::email(u"x@example.com"_s).digest),
                QStringList());
            const auto order = cache.findOrder(u"RK-100001"_s);
            QVERIFY(order);
            QCOMPARE(order->contacts.size(), size_t(2));
            QCOMPARE(order->contacts.at(0).kind, u"email"_s);
            QCOMPARE(order->contacts.at(0).masked, u"j•••@example.com"_s);
            QVERIFY(order->contacts.at(0).digest != jordan); // sealed
            QCOMPARE(cache.ordersOfCustomer(u"C-0001"_s), QStringList { u"RK-100001"_s });
        }
        const QString copy = copyCacheAlone(data.path(), thief.path());
        for (const QString &file : QStringList { copy, copy + u"-wal"_s }) {
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = f.readAll();
            QVERIFY(!bytes.contains(jordan) && !bytes.contains(sam) && !bytes.contains(phone));
            QVERIFY(!bytes.contains("jordan") && !bytes.contains("4155550123"));
        }
        QVERIFY(QFile::remove(VerifierKey::file(data.path())));
        CacheStore cache;
        QVERIFY(cache.open(data.filePath(u"cache.db"_s)));
        QCOMPARE(cache.ordersForContact(u"email"_s, jordan), QStringList());
        QVERIFY(cache.findOrder(u"RK-100001"_s)->contacts.empty());
    }

    /// Past every return window the verifiers and contacts go: now (setVerifierRetention, the hourly
    /// prune) and at import or sync; an order that can still be returned keeps them.
    void verifiersLeaveWithTheReturnWindow()
    {
        QTemporaryDir data;
        CacheStore cache;
        QVERIFY(cache.open(data.filePath(u"cache.db"_s)));
        QCOMPARE(cache.importFile(DemoOrders).imported, 3);
        const QByteArray sam = ContactKey::email(u"sam.rivera@example.com"_s).digest;
        const QByteArray jordan = ContactKey::email(u"jordan.lee@example.com"_s).digest;
        const QDateTime demoNow(QDate(2026, 11, 20), QTime(15, 0), Qt::UTC);
        VerifierRetention retention;
        retention.days = 60; // RK-100002 was delivered on 2026-08-05: past it; the others are not
        QVERIFY(cache.setVerifierRetention(retention, demoNow));
        QVERIFY(cache.findOrder(u"RK-100002"_s)->verifierHash.isEmpty());
        QVERIFY(cache.findOrder(u"RK-100002"_s)->contacts.empty());
        QCOMPARE(cache.ordersForContact(u"email"_s, sam), QStringList { u"RK-100003"_s });
        QVERIFY(cache.verifierMatches(*cache.findOrder(u"RK-100001"_s), u"60614"_s));
        QVERIFY(cache.verifierMatches(*cache.findOrder(u"RK-100003"_s), u"94110"_s));
        QCOMPARE(cache.dropExpiredVerifiers(demoNow), 0);
        // An order with a contact but no verifier loses the contact too.
        QVERIFY(cache.database().exec("UPDATE orders SET verifier_salt = NULL, verifier_hash = NULL, "
                                      "card_salt = NULL, card_hash = NULL WHERE id = 'RK-100003'"));
        // Three months on, the hourly prune takes the rest.
        QCOMPARE(cache.dropExpiredVerifiers(demoNow.addDays(90)), 2);
        QVERIFY(cache.findOrder(u"RK-100001"_s)->verifierHash.isEmpty());
        QVERIFY(cache.findOrder(u"RK-100001"_s)->contacts.empty());
        QVERIFY(cache.findOrder(u"RK-100003"_s)->contacts.empty());
        QCOMPARE(cache.ordersForContact(u"email"_s, sam), QStringList());
        QCOMPARE(cache.ordersForContact(u"email"_s, jordan), QStringList());
        QCOMPARE(
            cache.database().scalar("SELECT count(*) FROM order_contacts"), std::optional<std::int64_t>(0));
        // A data set of that time writes none for them at all (the file's generatedAt is its time).
        QTemporaryDir other;
        CacheStore fresh;
        QVERIFY(fresh.open(other.filePath(u"cache.db"_s)));
        QVERIFY(fresh.setVerifierRetention(retention, demoNow));
        QCOMPARE(fresh.importFile(DemoOrders).imported, 3);
        QVERIFY(fresh.findOrder(u"RK-100002"_s)->verifierHash.isEmpty());
        QVERIFY(fresh.findOrder(u"RK-100002"_s)->verifierSalt.isEmpty());
        QVERIFY(fresh.findOrder(u"RK-100002"_s)->contacts.empty());
        QVERIFY(!fresh.findOrder(u"RK-100001"_s)->verifierHash.isEmpty());
        QCOMPARE(fresh.findOrder(u"RK-100001"_s)->contacts.size(), size_t(2));
    }

    /// A cache of schema 7 kept contacts of orders without verifiers out of any index: migration 8
    /// marks them, so the prune finds and drops them too.
    void contactsOfAnOlderCacheArePrunedToo()
    {
        QTemporaryDir data;
        const QString path = data.filePath(u"cache.db"_s);
        QVERIFY(test::writeDemoCache(path));
        {
            sql::Database db;
            QVERIFY(db.open(path));
            QVERIFY(db.exec("DROP INDEX orders_with_secrets; ALTER TABLE orders DROP COLUMN has_contacts; "
                            "UPDATE orders SET verifier_salt = NULL, verifier_hash = NULL, card_salt = NULL, "
                            "card_hash = NULL; PRAGMA user_version = 7;"));
        }
        CacheStore cache;
        QVERIFY(cache.open(path));
        QCOMPARE(cache.database().scalar("PRAGMA user_version").value_or(0), CacheStore::SchemaVersion);
        QCOMPARE(cache.database().scalar("SELECT count(*) FROM order_contacts"), 4);
        VerifierRetention retention;
        retention.days = 60;
        const QDateTime later(QDate(2027, 3, 1), QTime(12, 0), Qt::UTC);
        QVERIFY(cache.setVerifierRetention(retention, later));
        QCOMPARE(cache.database().scalar("SELECT count(*) FROM order_contacts"), 0);
        QCOMPARE(cache.dropExpiredVerifiers(later), 0);
    }

    void retentionFollowsThePolicysWindows()
    {
        Order order;
        order.placedAt = QDateTime(QDate(2026, 8, 1), QTime(12, 0), Qt::UTC);
        order.deliveredAt = QDateTime(QDate(2026, 8, 5), QTime(15, 0), Qt::UTC);
        VerifierRetention retention;
        QVERIFY(!retention.pastEveryWindow(order, order.placedAt.addYears(5))); // no window known: kept
        retention.days = 30;
        // Delivered 5 August: the window ends 4 September, kept two more days for time zones.
        QVERIFY(!retention.pastEveryWindow(order, QDateTime(QDate(2026, 9, 6), QTime(23, 0), Qt::UTC)));
        QVERIFY(retention.pastEveryWindow(order, QDateTime(QDate(2026, 9, 7), QTime(0, 0), Qt::UTC)));
        // A holiday extension for purchases in July and August runs to 15 January.
        retention.holidays.push_back({ QDate(2026, 7, 1), QDate(2026, 8, 31), QDate(2027, 1, 15) });
        QVERIFY(!retention.pastEveryWindow(order, QDateTime(QDate(2027, 1, 10), QTime(0, 0), Qt::UTC)));
        QVERIFY(retention.pastEveryWindow(order, QDateTime(QDate(2027, 1, 18), QTime(0, 0), Qt::UTC)));
        QCOMPARE(VerifierRetention::fromJson(retention.toJson()), retention);
        QVERIFY(!VerifierRetention::fromJson("{\"days\": -1, \"holidays\": []}"));
    }
};

QTEST_GUILESS_MAIN(TstVerifierSeal)
#include "tst_verifierseal.moc"
