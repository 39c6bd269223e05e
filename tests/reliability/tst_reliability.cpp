// Reliability runs against the real reference backend over TLS on loopback, with real journal files:
// a disk that fills up, a journal that turns read-only, the wall clock jumping while the backend is
// dead, and the backend killed and its replies lost while a kiosk process is killed too. Each run
// counts the returns it expected (the shopper was told "done"), those the backend stored, those resent
// (answered "duplicate"), stored twice (a second refund) and lost, prints one line of figures and
// fails on any loss or double refund.
#include "BackendProcess.h"
#include "ReliabilitySupport.h"

#include "Clock.h"
#include "journal/Journal.h"
#include "store/Sqlite.h"
#include "sync/SyncEngine.h"
#include "sync/SyncRunner.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <atomic>

using namespace Qt::Literals::StringLiterals;
using namespace kiosk;
using test::BackendCounts;
using test::makeReturn;
using namespace std::chrono_literals;

namespace {

const QString SoakKioskId = u"kiosk-soak"_s; ///< the kiosk kiosk-sync-soak acts as

/// The wall clock plus an offset a test moves at will while the sync thread reads it.
class JumpClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc().addMSecs(m_offset.load()); }
    void setOffset(qint64 msecs) { m_offset = msecs; }

private:
    std::atomic<qint64> m_offset { 0 };
};

} // namespace

class ReliabilityTest : public QObject
{
    Q_OBJECT

    /// Prints the run's figures and checks them: every expected return stored, none stored twice.
    static bool report(const char *run, const QSet<QString> &expected, const BackendCounts &backend,
        const QString &extra = {})
    {
        int lost = 0;
        for (const QString &id : expected)
            lost += backend.stored.contains(id) ? 0 : 1;
        const qint64 duplicated = backend.duplicated();
        qInfo().noquote() << u"RELIABILITY %1: expected %2 stored %3 duplicated %4 lost %5 resent %6%7"_s
                                 .arg(QString::fromLatin1(run))
                                 .arg(expected.size())
                                 .arg(backend.stored.size())
                                 .arg(duplicated)
                                 .arg(lost)
                                 .arg(backend.resent)
                                 .arg(extra.isEmpty() ? QString() : u" "_s + extra);
        return lost == 0 && duplicated == 0;
    }

private Q_SLOTS:
    void initTestCase() { QLoggingCategory::setFilterRules(u"kiosk.sync.warning=false"_s); }

    // The journal fills up while shoppers return items: every return the kiosk confirmed reaches the
    // backend once, the refused ones were refused as "disk full" (not corruption) and never sent.
    void diskFull()
    {
        QTemporaryDir dir;
        test::BackendProcess backend(dir.path(), { u"kiosk-full"_s });
        QVERIFY(backend.start());
        SystemClock clock;
        SyncConfig config = backend.syncConfig(u"kiosk-full"_s);
        config.journalPath = dir.filePath(u"journal.db"_s);
        config.batchSize = 20;
        Journal journal;
        QVERIFY(journal.open(config.journalPath));
        SyncRunner runner(config, clock);
        QVERIFY2(runner.open(), qPrintable(runner.lastError()));
        // A few pages of room left: SQLite refuses to grow the file past them, as a full disk would.
        const auto pages = journal.database().scalar("PRAGMA page_count").value_or(0);
        QVERIFY(journal.database().exec(
            QByteArray("PRAGMA max_page_count=" + QByteArray::number(pages + 12)).constData()));

        QSet<QString> told;
        int refused = 0;
        for (int i = 0; i < 400; ++i) {
            const ReturnRecord record = makeReturn(config.kioskId, i, clock.now());
            if (journal.recordReturn(record)) {
                told.insert(record.id);
            } else {
                ++refused;
                QCOMPARE(journal.lastFault(), sql::StorageFault::Full);
                QVERIFY2(journal.lastError().contains(u"disk is full"_s), qPrintable(journal.lastError()));
                QVERIFY2(!journal.lastError().contains(u"integrity"_s), qPrintable(journal.lastError()));
                QVERIFY(!journal.findReturn(record.id)); // nothing half-written
            }
            if (i % 25 == 24)
                runner.runCycle(SyncRunner::Mode::Forced);
        }
        QVERIFY(refused > 0);
        QVERIFY(!journal.checkWritable(64 * 1024)); // the start-up check would say so too
        QCOMPARE(journal.lastFault(), sql::StorageFault::Full);
        runner.runCycle(SyncRunner::Mode::Forced);
        QCOMPARE(runner.status().queueDepth, 0);
        QCOMPARE(journal.returnCount(), told.size());

        const BackendCounts counts = BackendCounts::read(backend.dbPath());
        for (const QString &id : counts.stored)
            QVERIFY2(told.contains(id), qPrintable(u"stored but refused: "_s + id));
        QVERIFY(report("disk-full", told, counts, u"refused %1"_s.arg(refused)));
        QCOMPARE(counts.resent, 0);
        Journal reopened; // full is not damage
        QVERIFY2(reopened.open(config.journalPath), qPrintable(reopened.lastError()));
        QVERIFY(backend.stop());
    }

