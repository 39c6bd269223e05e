// SyncRunner against a real HTTPS server on loopback, with real journal files.
#include "LoopbackBackend.h"
#include "TestPki.h"

#include "Clock.h"
#include "cache/CacheStore.h"
#include "cache/OrderJson.h"
#include "journal/Journal.h"
#include "sync/SyncRunner.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;
using namespace kiosk;
using namespace std::chrono_literals;

class TestSyncRunner : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestPki> m_pki;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    Journal m_journal; ///< the app's connection; the runner opens its own
    QStringList m_ids;

    SyncConfig configFor(const LoopbackBackend &backend) const
    {
        SyncConfig config;
        config.baseUrl = backend.baseUrl();
        config.caBundlePath = TestPki::file(u"ca.pem"_s);
        config.deviceToken = u"device-token-1"_s;
        config.kioskId = u"kiosk-test"_s;
        config.journalPath = m_dir->filePath(u"journal.db"_s);
        config.batchSize = 2;
        config.backoffBase = 1s;
        config.backoffCap = 60s;
        return config;
    }

    std::unique_ptr<SyncRunner> runnerFor(const SyncConfig &config)
    {
        auto runner = std::make_unique<SyncRunner>(config, *m_clock, [] { return 0.5; });
        return runner->open() ? std::move(runner) : nullptr;
    }

    void recordReturns(int count)
    {
        for (int i = 0; i < count; ++i) {
            ReturnRecord record;
            record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            record.kioskId = u"kiosk-test"_s;
            record.orderId = u"RK-%1"_s.arg(100000 + m_ids.size());
            record.createdAt = m_clock->now();
            record.resolution = u"refund"_s;
            record.currency = u"USD"_s;
            record.items.push_back({ 1, u"SKU-1"_s, 1, u"too_small"_s, 1999, {} });
            QVERIFY2(m_journal.recordReturn(record), qPrintable(m_journal.lastError()));
            m_ids.append(record.id);
        }
    }

    static Order makeOrder(const QString &id)
    {
        Order order;
        order.id = id;
        order.currency = u"USD"_s;
        order.placedAt = QDateTime({ 2026, 10, 1 }, { 12, 0 }, Qt::UTC);
        OrderLine line;
        line.lineNo = 1;
        line.sku = u"SKU-1"_s;
        line.title = u"Shirt"_s;
        line.category = u"apparel"_s;
        line.unitPrice = 1999;
        line.quantity = 1;
        order.lines.push_back(line);
        return order;
    }

    std::unique_ptr<LoopbackBackend> goodBackend()
    {
        return std::make_unique<LoopbackBackend>(
            TestPki::file(u"server.pem"_s), TestPki::file(u"server.key"_s));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_pki = std::make_unique<TestPki>();
        QVERIFY(m_pki->isValid());
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_clock = std::make_unique<ManualClock>(QDateTime({ 2026, 11, 2 }, { 9, 0 }, Qt::UTC));
        m_journal = Journal();
        m_ids.clear();
        QVERIFY(m_journal.open(m_dir->filePath(u"journal.db"_s)));
    }

    void deliversQueuedReturnsInBatches()
    {
        auto backend = goodBackend();
        QVERIFY(backend->isValid());
        recordReturns(5);
        auto runner = runnerFor(configFor(*backend));
        QVERIFY(runner);
        runner->runCycle();
        QCOMPARE(backend->storedCount(), 5);
        QCOMPARE(backend->batchRequests(), 3); // batches of 2
        QCOMPARE(backend->lastAuthorization(), QByteArray("Bearer device-token-1"));
        const SyncStatus status = runner->status();
        QCOMPARE(status.queueDepth, 0);
        QVERIFY(status.online);
        QCOMPARE(status.lastSuccess, m_clock->now());
        QVERIFY(status.lastError.isEmpty());
        // Connections are reused: five requests (three batches, the policy check, one heartbeat) over far
        // fewer connections.
        QCOMPARE(runner->http().requestCount(), 5);
        QVERIFY(runner->http().connectionCount() <= 2);
    }

    void rejectedReturnGoesToDeadLetterAndIsNeverRetried()
    {
        auto backend = goodBackend();
        recordReturns(3);
        backend->rejectId(m_ids[1]);
        auto runner = runnerFor(configFor(*backend));
        QVERIFY(runner);
        runner->runCycle();
        QCOMPARE(backend->storedCount(), 2);
        SyncStatus status = runner->status();
        QCOMPARE(status.queueDepth, 0);
        QCOMPARE(status.deadLetters, 1);
        for (int i = 0; i < 3; ++i) {
            m_clock->advance(3'600'000);
            runner->runCycle(SyncRunner::Mode::Forced);
        }
        QCOMPARE(backend->submissions(m_ids[1]), 1);
        QCOMPARE(runner->status().deadLetters, 1);
    }

    void lostReplyAfterCommitIsRetriedAsDuplicate()
    {
        auto backend = goodBackend();
        recordReturns(2);
        backend->setFault(LoopbackBackend::Fault::DropAfterCommit);
        auto runner = runnerFor(configFor(*backend));
        QVERIFY(runner);
        runner->runCycle();
        QCOMPARE(backend->storedCount(), 2); // the backend committed
        QCOMPARE(runner->status().queueDepth, 2); // but the kiosk never heard back
        QVERIFY(!runner->status().online);

        backend->setFault(LoopbackBackend::Fault::None);
        m_clock->advance(60'000);
        runner->runCycle();
        QCOMPARE(runner->status().queueDepth, 0);
        QCOMPARE(backend->storedCount(), 2);
        QCOMPARE(backend->duplicateCount(), 2);
        QCOMPARE(backend->submissions(m_ids[0]), 2);
    }

    void retryAfterIsHonoured_data()
    {
        QTest::addColumn<bool>("httpDate");
        QTest::newRow("delta-seconds") << false;
        QTest::newRow("HTTP-date") << true;
    }

    void retryAfterIsHonoured()
    {
        QFETCH(bool, httpDate);
        auto backend = goodBackend();
        recordReturns(1);
        backend->setFault(LoopbackBackend::Fault::Unavailable);
        const QDateTime retryAt = m_clock->now().addSecs(120);
        backend->setRetryAfter(httpDate
                ? QLocale::c().toString(retryAt, u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1()
                : QByteArray("120"));
        auto runner = runnerFor(configFor(*backend));
        QVERIFY(runner);
        runner->runCycle();
        QCOMPARE(backend->requestCount(), 1);
        QCOMPARE(runner->notBefore(), retryAt);

        backend->setFault(LoopbackBackend::Fault::None);
        m_clock->advance(119'000);
        runner->runCycle();
        runner->runCycle(SyncRunner::Mode::Forced); // even "sync now" waits
        QCOMPARE(backend->requestCount(), 1);
        QCOMPARE(runner->status().queueDepth, 1);

        m_clock->advance(1'000);
        runner->runCycle();
        QCOMPARE(backend->storedCount(), 1);
        QCOMPARE(runner->status().queueDepth, 0);
    }

    void badRepliesKeepTheQueue_data()
    {
        QTest::addColumn<LoopbackBackend::Fault>("fault");
        QTest::addColumn<QString>("error");
        QTest::newRow("malformed JSON") << LoopbackBackend::Fault::MalformedJson << u"malformed"_s;
        QTest::newRow("oversized") << LoopbackBackend::Fault::Oversized << u"larger than"_s;
        QTest::newRow("wrong content type") << LoopbackBackend::Fault::WrongContentType << u"not JSON"_s;
    }

    void badRepliesKeepTheQueue()
    {
        QFETCH(LoopbackBackend::Fault, fault);
        QFETCH(QString, error);
        auto backend = goodBackend();
        recordReturns(2);
        backend->setFault(fault);
        SyncConfig config = configFor(*backend);
        config.maxResponseBytes = 1024 * 1024;
        auto runner = runnerFor(config);
        QVERIFY(runner);
        for (int i = 0; i < 3; ++i) {
            runner->runCycle(SyncRunner::Mode::Forced);
            const SyncStatus status = runner->status();
            QCOMPARE(status.queueDepth, 2);
            QVERIFY2(status.lastError.contains(error), qPrintable(status.lastError));
            QVERIFY(!status.online);
        }
        backend->setFault(LoopbackBackend::Fault::None);
        m_clock->advance(120'000);
        runner->runCycle();
        QCOMPARE(runner->status().queueDepth, 0);
        QCOMPARE(backend->storedCount(), 2);
    }

    void badCertificatesAreRefusedBeforeAnyRequest_data()
    {
        QTest::addColumn<QString>("cert");
        QTest::addColumn<QStringList>("pins");
        QTest::newRow("self-signed") << u"selfsigned"_s << QStringList();
        QTest::newRow("expired") << u"expired"_s << QStringList();
        QTest::newRow("wrong host") << u"wronghost"_s << QStringList();
        QTest::newRow("wrong pin") << u"server"_s
                                   << QStringList {
                                          u"sha256//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="_s
                                      };
    }

    void badCertificatesAreRefusedBeforeAnyRequest()
    {
        QFETCH(QString, cert);
        QFETCH(QStringList, pins);
        LoopbackBackend backend(TestPki::file(cert + u".pem"_s), TestPki::file(cert + u".key"_s));
        QVERIFY(backend.isValid());
        recordReturns(2);
        SyncConfig config = configFor(backend);
        config.pinnedPublicKeys = pins;
        auto runner = runnerFor(config);
        QVERIFY(runner);
        runner->runCycle(SyncRunner::Mode::Forced);
        QCOMPARE(backend.requestCount(), 0);
        const SyncStatus status = runner->status();
        QCOMPARE(status.queueDepth, 2);
        QVERIFY(!status.lastError.isEmpty());
        QVERIFY(!status.online);
    }

    void backupPinIsAccepted()
    {
        auto backend = goodBackend();
        recordReturns(1);
        SyncConfig config = configFor(*backend);
        config.pinnedPublicKeys
            = QStringList { u"sha256//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="_s, m_pki->serverPin() };
        auto runner = runnerFor(config);
        QVERIFY(runner);
        runner->runCycle();
        QCOMPARE(backend->storedCount(), 1);
    }

    void pullsOrderChangesPageByPageWithTheCursor()
    {
        auto backend = goodBackend();
        QJsonArray orders;
        for (int i = 0; i < 5; ++i)
            orders.append(OrderJson::toJson(makeOrder(u"RK-%1"_s.arg(i))));
        backend->setOrders(orders, { u"RK-GONE"_s });
        SyncConfig config = configFor(*backend);
        config.cachePath = m_dir->filePath(u"cache.db"_s);
        config.orderPageSize = 2;
        {
            CacheStore cache;
            QVERIFY(cache.open(config.cachePath));
            QVERIFY(cache.upsertOrder(makeOrder(u"RK-GONE"_s)));
        }
        auto runner = runnerFor(config);
        QVERIFY(runner);
        runner->runCycle();
        QCOMPARE(backend->requestCount(), 4); // three pages and the heartbeat
        QCOMPARE(runner->status().lastOrderPull, m_clock->now());
        {
            CacheStore cache;
            QVERIFY(cache.open(config.cachePath));
            QCOMPARE(cache.orderCount(), 5);
            QVERIFY(cache.findOrder(u"RK-4"_s));
            QVERIFY(!cache.findOrder(u"RK-GONE"_s));
            QCOMPARE(cache.lastSyncedAt(), m_clock->now()); // the cache's age for offline limits
        }

        runner->runCycle(); // not due yet
        QCOMPARE(backend->requestCount(), 4);

        orders.append(OrderJson::toJson(makeOrder(u"RK-5"_s)));
        backend->setOrders(orders, {});
        m_clock->advance(config.orderPullInterval.count());
        runner->runCycle(); // from the stored cursor: one page, then the heartbeat (due again)
        QCOMPARE(backend->requestCount(), 6);
        CacheStore cache;
        QVERIFY(cache.open(config.cachePath));
        QCOMPARE(cache.orderCount(), 6);
    }

    // A page that breaks the contract (here an order without its currency) is refused whole, naming
    // the violation's path: none of its orders and not its cursor are applied, the pages before it stay,
    // and once the backend serves it right the pull resumes from the last page applied.
    void aPageThatBreaksTheContractIsRefusedWhole()
    {
        auto backend = goodBackend();
        QJsonArray orders;
        for (int i = 0; i < 3; ++i)
            orders.append(OrderJson::toJson(makeOrder(u"RK-%1"_s.arg(i))));
        QJsonObject bad = OrderJson::toJson(makeOrder(u"RK-BAD"_s));
        bad.remove(u"currency"_s);
        orders.append(bad);
        backend->setOrders(orders, {});
        SyncConfig config = configFor(*backend);
        config.cachePath = m_dir->filePath(u"cache.db"_s);
        config.orderPageSize = 2;
        auto runner = runnerFor(config);
        QVERIFY(runner);
        runner->runCycle();
        QVERIFY2(runner->status().lastError.contains(u"orders[1] RK-BAD: currency: missing"_s),
            qPrintable(runner->status().lastError));
        QString cursor;
        {
            CacheStore cache;
            QVERIFY(cache.open(config.cachePath));
            QCOMPARE(cache.orderCount(), 2); // the first page only
            QVERIFY(!cache.findOrder(u"RK-2"_s));
            cursor = cache.syncCursor();
            QVERIFY(!cursor.isEmpty());
        }

        orders.replace(3, OrderJson::toJson(makeOrder(u"RK-BAD"_s)));
        backend->setOrders(orders, {});
        m_clock->advance(3600 * 1000);
        runner->runCycle(SyncRunner::Mode::Forced);
        QVERIFY2(runner->status().lastError.isEmpty(), qPrintable(runner->status().lastError));
        CacheStore cache;
        QVERIFY(cache.open(config.cachePath));
        QCOMPARE(cache.orderCount(), 4);
    }

    // Issue part 3: a journal that cannot record what the backend answered keeps the sync in error
    // (whatever the order pull, policy pull and heartbeat answer), and the answered entries are not
    // sent again while it cannot; once it can, the outcomes are written and the error clears.
    void journalThatCannotRecordDeliveriesStaysInErrorAndResendsNothing()
    {
        auto backend = goodBackend();
        recordReturns(4);
        SyncConfig config = configFor(*backend);
        config.cachePath = m_dir->filePath(u"cache.db"_s);
        auto runner = runnerFor(config);
        QVERIFY(runner);
        // The runner's own connection refuses writes (SQLITE_READONLY), as a read-only remount would.
        QVERIFY(runner->journal().database().exec("PRAGMA query_only=ON"));
        runner->runCycle(SyncRunner::Mode::Forced);
        QCOMPARE(backend->storedCount(), 4);
        for (int i = 0; i < 4; ++i) {
            m_clock->advance(10 * 60'000); // order pull, policy pull and heartbeat all due and answered
            runner->runCycle(i % 2 ? SyncRunner::Mode::Forced : SyncRunner::Mode::Scheduled);
            const SyncStatus status = runner->status();
            QVERIFY(status.online); // the link is fine ...
            QCOMPARE(status.queueDepth, 4);
            QCOMPARE(status.storageFault, u"read-only"_s); // ... the journal is not, and it says so
            QVERIFY2(status.lastError.startsWith(u"journal: cannot record 4 deliveries"_s),
                qPrintable(status.lastError));
            QVERIFY2(status.lastError.contains(u"read-only"_s), qPrintable(status.lastError));
        }
        QCOMPARE(runner->storageFault(), sql::StorageFault::ReadOnly);
        for (const QString &id : std::as_const(m_ids))
            QCOMPARE(backend->submissions(id), 1); // answered once, never resent
        QCOMPARE(backend->duplicateCount(), 0);

        QVERIFY(runner->journal().database().exec("PRAGMA query_only=OFF"));
        m_clock->advance(60'000);
        runner->runCycle();
        const SyncStatus fixed = runner->status();
        QCOMPARE(fixed.queueDepth, 0);
        QVERIFY2(fixed.lastError.isEmpty(), qPrintable(fixed.lastError));
        QVERIFY(fixed.storageFault.isEmpty());
        QCOMPARE(runner->storageFault(), sql::StorageFault::None);
        QCOMPARE(backend->duplicateCount(), 0);
        QCOMPARE(backend->storedCount(), 4);
    }

    // Issue part 6: the order cache can't be opened; the returns still go out, the cache's problem is
    // reported, and the cache is opened at a later pull once it can be.
    void deliveryDoesNotWaitForTheCache()
    {
        auto backend = goodBackend();
        recordReturns(3);
        SyncConfig config = configFor(*backend);
        config.cachePath = m_dir->filePath(u"cache.db"_s);
        {
            CacheStore cache;
            QVERIFY(cache.open(config.cachePath));
            QVERIFY(cache.upsertOrder(makeOrder(u"RK-KEPT"_s)));
        }
        sql::Database holder; // another process holds the cache: it cannot even be read
        QVERIFY(holder.open(config.cachePath));
        QVERIFY(holder.exec("PRAGMA locking_mode=EXCLUSIVE; BEGIN EXCLUSIVE;"));
        auto runner = runnerFor(config);
        QVERIFY(runner);
        runner->runCycle();
        SyncStatus status = runner->status();
        QCOMPARE(backend->storedCount(), 3);
        QCOMPARE(status.queueDepth, 0);
        QCOMPARE(status.storageFault, u"busy"_s);
        QVERIFY2(status.storageError.startsWith(u"cache: "_s), qPrintable(status.storageError));
        QVERIFY(!QFile::exists(config.cachePath + u".corrupt"_s)); // left in place

        QVERIFY(holder.rollback());
        holder.close();
        m_clock->advance(config.orderPullInterval.count());
        runner->runCycle();
        status = runner->status();
        QVERIFY2(status.storageError.isEmpty(), qPrintable(status.storageError));
        QVERIFY(status.lastOrderPull.isValid());
        CacheStore cache;
        QVERIFY(cache.open(config.cachePath));
        QVERIFY(!cache.wasRebuilt());
        QVERIFY(cache.findOrder(u"RK-KEPT"_s));
    }

    // Issue part 2: the wall clock moves forward then back (or back only) while the backend is down;
    // once it is back, the queue empties within one backoff period, in this runner and after a restart.
    void clockJumpsDoNotStrandTheQueue_data()
    {
        QTest::addColumn<int>("jumpDays"); // where the clock is while the backend is down
        QTest::addColumn<bool>("restart"); // a new runner (no memory of the jump) after the correction
        QTest::newRow("ahead 7 months, corrected") << 212 << false;
        QTest::newRow("ahead 7 months, corrected, restarted") << 212 << true;
        QTest::newRow("behind a day, corrected") << -1 << false;
    }

    void clockJumpsDoNotStrandTheQueue()
    {
        QFETCH(int, jumpDays);
        QFETCH(bool, restart);
        auto backend = goodBackend();
        backend->setFault(LoopbackBackend::Fault::Unavailable);
        backend->setRetryAfter(QByteArray()); // no Retry-After: the kiosk's own backoff
        SyncConfig config = configFor(*backend);
        config.batchSize = 25;
        const QDateTime correct = m_clock->now();
        m_clock->set(correct.addDays(jumpDays));
        recordReturns(50);
        auto runner = runnerFor(config);
        QVERIFY(runner);
        for (int i = 0; i < 30; ++i) {
            runner->runCycle();
            m_clock->advance(10'000);
        }
        QCOMPARE(runner->status().queueDepth, 50);
        QVERIFY(!runner->status().online);

        m_clock->set(correct.addSecs(300)); // the clock is corrected ...
        backend->setFault(LoopbackBackend::Fault::None); // ... and the backend is back
        if (restart)
            runner = runnerFor(config);
        QVERIFY(runner);
        qint64 waited = 0;
        while (runner->status().queueDepth > 0 && waited <= 2 * config.backoffCap.count()) {
            runner->runCycle();
            if (runner->status().queueDepth == 0)
                break;
            m_clock->advance(1'000);
            waited += 1'000;
        }
        qInfo() << "queue empty" << waited / 1000 << "s (simulated) after the backend came back";
        QCOMPARE(runner->status().queueDepth, 0);
        QVERIFY(waited <= config.backoffCap.count()); // within one backoff period
        QCOMPARE(backend->storedCount(), 50);
        QCOMPARE(backend->duplicateCount(), 0);
        QVERIFY(runner->status().online);
    }

    void refusesPlainHttp()
    {
        SyncConfig config;
        config.baseUrl = u"http://localhost:1"_s;
        config.caBundlePath = TestPki::file(u"ca.pem"_s);
        config.deviceToken = u"t"_s;
        config.kioskId = u"k"_s;
        config.journalPath = m_dir->filePath(u"journal.db"_s);
        SyncRunner runner(config, *m_clock);
        QVERIFY(!runner.open());
        QVERIFY(runner.lastError().contains(u"https://"_s));
    }
};

QTEST_GUILESS_MAIN(TestSyncRunner)
#include "tst_syncrunner.moc"
