#include "Clock.h"
#include "DemoCache.h"
#include "cache/CacheStore.h"
#include "cache/VerifierPruner.h"
#include "cache/VerifierRetention.h"

#include <QDir>
#include <QMutex>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::Literals::StringLiterals;
using namespace kiosk;

namespace {

using test::DemoOrders;
const QDateTime DemoNow(QDate(2026, 11, 20), QTime(15, 0), Qt::UTC);

/// What the pruner reported, with the thread each report came from (written on the prune thread).
class Reports
{
public:
    explicit Reports(VerifierPruner &pruner)
    {
        QObject::connect(
            &pruner, &VerifierPruner::pruned, &pruner,
            [this](int orders) {
                const QMutexLocker lock(&m_mutex);
                m_orders.append(orders);
                m_threads.append(QThread::currentThread());
            },
            Qt::DirectConnection);
    }
    qsizetype count() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_orders.size();
    }
    int orders(qsizetype i) const
    {
        const QMutexLocker lock(&m_mutex);
        return m_orders.at(i);
    }
    QThread *thread(qsizetype i) const
    {
        const QMutexLocker lock(&m_mutex);
        return m_threads.at(i);
    }

private:
    mutable QMutex m_mutex;
    QList<int> m_orders;
    QList<QThread *> m_threads;
};

std::int64_t ordersWithSecrets(CacheStore &cache)
{
    return cache.database()
        .scalar("SELECT count(*) FROM orders WHERE length(verifier_hash) > 0 OR length(card_hash) > 0 "
                "OR id IN (SELECT order_id FROM order_contacts)")
        .value_or(-1);
}

} // namespace

class TstVerifierPruner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    /// The hourly prune runs on the pruner's thread with its own connection: the GUI thread's
    /// connection, reading in a snapshot meanwhile, neither waits for it nor sees it until it reads anew.
    void prunesOnItsOwnThreadAndConnection()
    {
        QTemporaryDir data;
        const QString path = data.filePath(u"cache.db"_s);
        CacheStore gui;
        QVERIFY(gui.open(path));
        QCOMPARE(gui.importFile(DemoOrders).imported, 3);
        VerifierRetention retention;
        retention.days = 60; // RK-100002 is past it now, the two others three months on
        QVERIFY(gui.setVerifierRetention(retention, DemoNow));
        QCOMPARE(ordersWithSecrets(gui), 2);

        QVERIFY(gui.database().exec("BEGIN"));
        QCOMPARE(ordersWithSecrets(gui), 2); // the GUI connection's snapshot starts here
        const ManualClock clock(DemoNow.addDays(90));
        VerifierPruner pruner(path, clock, std::chrono::milliseconds(50));
        Reports reports(pruner);
        QVERIFY(pruner.start());
        QVERIFY(!pruner.start());
        QTRY_VERIFY(reports.count() >= 1); // on its timer: no pruneNow()
        QCOMPARE(reports.orders(0), 2);
        QVERIFY(reports.thread(0) != QThread::currentThread());
        QCOMPARE(ordersWithSecrets(gui), 2); // still the snapshot: the prune committed elsewhere
        QVERIFY(gui.database().exec("COMMIT"));
        QCOMPARE(ordersWithSecrets(gui), 0);
        QVERIFY(gui.findOrder(u"RK-100001"_s)->contacts.empty());

        const qsizetype done = reports.count();
        pruner.pruneNow();
        QTRY_VERIFY(reports.count() > done);
        QCOMPARE(reports.orders(done), 0); // nothing left to drop

        pruner.stop();
        const qsizetype stopped = reports.count();
        pruner.pruneNow(); // stopped: nothing runs
        QTest::qWait(100);
        QCOMPARE(reports.count(), stopped);
    }

    /// The policy in force reaches the cache through the pruner's thread: stored for every connection
    /// and applied at once, the GUI thread waiting for neither.
    void retentionIsAppliedOnItsThread()
    {
        QTemporaryDir data;
        const QString path = data.filePath(u"cache.db"_s);
        CacheStore gui;
        QVERIFY(gui.open(path));
        QCOMPARE(gui.importFile(DemoOrders).imported, 3);
        QCOMPARE(ordersWithSecrets(gui), 3);
        const ManualClock clock(DemoNow);
        VerifierPruner pruner(path, clock, std::chrono::hours(1));
        Reports reports(pruner);
        pruner.retain(VerifierRetention {}); // not started: nothing happens
        QVERIFY(pruner.start());
        VerifierRetention retention;
        retention.days = 60; // RK-100002 is past it
        pruner.retain(retention);
        pruner.pruneNow(); // runs after the retention: finds nothing more
        QTRY_COMPARE(reports.count(), 1);
        QCOMPARE(reports.orders(0), 0);
        QCOMPARE(ordersWithSecrets(gui), 2);
        QVERIFY(gui.findOrder(u"RK-100002"_s)->contacts.empty());
        // Written into the cache: the GUI thread's connection writes by it too.
        QCOMPARE(gui.importFile(DemoOrders).imported, 3);
        QVERIFY(gui.findOrder(u"RK-100002"_s)->verifierHash.isEmpty());
    }

    /// A cache the pruner cannot open is reported on every prune, and the GUI thread is not blocked.
    void aCacheItCannotOpenIsReported()
    {
        QTemporaryDir data;
        const QString path = data.filePath(u"cache.db"_s);
        QVERIFY(QDir().mkpath(path)); // a directory where the file should be
        const ManualClock clock(DemoNow);
        VerifierPruner pruner(path, clock, std::chrono::hours(1));
        Reports reports(pruner);
        QVERIFY(pruner.start());
        pruner.pruneNow();
        QTRY_COMPARE(reports.count(), 1);
        QCOMPARE(reports.orders(0), -1);
        pruner.pruneNow();
        QTRY_COMPARE(reports.count(), 2);
        QCOMPARE(reports.orders(1), -1);
    }
};

QTEST_GUILESS_MAIN(TstVerifierPruner)
#include "tst_verifierpruner.moc"