    // The journal stops accepting writes (SQLITE_READONLY) while the backend takes a batch: the sync
    // stays in error with the cause, in its status and its heartbeat, sends nothing twice, and once the
    // journal can be written the outcomes are recorded and the error clears.
    void readOnlyJournal()
    {
        QTemporaryDir dir;
        test::BackendProcess backend(dir.path(), { u"kiosk-ro"_s });
        QVERIFY(backend.start());
        ManualClock clock(QDateTime::currentDateTimeUtc());
        SyncConfig config = backend.syncConfig(u"kiosk-ro"_s);
        config.journalPath = dir.filePath(u"journal.db"_s);
        config.batchSize = 20;
        Journal journal;
        QVERIFY(journal.open(config.journalPath));
        QSet<QString> told;
        for (int i = 0; i < 60; ++i) {
            const ReturnRecord record = makeReturn(config.kioskId, i, clock.now());
            QVERIFY(journal.recordReturn(record));
            told.insert(record.id);
        }
        SyncRunner runner(config, clock, [] { return 0.5; });
        QVERIFY(runner.open());
        QVERIFY(runner.journal().database().exec("PRAGMA query_only=ON"));
        for (int i = 0; i < 6; ++i) {
            runner.runCycle(i % 2 ? SyncRunner::Mode::Forced : SyncRunner::Mode::Scheduled);
            clock.advance(6 * 60'000); // heartbeat, order and policy pulls due each time
        }
        const SyncStatus broken = runner.status();
        QCOMPARE(broken.queueDepth, 60);
        QCOMPARE(broken.storageFault, u"read-only"_s);
        QVERIFY2(broken.lastError.contains(u"read-only"_s), qPrintable(broken.lastError));
        {
            sql::Database db;
            QVERIFY(db.open(backend.dbPath(), sql::Database::Mode::ReadOnly));
            sql::Statement beat = db.prepare("SELECT body FROM heartbeats WHERE kiosk_id = 'kiosk-ro'");
            QCOMPARE(beat.step(), sql::Statement::Step::Row);
            const QJsonObject body = QJsonDocument::fromJson(beat.text(0).toUtf8()).object();
            QVERIFY2(body[u"lastError"_s].toString().contains(u"read-only"_s), qPrintable(beat.text(0)));
        }
        const BackendCounts whileBroken = BackendCounts::read(backend.dbPath());
        QCOMPARE(whileBroken.resent, 0); // answered once, never sent again while unrecorded

        QVERIFY(runner.journal().database().exec("PRAGMA query_only=OFF"));
        runner.runCycle();
        QCOMPARE(runner.status().queueDepth, 0);
        QVERIFY2(runner.status().lastError.isEmpty(), qPrintable(runner.status().lastError));
        const BackendCounts counts = BackendCounts::read(backend.dbPath());
        QVERIFY(report("read-only-journal", told, counts));
        QCOMPARE(counts.resent, 0);
        QVERIFY(backend.stop());
    }

    // The clock runs seven months ahead while the backend is dead (SIGKILL), 50 returns wait with
    // retry times in that future; the clock is corrected and the backend restarted: the queue empties
    // within one backoff period (real time, the real sync thread), without a new return or "sync now".
    void clockJumpsWhileBackendDead()
    {
        QTemporaryDir dir;
        test::BackendProcess backend(dir.path(), { u"kiosk-clock"_s });
        QVERIFY(backend.start());
        const int port = backend.port();
        JumpClock clock;
        SyncConfig config = backend.syncConfig(u"kiosk-clock"_s);
        config.journalPath = dir.filePath(u"journal.db"_s);
        config.syncInterval = 1s;
        config.backoffBase = 500ms;
        config.backoffCap = 5s;
        config.connectTimeout = 2s;
        Journal journal;
        QVERIFY(journal.open(config.journalPath));
        SyncEngine engine(config, clock);
        QVERIFY(engine.start());
        QTRY_VERIFY_WITH_TIMEOUT(engine.status().online, 10'000);

        clock.setOffset(212LL * 24 * 3600 * 1000); // 2027, say
        backend.kill();
        QSet<QString> told;
        for (int i = 0; i < 50; ++i) {
            const ReturnRecord record = makeReturn(config.kioskId, i, clock.now());
            QVERIFY(journal.recordReturn(record));
            told.insert(record.id);
            if (i % 10 == 9)
                engine.syncNow(); // as the kiosk does after each return
        }
        QTest::qWait(4000); // several failed attempts: retry times set in the clock's future
        QTRY_VERIFY_WITH_TIMEOUT(!engine.status().online, 5000);
        QCOMPARE(journal.outboxStats().pending, 50);

        clock.setOffset(0); // the clock is corrected ...
        QVERIFY(backend.start({ u"--listen"_s, u"127.0.0.1:%1"_s.arg(port) })); // ... the backend is back
        QCOMPARE(backend.port(), port);
        QElapsedTimer sinceBack;
        sinceBack.start();
        QTRY_VERIFY_WITH_TIMEOUT(journal.outboxStats().pending == 0, 60'000);
        const qint64 drainedMs = sinceBack.elapsed();
        engine.stop();
        const BackendCounts counts = BackendCounts::read(backend.dbPath());
        QVERIFY(report("clock-jump", told, counts,
            u"backend-back-to-queue-empty %1 ms (backoff cap %2 ms, sync interval %3 ms)"_s.arg(drainedMs)
                .arg(config.backoffCap.count())
                .arg(config.syncInterval.count())));
        // Within one backoff period (plus the sync timer's tick and the requests themselves).
        QVERIFY2(drainedMs <= config.backoffCap.count() + config.syncInterval.count() + 2000,
            qPrintable(QString::number(drainedMs)));
        QVERIFY(backend.stop());
    }

    // A kiosk process recording and syncing (the SIGKILL soak's child) while the backend is killed and
    // restarted, replies are lost after the backend committed, and the kiosk itself is killed: after a
    // drain every return the kiosk confirmed is stored once; resends are answered "duplicate".
    void backendKilledAndRepliesLost()
    {
        QTemporaryDir dir;
        test::BackendProcess backend(dir.path(), { SoakKioskId });
        QVERIFY(backend.start());
        const int port = backend.port();
        const QStringList childArgs { u"--url"_s, backend.url(QString()), u"--ca"_s,
            test::BackendProcess::caFile(), u"--token"_s, test::BackendProcess::tokenOf(SoakKioskId),
            u"--data-dir"_s, dir.path() };
        const auto loseReplies = [&backend](int count) {
            backend.admin(u"/v1/admin/faults"_s,
                { { u"dropAfterCommit"_s, true }, { u"count"_s, count },
                    { u"endpoints"_s, QJsonArray { u"returns:batch"_s } } });
        };
        QSet<QString> told;
        for (int round = 0; round < 4; ++round) {
            loseReplies(3);
            QProcess child;
            child.start(QStringLiteral(KIOSK_SOAK_BIN), childArgs);
            QVERIFY(child.waitForStarted());
            QTest::qWait(400);
            backend.kill(); // the backend dies mid-stream
            QTest::qWait(300);
            QVERIFY(backend.start({ u"--listen"_s, u"127.0.0.1:%1"_s.arg(port) }));
            loseReplies(2);
            QTest::qWait(400);
            QVERIFY2(child.state() == QProcess::Running, child.readAllStandardError().constData());
            child.kill(); // and so does the kiosk
            QVERIFY(child.waitForFinished());
            for (const QByteArray &line : child.readAllStandardOutput().split('\n')) {
                if (line.startsWith("R "))
                    told.insert(QString::fromLatin1(line.mid(2)));
            }
        }
        QVERIFY(told.size() > 50);
        QProcess drain;
        drain.start(QStringLiteral(KIOSK_SOAK_BIN), childArgs + QStringList { u"--drain"_s });
        QVERIFY(drain.waitForFinished(120'000));
        QVERIFY2(drain.exitCode() == 0, drain.readAllStandardError().constData());

        Journal journal;
        QVERIFY(journal.open(dir.filePath(u"journal.db"_s), Journal::Access::ReadOnly));
        QCOMPARE(journal.outboxStats().pending, 0);
        QCOMPARE(journal.outboxStats().deadLetters, 0);
        const BackendCounts counts = BackendCounts::read(backend.dbPath());
        QCOMPARE(
            qsizetype(journal.returnCount()), counts.stored.size()); // nothing the kiosk holds is missing
        QVERIFY(report("backend-killed-replies-lost", told, counts,
            u"recorded %1 (some after the last line the killed kiosk printed)"_s.arg(journal.returnCount())));
        QVERIFY(backend.stop());
    }
};

QTEST_GUILESS_MAIN(ReliabilityTest)
#include "tst_reliability.moc"
