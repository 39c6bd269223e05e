// The sync engine against the real reference backend over TLS: exactly-once delivery when replies
// are lost, Retry-After, mutual TLS, and a backend that is down for a simulated week.
#include "BackendProcess.h"

#include "Clock.h"
#include "journal/Journal.h"
#include "sync/HttpsBackendProbe.h"
#include "sync/SyncRunner.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;
using namespace kiosk;
using namespace std::chrono_literals;

class TestSyncBackend : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::BackendProcess> m_backend;
    std::unique_ptr<ManualClock> m_clock;
    Journal m_journal;

    SyncConfig config() const
    {
        SyncConfig config = m_backend->syncConfig(u"kiosk-it"_s);
        config.journalPath = m_dir->filePath(u"journal.db"_s);
        config.batchSize = 10;
        config.parallelBatches = 1;
        config.backoffBase = 1s;
        config.backoffCap = 15min;
        return config;
    }

    std::unique_ptr<SyncRunner> openRunner(const SyncConfig &config)
    {
        auto runner = std::make_unique<SyncRunner>(config, *m_clock, [] { return 0.5; });
        return runner->open() ? std::move(runner) : nullptr;
    }

    void recordReturns(int count)
    {
        for (int i = 0; i < count; ++i) {
            ReturnRecord record;
            record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            record.kioskId = u"kiosk-it"_s;
            record.orderId = u"RK-%1"_s.arg(1000000 + i);
            record.createdAt = m_clock->now();
            record.resolution = u"refund"_s;
            record.currency = u"USD"_s;
            record.items.push_back({ 1, u"SKU-1"_s, 1, u"too_small"_s, 1999, {} });
            QVERIFY2(m_journal.recordReturn(record), qPrintable(m_journal.lastError()));
        }
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_backend = std::make_unique<test::BackendProcess>(m_dir->path(), QStringList { u"kiosk-it"_s });
        QVERIFY(m_backend->start());
        m_clock = std::make_unique<ManualClock>(QDateTime::currentDateTimeUtc());
        m_journal = Journal();
        QVERIFY(m_journal.open(m_dir->filePath(u"journal.db"_s)));
    }

    void cleanup() { QVERIFY(m_backend->stop()); }

    void repliesLostAfterCommitAreDeliveredExactlyOnce()
    {
        recordReturns(30);
        m_backend->admin(u"/v1/admin/faults"_s,
            { { u"dropAfterCommit"_s, true }, { u"count"_s, 2 },
                { u"endpoints"_s, QJsonArray { u"returns:batch"_s } } });
        auto runner = openRunner(config());
        QVERIFY(runner);
        for (int i = 0; i < 10 && runner->status().queueDepth > 0; ++i) {
            runner->runCycle();
            m_clock->advance(10 * 60'000);
        }
        QCOMPARE(runner->status().queueDepth, 0);
        const QJsonObject stats = m_backend->admin(u"/v1/admin/stats"_s);
        QCOMPARE(stats[u"faultsInjected"_s].toInt(), 2);
        QCOMPARE(stats[u"returnsStored"_s].toInt(), 30);
        QCOMPARE(
            stats[u"duplicatesSeen"_s].toInt(), 20); // the two lost replies' batches, answered "duplicate"
        QCOMPARE(stats[u"duplicatesWithDifferentBody"_s].toInt(), 0);
    }

    void eventsTravelWithReturns()
    {
        recordReturns(2);
        for (const auto &type : { u"bin_emptied"_s, u"tote_manifest"_s, u"fault"_s })
            QVERIFY(m_journal.recordEvent(QUuid::createUuid().toString(QUuid::WithoutBraces), type,
                { { u"bin"_s, 1 } }, m_clock->now()));
        QVERIFY(!m_journal.recordEvent(QString(), u"fault"_s, {}, m_clock->now()));
        auto runner = openRunner(config());
        QVERIFY(runner);
        runner->runCycle();
        QCOMPARE(runner->status().queueDepth, 0);
        const QJsonObject stats = m_backend->admin(u"/v1/admin/stats"_s);
        QCOMPARE(stats[u"eventsStored"_s].toInt(), 3);
        QCOMPARE(stats[u"returnsStored"_s].toInt(), 2);
    }

    void heartbeatTellsTheFleetWhatTheKioskKnows()
    {
        // A printer that ran out of paper and came back, and a chute still jammed.
        const auto fault = [this](const QString &device, const QString &code, bool cleared) {
            QVERIFY(m_journal.recordEvent(QUuid::createUuid().toString(QUuid::WithoutBraces), u"fault"_s,
                { { u"device"_s, device }, { u"code"_s, code }, { u"message"_s, QString(code + u" here"_s) },
                    { u"at"_s, m_clock->now().toString(Qt::ISODate) }, { u"cleared"_s, cleared } },
                m_clock->now()));
        };
        fault(u"printer"_s, u"paper_out"_s, false);
        fault(u"chute"_s, u"jammed"_s, false);
        fault(u"printer"_s, u"paper_out"_s, true);
        // Two self-tests: the heartbeat carries the newer one, part by part.
        const auto selfTest = [this](const QString &chute) {
            const QJsonArray results { QJsonObject { { u"part"_s, u"printer"_s },
                                           { u"outcome"_s, u"passed"_s },
                                           { u"message"_s, u"Printer: printed the test page"_s } },
                QJsonObject {
                    { u"part"_s, u"chute"_s }, { u"outcome"_s, chute }, { u"message"_s, u"Chute: ..."_s } } };
            QVERIFY(m_journal.recordEvent(QUuid::createUuid().toString(QUuid::WithoutBraces),
                u"selftest.completed"_s,
                { { u"passed"_s, chute == u"passed"_s }, { u"origin"_s, u"maintenance"_s },
                    { u"at"_s, m_clock->now().toString(Qt::ISODate) }, { u"results"_s, results } },
                m_clock->now()));
        };
        selfTest(u"passed"_s);
        selfTest(u"failed"_s);
        QFile policy(m_dir->filePath(u"policy.json"_s));
        QVERIFY(policy.open(QIODevice::WriteOnly));
        policy.write(R"({"policy": {"id": "northwind-apparel", "version": 4}, "signature": "x"})");
        policy.close();
        SyncConfig withFacts = config();
        withFacts.softwareVersion = u"9.8.7"_s;
        withFacts.hardwareProfile = u"counter-v1"_s;
        auto runner = openRunner(withFacts);
        QVERIFY(runner);
        runner->runCycle(SyncRunner::Mode::Forced);
        QVERIFY2(runner->status().lastError.isEmpty(), qPrintable(runner->status().lastError));

        const QJsonArray fleet = m_backend->admin(u"/v1/admin/kiosks"_s)[u"kiosks"_s].toArray();
        QCOMPARE(fleet.size(), 1);
        QCOMPARE(fleet[0][u"kioskId"_s].toString(), u"kiosk-it"_s);
        QVERIFY(!fleet[0][u"lastHeartbeatAt"_s].toString().isEmpty());
        const QJsonObject beat = fleet[0][u"heartbeat"_s].toObject();
        QCOMPARE(beat[u"softwareVersion"_s].toString(), u"9.8.7"_s);
        QCOMPARE(beat[u"hardwareProfile"_s].toString(), u"counter-v1"_s);
        QCOMPARE(beat[u"policy"_s][u"id"_s].toString(), u"northwind-apparel"_s);
        QCOMPARE(beat[u"policy"_s][u"version"_s].toInt(), 4);
        QCOMPARE(beat[u"devices"_s][u"printer"_s][u"state"_s].toString(), u"ok"_s);
        QCOMPARE(beat[u"devices"_s][u"chute"_s][u"state"_s].toString(), u"fault"_s);
        QCOMPARE(beat[u"devices"_s][u"chute"_s][u"code"_s].toString(), u"jammed"_s);
        QCOMPARE(beat[u"selfTest"_s][u"passed"_s].toBool(), false);
        QCOMPARE(beat[u"selfTest"_s][u"origin"_s].toString(), u"maintenance"_s);
        QCOMPARE(beat[u"selfTest"_s][u"parts"_s][u"chute"_s][u"outcome"_s].toString(), u"failed"_s);
        QCOMPARE(beat[u"selfTest"_s][u"parts"_s][u"printer"_s][u"outcome"_s].toString(), u"passed"_s);
        QVERIFY(beat[u"diskFreeBytes"_s].toInteger() > 0);
        QVERIFY(beat[u"uptimeSeconds"_s].toInteger() > 0);
        QVERIFY(beat[u"cacheAgeSeconds"_s].isNull()); // no order cache configured
        QCOMPARE(beat[u"queueDepth"_s].toInt(), 0);
    }

    /// The self-test's backend probe: GET /v1/health over the kiosk's TLS settings answers; a pin the
    /// backend's key does not match is a TLS refusal, said as such (status 0 with curl's reason).
    void backendProbeAsksHealthOverTheKiosksTls()
    {
        HttpsBackendProbe probe(config());
        QSignalSpy answered(&probe, &BackendProbe::answered);
        probe.probe();
        QVERIFY(answered.wait(10000));
        const auto healthy = answered.takeFirst().first().value<BackendProbe::Answer>();
        QVERIFY2(healthy.healthy(), qPrintable(u"%1 %2"_s.arg(healthy.status).arg(healthy.error)));

        SyncConfig pinned = config();
        pinned.pinnedPublicKeys = { u"sha256//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="_s };
        HttpsBackendProbe refused(pinned);
        QSignalSpy refusal(&refused, &BackendProbe::answered);
        refused.probe();
        QVERIFY(refusal.wait(10000));
        const auto answer = refusal.takeFirst().first().value<BackendProbe::Answer>();
        QCOMPARE(answer.status, 0);
        QVERIFY(!answer.error.isEmpty());
    }

    void retryAfterFromTheBackendIsHonoured()
    {
        recordReturns(5);
        m_backend->admin(u"/v1/admin/faults"_s,
            { { u"status"_s, 503 }, { u"retryAfter"_s, 30 }, { u"count"_s, 1 },
                { u"endpoints"_s, QJsonArray { u"returns:batch"_s } } });
        auto runner = openRunner(config());
        QVERIFY(runner);
        runner->runCycle();
        const auto batches = [this] { return m_backend->requestCount(u"returns:batch"_s); };
        QCOMPARE(batches(), 1);
        m_clock->advance(29'000);
        runner->runCycle(SyncRunner::Mode::Forced);
        QCOMPARE(batches(), 1);
        m_clock->advance(1'000);
        runner->runCycle();
        QCOMPARE(batches(), 2);
        QCOMPARE(runner->status().queueDepth, 0);
    }

    void mutualTlsNeedsTheClientCertificate()
    {
        QTemporaryDir dir;
        test::BackendProcess backend(dir.path(), { u"kiosk-it"_s });
        QVERIFY(backend.start({ u"--client-ca"_s, test::BackendProcess::certDir() + u"/ca.pem"_s }));
        recordReturns(3);
        SyncConfig withoutCertificate = config();
        withoutCertificate.baseUrl = backend.url(QString());
        auto refused = openRunner(withoutCertificate);
        QVERIFY(refused);
        refused->runCycle(SyncRunner::Mode::Forced);
        QCOMPARE(refused->status().queueDepth, 3); // the handshake fails: nothing is lost
        QVERIFY(!refused->status().online);

        SyncConfig withCertificate = withoutCertificate;
        withCertificate.clientCertPath = test::BackendProcess::certDir() + u"/client.pem"_s;
        withCertificate.clientKeyPath = test::BackendProcess::certDir() + u"/client.key"_s;
        auto accepted = openRunner(withCertificate);
        QVERIFY(accepted);
        accepted->runCycle(SyncRunner::Mode::Forced);
        QVERIFY2(accepted->status().online, qPrintable(accepted->status().lastError));
        QCOMPARE(accepted->status().queueDepth, 0);
        QVERIFY(backend.stop());
    }

    void backendDownForASimulatedWeek()
    {
        const int returns = 3000;
        recordReturns(returns);
        const auto journalBytes = [this] {
            return QFileInfo(m_dir->filePath(u"journal.db"_s)).size()
                + QFileInfo(m_dir->filePath(u"journal.db-wal"_s)).size();
        };
        const qint64 before = journalBytes();

        QLoggingCategory::setFilterRules(u"kiosk.sync.warning=false\nkiosk.sync.debug=false"_s);
        SyncConfig down = config();
        down.baseUrl = u"https://127.0.0.1:1"_s; // nothing listens: connection refused
        down.batchSize = 250;
        {
            auto runner = std::make_unique<SyncRunner>(down, *m_clock, Backoff::systemRandom());
            QVERIFY(runner->open());
            const QDateTime end = m_clock->now().addDays(7);
            while (m_clock->now() < end) {
                runner->runCycle();
                m_clock->advance(60'000);
            }
            // Capped backoff (15 min, full jitter: 7.5 min on average) instead of one try a minute.
            const qint64 attempts = runner->http().requestCount();
            qInfo() << "attempts in a week:" << attempts << "journal bytes" << before << "->"
                    << journalBytes();
            QVERIFY(attempts > 7 * 24 * 60 / 15);
            QVERIFY(attempts < 7 * 24 * 60 / 4);
            const SyncStatus status = runner->status();
            QCOMPARE(status.queueDepth, returns);
            QVERIFY(!status.online);
            QVERIFY(runner->notBefore().isValid()); // still backing off, however long it has been
        }
        QVERIFY(journalBytes() < before + 8 * 1024 * 1024); // retries rewrite rows; nothing accumulates

        SyncConfig up = config();
        up.batchSize = 250;
        auto runner = openRunner(up);
        QVERIFY(runner);
        for (int i = 0; i < 5 && runner->status().queueDepth > 0; ++i) {
            m_clock->advance(15 * 60'000);
            runner->runCycle();
        }
        QCOMPARE(runner->status().queueDepth, 0);
        const QJsonObject stats = m_backend->admin(u"/v1/admin/stats"_s);
        QCOMPARE(stats[u"returnsStored"_s].toInt(), returns);
        QCOMPARE(stats[u"duplicatesSeen"_s].toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncBackend)
#include "tst_syncbackend.moc"
