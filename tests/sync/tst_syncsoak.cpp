// SIGKILL soak: a child kiosk process records returns and syncs them to the real backend while it
// is killed at random points, round after round. Afterwards every return the child reported as
// recorded is in the journal and at the backend, exactly once. An initial order load killed midway
// resumes from its last committed page and never leaves half an order.
#include "BackendProcess.h"

#include "cache/CacheStore.h"
#include "journal/Journal.h"
#include "store/Sqlite.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace kiosk;

const QString SoakKioskId = u"kiosk-soak"_s; ///< the kiosk kiosk-sync-soak acts as

class TestSyncSoak : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedAtRandomPointsLosesAndDuplicatesNothing()
    {
        QTemporaryDir dir;
        test::BackendProcess backend(dir.path(), { SoakKioskId });
        QVERIFY(backend.start());
        const QStringList childArgs { u"--url"_s, backend.url(QString()), u"--ca"_s,
            test::BackendProcess::caFile(), u"--token"_s, test::BackendProcess::tokenOf(SoakKioskId),
            u"--data-dir"_s, dir.path() };
        const int rounds = qEnvironmentVariableIntValue("KIOSK_SOAK_ROUNDS") > 0
            ? qEnvironmentVariableIntValue("KIOSK_SOAK_ROUNDS")
            : 25;
        QSet<QString> told;
        for (int round = 0; round < rounds; ++round) {
            QProcess child;
            child.start(QStringLiteral(KIOSK_SOAK_BIN), childArgs);
            QVERIFY(child.waitForStarted());
            QTest::qWait(int(QRandomGenerator::global()->bounded(100, 700)));
            QVERIFY2(child.state() == QProcess::Running, child.readAllStandardError().constData());
            child.kill(); // SIGKILL
            QVERIFY(child.waitForFinished());
            for (const QByteArray &line : child.readAllStandardOutput().split('\n')) {
                if (line.startsWith("R "))
                    told.insert(QString::fromLatin1(line.mid(2)));
            }
        }
        QVERIFY(told.size() > rounds);

        QProcess drain;
        drain.start(QStringLiteral(KIOSK_SOAK_BIN), childArgs + QStringList { u"--drain"_s });
        QVERIFY(drain.waitForFinished(120'000));
        QVERIFY2(drain.exitCode() == 0, drain.readAllStandardError().constData());

        Journal journal;
        QVERIFY(journal.open(dir.filePath(u"journal.db"_s)));
        QCOMPARE(journal.outboxStats().pending, 0);
        QCOMPARE(journal.outboxStats().deadLetters, 0);
        for (const QString &id : std::as_const(told))
            QVERIFY2(journal.findReturn(id), qPrintable(id));

        sql::Database backendDb;
        QVERIFY(backendDb.open(backend.dbPath(), sql::Database::Mode::ReadOnly));
        QSet<QString> stored;
        sql::Statement ids = backendDb.prepare("SELECT id FROM returns");
        while (ids.step() == sql::Statement::Step::Row)
            stored.insert(ids.text(0));
        QCOMPARE(qsizetype(backendDb.scalar("SELECT count(*) FROM returns").value_or(-1)), stored.size());
        QVERIFY(told.size() <= stored.size());
        for (const QString &id : std::as_const(told))
            QVERIFY2(stored.contains(id), qPrintable(u"lost: "_s + id));
        QCOMPARE(stored.size(), qsizetype(journal.returnCount()));
        QCOMPARE(backendDb.scalar("SELECT count(*) FROM duplicate_log WHERE same_body = 0").value_or(-1), 0);
        qInfo() << rounds << "rounds," << told.size() << "returns acknowledged," << stored.size() << "stored,"
                << backendDb.scalar("SELECT count(*) FROM duplicate_log").value_or(-1)
                << "resent after a kill";
        QVERIFY(backend.stop());
    }

    void initialLoadKilledMidwayResumesWithWholeOrdersOnly()
    {
        constexpr int Orders = 60000;
        QTemporaryDir dir;
        test::BackendProcess backend(dir.path(), { SoakKioskId });
        // 20 ms per reply: the load takes seconds, so the kill lands well inside it.
        QVERIFY(backend.start({ u"--generate-orders"_s, QString::number(Orders), u"--seed"_s, u"3"_s,
            u"--fault-delay-ms"_s, u"20"_s }));
        const QString cachePath = dir.filePath(u"cache.db"_s);
        const QStringList childArgs { u"--url"_s, backend.url(QString()), u"--ca"_s,
            test::BackendProcess::caFile(), u"--token"_s, test::BackendProcess::tokenOf(SoakKioskId),
            u"--data-dir"_s, dir.path(), u"--drain"_s, u"--cache"_s, cachePath };

        QProcess child;
        child.start(QStringLiteral(KIOSK_SOAK_BIN), childArgs);
        QVERIFY(child.waitForStarted());
        // Killed once a few pages (500 orders each) are committed, well before the last one.
        std::int64_t seenBeforeKill = 0;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                sql::Database db;
                if (!QFile::exists(cachePath) || !db.open(cachePath, sql::Database::Mode::ReadOnly))
                    return false;
                seenBeforeKill = db.scalar("SELECT count(*) FROM orders").value_or(0);
                return seenBeforeKill >= 2000;
            }(),
            60'000);
        child.kill(); // SIGKILL
        QVERIFY(child.waitForFinished());
        {
            CacheStore cache;
            QVERIFY(cache.open(cachePath));
            QVERIFY(!cache.wasRebuilt());
            const std::int64_t count = cache.orderCount();
            QVERIFY2(count >= seenBeforeKill && count < Orders, qPrintable(QString::number(count)));
            QCOMPARE(count % 500, 0); // whole pages only
            QVERIFY(!cache.syncCursor().isEmpty());
            QVERIFY(cache.inInitialLoad());
            QVERIFY(!cache.lastSyncedAt().isValid()); // incomplete: too old for offline decisions
            // Every order has all its lines: none was cut in half.
            QCOMPARE(cache.database()
                         .scalar("SELECT count(*) FROM orders o WHERE NOT EXISTS "
                                 "(SELECT 1 FROM order_lines l WHERE l.order_id = o.id)")
                         .value_or(-1),
                0);
            QCOMPARE(cache.database().scalar("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND "
                                             "name IN ('orders_by_customer', 'lines_by_gtin')"),
                0);
        }

        QProcess resume;
        resume.start(QStringLiteral(KIOSK_SOAK_BIN), childArgs);
        QVERIFY(resume.waitForFinished(300'000));
        QVERIFY2(resume.exitCode() == 0, resume.readAllStandardError().constData());
        CacheStore cache;
        QVERIFY(cache.open(cachePath));
        QCOMPARE(cache.orderCount(), std::int64_t(Orders));
        QVERIFY(!cache.inInitialLoad());
        QVERIFY(cache.lastSyncedAt().isValid());
        QCOMPARE(cache.database().scalar("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND "
                                         "name IN ('orders_by_customer', 'lines_by_gtin')"),
            2);
        const auto order = cache.findOrder(u"RK-%1"_s.arg(1000000 + Orders - 1));
        QVERIFY(order);
        QVERIFY(!order->lines.empty());
        QVERIFY(backend.stop());
    }
};

QTEST_GUILESS_MAIN(TestSyncSoak)
#include "tst_syncsoak.moc"
