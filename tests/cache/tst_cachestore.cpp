#include "cache/CacheStore.h"
#include "cache/OrderVerifier.h"
#include "crypto/VerifierKey.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace kiosk;

namespace {

Order makeOrder(const QString &id, const QString &category = u"apparel"_s)
{
    Order order;
    order.id = id;
    order.currency = u"USD"_s;
    order.customerRef = u"cust-1"_s;
    order.loyaltyTier = u"gold"_s;
    order.placedAt = QDateTime(QDate(2026, 10, 1), QTime(12, 0), Qt::UTC);
    order.deliveredAt = QDateTime(QDate(2026, 10, 4), QTime(15, 0), Qt::UTC);
    order.paymentMethods = { u"card"_s };
    OrderLine line;
    line.lineNo = 1;
    line.sku = u"SKU-1"_s;
    line.gtin = u"00012345678905"_s;
    line.title = u"Shirt"_s;
    line.category = category;
    line.attributes = { { u"size"_s, u"M"_s }, { u"colour"_s, u"blue"_s } };
    line.unitPrice = 2999;
    line.quantity = 2;
    order.lines.push_back(line);
    return order;
}

QJsonObject orderJson(const QString &id)
{
    return QJsonObject { { u"id"_s, id }, { u"currency"_s, u"USD"_s }, { u"customerRef"_s, u"c"_s },
        { u"placedAt"_s, u"2026-10-01T10:00:00Z"_s },
        { u"lines"_s,
            QJsonArray { QJsonObject { { u"lineNo"_s, 1 }, { u"sku"_s, u"S"_s }, { u"title"_s, u"T"_s },
                { u"category"_s, u"books"_s }, { u"unitPrice"_s, 999 }, { u"quantity"_s, 1 } } } } };
}

void writeJson(const QString &path, const QJsonObject &object)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(object).toJson());
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// The tables as schema versions 1 and 2 shipped them.
constexpr const char *V1Schema = R"(
    CREATE TABLE orders (id TEXT PRIMARY KEY NOT NULL, currency TEXT NOT NULL,
        customer_ref TEXT NOT NULL, loyalty_tier TEXT NOT NULL, verifier_salt BLOB,
        verifier_hash BLOB, placed_at INTEGER NOT NULL, shipped_at INTEGER, delivered_at INTEGER,
        payment_methods TEXT NOT NULL) WITHOUT ROWID;
    CREATE TABLE order_lines (order_id TEXT NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
        line_no INTEGER NOT NULL, sku TEXT NOT NULL, gtin TEXT NOT NULL, title TEXT NOT NULL,
        category TEXT NOT NULL, attributes TEXT NOT NULL,
        unit_price INTEGER NOT NULL CHECK (unit_price >= 0),
        quantity INTEGER NOT NULL CHECK (quantity > 0),
        quantity_returned INTEGER NOT NULL CHECK (quantity_returned >= 0),
        final_sale INTEGER NOT NULL, non_returnable INTEGER NOT NULL,
        PRIMARY KEY (order_id, line_no)) WITHOUT ROWID;
)";
constexpr const char *V2Schema = R"(
    CREATE TABLE returns_history (return_id TEXT PRIMARY KEY NOT NULL, customer_ref TEXT NOT NULL,
        order_id TEXT NOT NULL, returned_at INTEGER NOT NULL, amount INTEGER NOT NULL CHECK (amount >= 0),
        granted_offline INTEGER NOT NULL) WITHOUT ROWID;
    CREATE INDEX returns_by_customer ON returns_history (customer_ref, returned_at);
    CREATE INDEX returns_offline_by_time ON returns_history (returned_at) WHERE granted_offline = 1;
    CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) WITHOUT ROWID;
    CREATE INDEX orders_by_customer ON orders (customer_ref);
    CREATE INDEX lines_by_gtin ON order_lines (gtin) WHERE gtin <> '';
)";

class TestCacheStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void freshFileHasCurrentSchema()
    {
        QTemporaryDir dir;
        CacheStore cache;
        QVERIFY(cache.open(dir.filePath(u"cache.db"_s)));
        QCOMPARE(cache.database().scalar("PRAGMA user_version").value_or(0), CacheStore::SchemaVersion);
        QVERIFY(!cache.wasRebuilt());
        QCOMPARE(
            cache.database().scalar("SELECT count(*) FROM sqlite_master WHERE name = 'returns_history'"), 1);
    }

    void migratesVersion1File()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"cache.db"_s);
        {
            // A cache.db exactly as schema version 1 shipped it, with one order in it.
            sql::Database v1;
            QVERIFY(v1.open(path));
            QVERIFY(v1.exec(V1Schema));
            QVERIFY(v1.exec(R"(
                INSERT INTO orders VALUES ('RK-1', 'EUR', 'cust-9', 'silver', NULL, NULL, 1790000000000,
                    NULL, 1790300000000, 'card,giftcard');
                INSERT INTO order_lines VALUES ('RK-1', 1, 'SKU', '', 'Boots', 'footwear', '{"size":"42"}',
                    8999, 1, 0, 0, 0);
                PRAGMA user_version = 1;
            )"));
        }
        CacheStore cache;
        QVERIFY(cache.open(path));
        QVERIFY(!cache.wasRebuilt());
        QCOMPARE(cache.database().scalar("PRAGMA user_version").value_or(0), CacheStore::SchemaVersion);
        const auto order = cache.findOrder(u"RK-1"_s);
        QVERIFY(order);
        QCOMPARE(order->loyaltyTier, u"silver"_s);
        QCOMPARE(order->paymentMethods, QStringList({ u"card"_s, u"giftcard"_s }));
        QCOMPARE(order->lines.at(0).attributes.value(u"size"_s), u"42"_s);
        QVERIFY(cache.recordReturn({ u"R-1"_s, u"cust-9"_s, u"RK-1"_s,
            QDateTime::fromMSecsSinceEpoch(1790400000000, Qt::UTC), 8999, false }));
        QCOMPARE(
            cache.database().scalar("SELECT count(*) FROM sqlite_master WHERE name = 'lines_by_gtin'"), 1);
    }

    /// A version 2 file keeps its orders, history and sync cursor; its lines gain (empty) variants and
    /// receipts can be added to its orders.
    void migratesVersion2File()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"cache.db"_s);
        {
            sql::Database v2;
            QVERIFY(v2.open(path));
            QVERIFY(v2.exec(V1Schema));
            QVERIFY(v2.exec(V2Schema));
            QVERIFY(v2.exec(R"(
                INSERT INTO orders VALUES ('RK-2', 'USD', 'cust-2', '', NULL, NULL, 1790000000000,
                    NULL, NULL, 'card');
                INSERT INTO order_lines VALUES ('RK-2', 1, 'TEE-M', '', 'Tee', 'apparel', '{"size":"M"}',
                    1999, 1, 0, 0, 0);
                INSERT INTO meta VALUES ('sync_cursor', 'c-41');
                INSERT INTO returns_history VALUES ('R-9', 'cust-2', 'RK-2', 1790400000000, 1999, 1);
                PRAGMA user_version = 2;
            )"));
        }
        CacheStore cache;
        QVERIFY(cache.open(path));
        QVERIFY(!cache.wasRebuilt());
        QCOMPARE(cache.database().scalar("PRAGMA user_version").value_or(0), CacheStore::SchemaVersion);
        QCOMPARE(cache.syncCursor(), u"c-41"_s);
        QVERIFY(cache.countedReturns(u"RK-2"_s).isEmpty()); // nothing counted: the journal adds every return
        auto order = cache.findOrder(u"RK-2"_s);
        QVERIFY(order);
        QVERIFY(order->lines.at(0).variants.empty());
        QVERIFY(order->lines.at(0).imageUrl.isEmpty()); // schema 6: no picture yet
        QVERIFY(!order->receipt.isValid());
        QCOMPARE(cache.database().scalar("SELECT count(*) FROM returns_history"), 1);
        order->receipt = { 7, 2, 99, QDate(2026, 9, 1) };
        order->lines.at(0).variants = { { u"TEE-L"_s, u"L"_s, {} } };
        order->lines.at(0).imageUrl = u"/v1/images/TEE-M.png"_s;
        QVERIFY(cache.upsertOrder(*order));
        QCOMPARE(cache.orderIdForReceipt(order->receipt), u"RK-2"_s);
        QCOMPARE(cache.findOrder(u"RK-2"_s)->lines.at(0).variants.at(0).sku, u"TEE-L"_s);
        QCOMPARE(cache.findOrder(u"RK-2"_s)->lines.at(0).imageUrl, u"/v1/images/TEE-M.png"_s);
    }

    /// A receipt leads to its order only with every part right; deleting the order forgets it, and a
    /// feed that moves the receipt to another order wins.
    void receiptLeadsToItsOrder()
    {
        QTemporaryDir dir;
        CacheStore cache;
        QVERIFY(cache.open(dir.filePath(u"cache.db"_s)));
        const auto report
            = cache.importFile(QStringLiteral(KIOSK_SOURCE_DIR "/kiosk-config/demo/orders.json"));
        QCOMPARE(report.imported, 3);
        const ReceiptKey receipt { 42, 3, 4217, QDate(2026, 11, 8) };
        QCOMPARE(cache.orderIdForReceipt(receipt), u"RK-100001"_s);
        QCOMPARE(cache.findOrder(u"RK-100001"_s)->receipt, receipt);
        QCOMPARE(cache.orderIdForReceipt({ 42, 3, 4217, QDate(2026, 11, 9) }), QString());
        QCOMPARE(cache.orderIdForReceipt({ 42, 4, 4217, QDate(2026, 11, 8) }), QString());
        QCOMPARE(cache.orderIdForReceipt({ 0, 3, 4217, QDate() }), QString());
        auto other = *cache.findOrder(u"RK-100003"_s);
        other.receipt = receipt;
        QVERIFY(cache.upsertOrder(other));
        QCOMPARE(cache.orderIdForReceipt(receipt), u"RK-100003"_s);
        QVERIFY(cache.deleteOrder(u"RK-100003"_s));
        QCOMPARE(cache.orderIdForReceipt(receipt), QString());
    }

    /// Every order once, in id order, each as findOrder() reads it (lines, receipt), from a read-only
    /// connection; the visitor can stop early.
    void forEachOrderReadsEveryOrderAsFindOrderDoes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"cache.db"_s);
        {
            CacheStore cache;
            QVERIFY(cache.open(path));
            QCOMPARE(
                cache.importFile(QStringLiteral(KIOSK_SOURCE_DIR "/kiosk-config/demo/orders.json")).imported,
                3);
            QVERIFY(cache.upsertOrder(makeOrder(u"RK-0"_s))); // sorts first
        }
        CacheStore cache;
        QVERIFY(cache.open(path, CacheStore::Access::ReadOnly));
        QStringList ids;
        QVERIFY(cache.forEachOrder([&](const Order &order) {
            ids.append(order.id);
            const std::optional<Order> found = cache.findOrder(order.id);
            if (!found || found->lines.size() != order.lines.size() || found->receipt != order.receipt
                || found->customerRef != order.customerRef || found->deliveredAt != order.deliveredAt)
                return false;
            for (size_t i = 0; i < order.lines.size(); ++i)
                if (found->lines[i].lineNo != order.lines[i].lineNo
                    || found->lines[i].sku != order.lines[i].sku
                    || found->lines[i].unitPrice != order.lines[i].unitPrice
                    || found->lines[i].quantityReturned != order.lines[i].quantityReturned)
                    return false;
            return true;
        }));
        QCOMPARE(ids, (QStringList { u"RK-0"_s, u"RK-100001"_s, u"RK-100002"_s, u"RK-100003"_s }));
        int visited = 0;
        QVERIFY(cache.forEachOrder([&](const Order &) { return ++visited < 2; }));
        QCOMPARE(visited, 2);
    }

    void newerSchemaIsRebuilt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"cache.db"_s);
        {
            sql::Database db;
            QVERIFY(db.open(path));
            QVERIFY(db.exec("PRAGMA user_version = 99"));
        }
        CacheStore cache;
        QVERIFY(cache.open(path));
        QVERIFY(cache.wasRebuilt());
        QCOMPARE(cache.database().scalar("PRAGMA user_version").value_or(0), CacheStore::SchemaVersion);
    }

    void roundTripsAnOrder()
    {
        QTemporaryDir dir;
        CacheStore cache;
        QVERIFY(cache.open(dir.filePath(u"cache.db"_s)));
        Order order = makeOrder(u"RK-7"_s);
        order.verifierSalt = QByteArray("salt");
        order.verifierHash = OrderVerifier::hash(order.verifierSalt, u"SW1A 1AA"_s);
        QVERIFY(cache.upsertOrder(order));
        order.lines[0].quantityReturned = 1;
        QVERIFY(cache.upsertOrder(order)); // replaces, never duplicates lines
        const auto found = cache.findOrder(u"RK-7"_s);
        QVERIFY(found);
        QCOMPARE(found->lines.size(), size_t(1));
        QCOMPARE(found->lines[0].quantityReturned, 1);
        QCOMPARE(found->lines[0].attributes, order.lines[0].attributes);
        QCOMPARE(found->deliveredAt, order.deliveredAt);
        QVERIFY(!found->shippedAt.isValid());
        QVERIFY(cache.verifierMatches(*found, u"sw1a 1aa"_s));
        QVERIFY(!cache.verifierMatches(*found, u"SW1A 1AB"_s));
        QVERIFY(cache.deleteOrder(u"RK-7"_s));
        QVERIFY(!cache.findOrder(u"RK-7"_s));
        QCOMPARE(cache.database().scalar("SELECT count(*) FROM order_lines"), 0);
    }

    void rejectsInvalidUpsert()
    {
        QTemporaryDir dir;
        CacheStore cache;
        QVERIFY(cache.open(dir.filePath(u"cache.db"_s)));
        QVERIFY(!cache.upsertOrder(makeOrder(u"RK-8"_s, u"spaceships//launchers"_s)));
        QCOMPARE(cache.orderCount(), 0);
    }

    void corruptFileIsRebuiltAndNeighboursUntouched_data()
    {
        QTest::addColumn<qint64>("offset");
        QTest::newRow("header") << qint64(0);
        QTest::newRow("b-tree page") << qint64(4096);
    }

    void corruptFileIsRebuiltAndNeighboursUntouched()
    {
        QFETCH(qint64, offset);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"cache.db"_s);
        const QString journal = dir.filePath(u"journal.db"_s);
        {
            CacheStore cache;
            QVERIFY(cache.open(path));
            for (int i = 0; i < 200; ++i)
                QVERIFY(cache.upsertOrder(makeOrder(u"RK-%1"_s.arg(i))));
        }
        {
            QFile j(journal);
            QVERIFY(j.open(QIODevice::WriteOnly));
            j.write("the journal must never be touched");
        }
        const QByteArray journalBefore = readAll(journal);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.size() > offset + 4096);
            file.seek(offset);
            file.write(QByteArray(4096, '\xA5'));
        }
        CacheStore cache;
        QVERIFY(cache.open(path));
        QVERIFY(cache.wasRebuilt());
        QCOMPARE(cache.orderCount(), 0);
        QVERIFY(cache.upsertOrder(makeOrder(u"RK-new"_s)));
        QVERIFY(QFile::exists(path + u".corrupt"_s));
        QCOMPARE(readAll(journal), journalBefore);
        QCOMPARE(
            QDir(dir.path()).entryList(QDir::Files).filter(u"journal"_s), QStringList { u"journal.db"_s });
    }

    // Only a failed integrity check moves the cache aside: a cache that can't be used now stays.
    void lockedCacheIsLeftInPlace()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"cache.db"_s);
        {
            CacheStore cache;
            QVERIFY(cache.open(path));
            QVERIFY(cache.upsertOrder(makeOrder(u"RK-1"_s)));
        }
        sql::Database other; // holds the file exclusively: nobody else can even read it
        QVERIFY(other.open(path));
        QVERIFY(other.exec("PRAGMA locking_mode=EXCLUSIVE; BEGIN EXCLUSIVE;"));
        CacheStore cache;
        QVERIFY(!cache.open(path));
        QCOMPARE(cache.lastFault(), sql::StorageFault::Busy);
        QVERIFY2(cache.lastError().contains(u"left in place"_s), qPrintable(cache.lastError()));
        QVERIFY(!cache.wasRebuilt());
        QVERIFY(!QFile::exists(path + u".corrupt"_s));
        QVERIFY(other.rollback());
        other.close();
        QVERIFY2(cache.open(path), qPrintable(cache.lastError()));
        QVERIFY(!cache.wasRebuilt());
        QVERIFY(cache.findOrder(u"RK-1"_s));
    }

    void readOnlyOpenNeverChangesTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"cache.db"_s);
        {
            CacheStore cache;
            QVERIFY(cache.open(path));
            QVERIFY(cache.upsertOrder(makeOrder(u"RK-1"_s)));
        }
        {
            CacheStore reader;
            QVERIFY2(reader.open(path, CacheStore::Access::ReadOnly), qPrintable(reader.lastError()));
            QCOMPARE(reader.orderCount(), 1);
            QVERIFY(!reader.upsertOrder(makeOrder(u"RK-2"_s)));
        }
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(8192, '\xA5'));
        }
        const QByteArray damaged = readAll(path);
        CacheStore reader;
        QVERIFY(!reader.open(path, CacheStore::Access::ReadOnly));
        QCOMPARE(reader.lastFault(), sql::StorageFault::Corrupt);
        QCOMPARE(readAll(path), damaged); // a diagnostic reports, never rebuilds
        QVERIFY(!QFile::exists(path + u".corrupt"_s));
    }

    void importCountsAndSkipsBadRows()
    {
        QTemporaryDir dir;
        QJsonArray orders;
        orders.append(orderJson(u"good-1"_s));
        QJsonObject unknownCategory = orderJson(u"bad-category"_s);
        QJsonArray lines = unknownCategory.value(u"lines"_s).toArray();
        QJsonObject line = lines.at(0).toObject();
        line.insert(u"category"_s, u"spaceships//"_s);
        lines[0] = line;
        unknownCategory.insert(u"lines"_s, lines);
        orders.append(unknownCategory);
        QJsonObject missingDate = orderJson(u"bad-date"_s);
        missingDate.remove(u"placedAt"_s);
        orders.append(missingDate);
        QJsonObject negative = orderJson(u"bad-quantity"_s);
        line = lines.at(0).toObject();
        line.insert(u"category"_s, u"books"_s);
        line.insert(u"quantity"_s, -2);
        negative.insert(u"lines"_s, QJsonArray { line });
        orders.append(negative);
        QJsonObject overflow = orderJson(u"bad-price"_s);
        line.insert(u"quantity"_s, 1);
        line.insert(u"unitPrice"_s, 1e20);
        overflow.insert(u"lines"_s, QJsonArray { line });
        orders.append(overflow);
        QJsonObject beforePlaced = orderJson(u"bad-delivery"_s);
        beforePlaced.insert(u"deliveredAt"_s, u"2026-09-01T00:00:00Z"_s);
        orders.append(beforePlaced);
        orders.append(orderJson(u"good-2"_s));
        QJsonObject ownTaxonomy = orderJson(u"good-own-taxonomy"_s);
        line = lines.at(0).toObject();
        line.insert(u"category"_s, u"Garden/Hand tools/Pruners"_s);
        ownTaxonomy.insert(u"lines"_s, QJsonArray { line });
        orders.append(ownTaxonomy);
        const QString file = dir.filePath(u"orders.json"_s);
        writeJson(
            file, QJsonObject { { u"generatedAt"_s, u"2026-11-20T08:00:00Z"_s }, { u"orders"_s, orders } });

        CacheStore cache;
        QVERIFY(cache.open(dir.filePath(u"cache.db"_s)));
        const CacheStore::ImportReport report = cache.importFile(file);
        QVERIFY2(report.fatal.isEmpty(), qPrintable(report.fatal));
        QCOMPARE(report.imported, 3); // a category of the retailer's own taxonomy imports
        QCOMPARE(report.rejected, 5);
        const QString errors = report.errors.join(u'\n');
        QVERIFY2(errors.contains(u"category: must be a category path"_s), qPrintable(errors));
        QVERIFY2(errors.contains(u"placedAt: missing"_s), qPrintable(errors));
        QVERIFY2(errors.contains(u"quantity: negative"_s), qPrintable(errors));
        QVERIFY2(errors.contains(u"unitPrice: out of range"_s), qPrintable(errors));
        QVERIFY2(errors.contains(u"deliveredAt: before placedAt"_s), qPrintable(errors));
        QCOMPARE(cache.orderCount(), 3);
        QCOMPARE(cache.database().scalar("SELECT count(*) FROM order_lines"), 3);
        QCOMPARE(cache.lastFullRefreshAt(), QDateTime(QDate(2026, 11, 20), QTime(8, 0), Qt::UTC));
    }

    void importRejectsUnreadableFile()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"broken.json"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"orders\": [");
        f.close();
        CacheStore cache;
        QVERIFY(cache.open(dir.filePath(u"cache.db"_s)));
        const CacheStore::ImportReport report = cache.importFile(file);
        QVERIFY(report.fatal.contains(u"invalid JSON"_s));
        QVERIFY(!cache.lastFullRefreshAt().isValid());
    }

    void deltaAppliesUpsertsDeletesAndCursorTogether()
    {
        QTemporaryDir dir;
        CacheStore cache;
        QVERIFY(cache.open(dir.filePath(u"cache.db"_s)));
        QVERIFY(cache.upsertOrder(makeOrder(u"RK-1"_s)));
        QVERIFY(cache.upsertOrder(makeOrder(u"RK-2"_s)));
        Order changed = makeOrder(u"RK-1"_s);
        changed.lines[0].quantityReturned = 2;
        const QDateTime syncedAt(QDate(2026, 11, 21), QTime(9, 30), Qt::UTC);
        const auto report = cache.applyDelta({ changed, makeOrder(u"RK-3"_s), makeOrder(u"RK-4"_s, u"/x"_s) },
            { u"RK-2"_s, u"RK-unknown"_s }, u"cursor-42"_s, syncedAt);
        QVERIFY(report.committed);
        QCOMPARE(report.upserted, 2);
        QCOMPARE(report.rejected, 1);
        QCOMPARE(report.deleted, 1);
        QCOMPARE(cache.syncCursor(), u"cursor-42"_s);
        QCOMPARE(cache.lastSyncedAt(), syncedAt);
        QCOMPARE(cache.findOrder(u"RK-1"_s)->lines[0].quantityReturned, 2);
        QVERIFY(!cache.findOrder(u"RK-2"_s));
        QVERIFY(cache.findOrder(u"RK-3"_s));
        QVERIFY(!cache.findOrder(u"RK-4"_s));
    }

    /// The returns an order's figures count are replaced with the order: by a delta, an online
    /// look-up or an import, dropped with the order, and read in the decision's snapshot.
    void countedReturnsTravelWithTheirOrder()
    {
        QTemporaryDir dir;
        CacheStore cache;
        QVERIFY(cache.open(dir.filePath(u"cache.db"_s)));
        Order order = makeOrder(u"RK-1"_s);
        order.lines.at(0).quantityReturned = 1;
        QVERIFY(cache
                    .applyDelta({ order, makeOrder(u"RK-2"_s) }, {}, u"c-1"_s,
                        QDateTime::currentDateTimeUtc(), { { u"RK-1"_s, { u"R-1"_s } } })
                    .committed);
        QCOMPARE(cache.countedReturns(u"RK-1"_s), QStringList { u"R-1"_s });
        QVERIFY(cache.countedReturns(u"RK-2"_s).isEmpty());
        const auto now = QDateTime::currentDateTimeUtc();
        const auto inputs = cache.lookupForDecision(u"RK-1"_s, now, now.addDays(-1));
        QVERIFY(inputs);
        QCOMPARE(inputs->countedReturns, QStringList { u"R-1"_s });
        QCOMPARE(inputs->order.lines.at(0).quantityReturned, 1);

        // A newer version of the order counts two returns; one without a list counts none.
        order.lines.at(0).quantityReturned = 2;
        QVERIFY(cache.upsertOrder(order, { u"R-1"_s, u"R-2"_s }));
        QCOMPARE(cache.countedReturns(u"RK-1"_s), (QStringList { u"R-1"_s, u"R-2"_s }));
        QVERIFY(cache.upsertOrder(makeOrder(u"RK-1"_s)));
        QVERIFY(cache.countedReturns(u"RK-1"_s).isEmpty());

        // An invalid order is rejected with its list; a deleted order takes its list along.
        Order invalid = makeOrder(u"RK-2"_s);
        invalid.lines.at(0).quantity = 0;
        QCOMPARE(cache
                     .applyDelta({ invalid }, {}, u"c-2"_s, QDateTime::currentDateTimeUtc(),
                         { { u"RK-2"_s, { u"R-9"_s } } })
                     .rejected,
            1);
        QVERIFY(cache.countedReturns(u"RK-2"_s).isEmpty());
        QVERIFY(cache.upsertOrder(order, { u"R-1"_s }));
        QVERIFY(cache.applyDelta({}, { u"RK-1"_s }, u"c-3"_s).committed);
        QCOMPARE(cache.database().scalar("SELECT count(*) FROM order_counted_returns"), 0);

        // A data set's orders keep their "returnIds".
        QJsonObject imported = orderJson(u"RK-5"_s);
        imported.insert(u"returnIds"_s, QJsonArray { u"R-5"_s });
        const QString file = dir.filePath(u"orders.json"_s);
        writeJson(file, { { u"orders"_s, QJsonArray { imported, orderJson(u"RK-6"_s) } } });
        const CacheStore::ImportReport report = cache.importFile(file);
        QCOMPARE(report.imported, 2);
        QCOMPARE(cache.countedReturns(u"RK-5"_s), QStringList { u"R-5"_s });
        QVERIFY(cache.countedReturns(u"RK-6"_s).isEmpty());
    }

    void initialLoadDefersIndexesAndCountsAsSyncedOnlyAtTheEnd()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"cache.db"_s);
        const auto lookupIndexes = [](CacheStore &cache) {
            return cache.database()
                .scalar("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND "
                        "name IN ('orders_by_customer', 'lines_by_gtin', 'orders_with_secrets')")
                .value_or(-1);
        };
        {
            CacheStore cache;
            QVERIFY(cache.open(path));
            QVERIFY(cache.beginInitialLoad());
            QCOMPARE(lookupIndexes(cache), 0);
            QCOMPARE(cache.database().scalar("PRAGMA synchronous"), 0); // OFF while loading
            QVERIFY(cache.applyDelta({ makeOrder(u"RK-1"_s) }, {}, u"c-1"_s).committed);
            QCOMPARE(cache.syncCursor(), u"c-1"_s);
            QVERIFY(!cache.lastSyncedAt().isValid());
        } // the kiosk stops mid-load
        CacheStore cache;
        QVERIFY(cache.open(path));
        QVERIFY(cache.inInitialLoad());
        QCOMPARE(cache.database().scalar("PRAGMA synchronous"), 1); // NORMAL until the load resumes
        QVERIFY(cache.beginInitialLoad()); // resumes
        QVERIFY(cache.applyDelta({ makeOrder(u"RK-2"_s) }, {}, u"c-2"_s).committed);
        const QDateTime syncedAt(QDate(2026, 11, 21), QTime(9, 30), Qt::UTC);
        QVERIFY(cache.finishInitialLoad(syncedAt));
        QVERIFY(!cache.inInitialLoad());
        QCOMPARE(lookupIndexes(cache), 3);
        QCOMPARE(cache.lastSyncedAt(), syncedAt);
        QCOMPARE(cache.database().scalar("PRAGMA synchronous"), 1);
        QCOMPARE(cache.orderCount(), 2);
        QVERIFY(!cache.beginInitialLoad()); // a cache with data takes deltas the normal way
        QCOMPARE(lookupIndexes(cache), 3);
    }

    void initialLoadNeedsAnEmptyCache()
    {
        QTemporaryDir dir;
        CacheStore cache;
        QVERIFY(cache.open(dir.filePath(u"cache.db"_s)));
        QVERIFY(cache.upsertOrder(makeOrder(u"RK-1"_s)));
        QVERIFY(!cache.beginInitialLoad());
        QVERIFY(!cache.inInitialLoad());
    }

    void deltaIsAllOrNothingWhenTheDatabaseIsBusy()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"cache.db"_s);
        CacheStore cache;
        QVERIFY(cache.open(path));
        QVERIFY(cache.upsertOrder(makeOrder(u"RK-1"_s)));
        sql::Database other;
        QVERIFY(other.open(path));
        QVERIFY(other.exec("PRAGMA busy_timeout = 0"));
        QVERIFY(other.begin(true)); // holds the write lock
        QVERIFY(cache.database().exec("PRAGMA busy_timeout = 0"));
        const auto report = cache.applyDelta({ makeOrder(u"RK-2"_s) }, { u"RK-1"_s }, u"c-1"_s);
        QVERIFY(!report.committed);
        QVERIFY(other.rollback());
        QVERIFY(cache.findOrder(u"RK-1"_s));
        QVERIFY(!cache.findOrder(u"RK-2"_s));
        QVERIFY(cache.syncCursor().isEmpty());
    }

    void customerHistorySummarisesThirtyDays()
    {
        QTemporaryDir dir;
        CacheStore cache;
        QVERIFY(cache.open(dir.filePath(u"cache.db"_s)));
        const QDateTime now(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);
        QVERIFY(cache.recordReturn({ u"r1"_s, u"c1"_s, u"o1"_s, now.addDays(-31), 1000, false }));
        QVERIFY(cache.recordReturn({ u"r2"_s, u"c1"_s, u"o2"_s, now.addDays(-29), 2000, false }));
        QVERIFY(cache.recordReturn({ u"r3"_s, u"c1"_s, u"o3"_s, now.addSecs(-3600), 500, true }));
        QVERIFY(cache.recordReturn({ u"r3"_s, u"c1"_s, u"o3"_s, now.addSecs(-3600), 500, true })); // dedup
        QVERIFY(cache.recordReturn({ u"r4"_s, u"c2"_s, u"o4"_s, now.addSecs(-7200), 700, true }));
        QVERIFY(cache.recordReturn({ u"r5"_s, u"c2"_s, u"o5"_s, now.addDays(-1), 900, true }));
        QVERIFY(!cache.recordReturn({ u"r6"_s, u"c2"_s, u"o6"_s, now, -1, true }));
        const CustomerHistory history = cache.customerHistory(u"c1"_s, now, now.addSecs(-12 * 3600));
        QCOMPARE(history.returnsLast30Days, 2);
        QCOMPARE(history.valueLast30Days, 2500);
        QCOMPARE(history.offlineRefundedToday, 1200);
    }

    void verifierMatchesNormalisedInput_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("matches");
        QTest::newRow("postcode exact") << u"SW1A 1AA"_s << u"SW1A 1AA"_s << true;
        QTest::newRow("postcode case and spaces") << u"SW1A 1AA"_s << u"  sw1a1aa "_s << true;
        QTest::newRow("zip with hyphen") << u"94103-1234"_s << u"941031234"_s << true;
        QTest::newRow("email case") << u"Jo.Doe@Example.com"_s << u"jo.doe@example.COM "_s << true;
        QTest::newRow("wrong postcode") << u"SW1A 1AA"_s << u"SW1A 1AB"_s << false;
        QTest::newRow("empty") << u"SW1A 1AA"_s << u"   "_s << false;
        QTest::newRow("too long") << u"a@b.c"_s << QString(300, u'a') << false;
    }

    void verifierMatchesNormalisedInput()
    {
        QFETCH(QString, stored);
        QFETCH(QString, typed);
        QFETCH(bool, matches);
        const QByteArray key(VerifierKey::Size, 'k');
        Order order = makeOrder(u"RK-1"_s);
        order.verifierSalt = QByteArray::fromHex("00112233445566778899aabbccddeeff");
        order.verifierHash = VerifierKey::seal(key, OrderVerifier::hash(order.verifierSalt, stored));
        QCOMPARE(OrderVerifier::matches(order, typed, key), matches);
        QVERIFY(!OrderVerifier::matches(order, stored, QByteArray(VerifierKey::Size, 'x')));
        order.verifierHash.clear();
        QVERIFY(!OrderVerifier::matches(order, stored, key));
    }
};

QTEST_GUILESS_MAIN(TestCacheStore)
#include "tst_cachestore.moc"
