// SyncEngine: the sync thread with its own journal connection, status through queued signals.
#include "LoopbackBackend.h"
#include "TestPki.h"

#include "Clock.h"
#include "journal/Journal.h"
#include "sync/SyncEngine.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;
using namespace kiosk;
using namespace std::chrono_literals;

class TestSyncEngine : public QObject
{
    Q_OBJECT

private:
    static ReturnRecord makeReturn()
    {
        ReturnRecord record;
        record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        record.kioskId = u"kiosk-test"_s;
        record.orderId = u"RK-100001"_s;
        record.createdAt = QDateTime::currentDateTimeUtc();
        record.resolution = u"refund"_s;
        record.currency = u"USD"_s;
        record.items.push_back({ 1, u"SKU-1"_s, 1, u"too_small"_s, 1999, {} });
        return record;
    }

private Q_SLOTS:
    void syncsOnItsOwnThreadAndStopsCleanly()
    {
        LoopbackBackend backend(TestPki::file(u"server.pem"_s), TestPki::file(u"server.key"_s));
        QVERIFY(backend.isValid());
        QTemporaryDir dir;
        Journal journal;
        QVERIFY(journal.open(dir.filePath(u"journal.db"_s)));
        for (int i = 0; i < 3; ++i)
            QVERIFY(journal.recordReturn(makeReturn()));

        SyncConfig config;
        config.baseUrl = backend.baseUrl();
        config.caBundlePath = TestPki::file(u"ca.pem"_s);
        config.deviceToken = u"token"_s;
        config.kioskId = u"kiosk-test"_s;
        config.journalPath = dir.filePath(u"journal.db"_s);
        config.syncInterval = 1h; // only the start and syncNow() may sync here
        SystemClock clock;
        SyncEngine engine(config, clock);
        QThread *statusThread = nullptr;
        connect(&engine, &SyncEngine::statusChanged, this,
            [&statusThread] { statusThread = QThread::currentThread(); });
        QSignalSpy spy(&engine, &SyncEngine::statusChanged);
        QVERIFY(engine.start());
        QVERIFY(!engine.start());
        QTRY_COMPARE(backend.storedCount(), 3);
        QTRY_VERIFY(!spy.isEmpty());
        QCOMPARE(engine.status().queueDepth, 0);
        QCOMPARE(statusThread, QThread::currentThread()); // delivered on the owner's thread
        QVERIFY(engine.status().online);

        // The UI's connection writes while the engine's is open (WAL); syncNow() pushes at once.
        QVERIFY(journal.recordReturn(makeReturn()));
        const auto reports = spy.count();
        engine.syncNow();
        QTRY_COMPARE(backend.storedCount(), 4);
        QTRY_VERIFY(spy.count() > reports);
        QCOMPARE(engine.status().queueDepth, 0);

        QElapsedTimer stopping;
        stopping.start();
        engine.stop();
        QVERIFY(stopping.elapsed() < 5000);
        QVERIFY(!engine.isRunning());
        engine.stop();
        QCOMPARE(journal.outboxStats().pending, 0);
    }

    void reportsAnUnusableConfig()
    {
        QTemporaryDir dir;
        SyncConfig config;
        config.baseUrl = u"https://localhost:1"_s;
        config.journalPath = dir.filePath(u"journal.db"_s);
        SystemClock clock;
        SyncEngine engine(config, clock);
        QSignalSpy spy(&engine, &SyncEngine::statusChanged);
        QVERIFY(engine.start());
        QTRY_COMPARE(spy.count(), 1);
        QVERIFY(engine.status().lastError.contains(u"CA bundle"_s));
        engine.stop();
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
