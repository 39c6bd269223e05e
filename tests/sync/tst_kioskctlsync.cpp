// `kioskctl sync --once` and `kioskctl status --json` as a technician runs them, against an HTTPS
// backend on loopback; and the strict reading of the config's "sync" object.
#include "LoopbackBackend.h"
#include "TestPki.h"

#include "journal/Journal.h"
#include "sync/SyncConfigJson.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;
using namespace kiosk;

class TestKioskctlSync : public QObject
{
    Q_OBJECT

private:
    static bool writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    }

    static QJsonObject run(const QStringList &args, int *exitCode)
    {
        QProcess process;
        process.start(QStringLiteral(KIOSKCTL_BIN), args);
        if (!process.waitForFinished(60'000))
            return {};
        *exitCode = process.exitCode();
        const QByteArray output = process.readAllStandardOutput();
        return QJsonDocument::fromJson(output).object();
    }

private Q_SLOTS:
    void syncOnceThenStatus()
    {
        LoopbackBackend backend(TestPki::file(u"server.pem"_s), TestPki::file(u"server.key"_s));
        QVERIFY(backend.isValid());
        QTemporaryDir dir;
        Journal journal;
        QVERIFY(journal.open(dir.filePath(u"journal.db"_s)));
        QStringList ids;
        for (int i = 0; i < 3; ++i) {
            ReturnRecord record;
            record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            record.kioskId = u"kiosk-ctl"_s;
            record.orderId = u"RK-100001"_s;
            record.createdAt = QDateTime::currentDateTimeUtc();
            record.resolution = u"refund"_s;
            record.currency = u"USD"_s;
            record.items.push_back({ 1, u"SKU-1"_s, 1, u"too_small"_s, 1999, {} });
            QVERIFY(journal.recordReturn(record));
            ids.append(record.id);
        }
        backend.rejectId(ids[2]);
        QFile demo(QStringLiteral(KIOSK_SOURCE_DIR "/kiosk-config/demo/orders.json"));
        QVERIFY(demo.open(QIODevice::ReadOnly));
        const QJsonArray demoOrders = QJsonDocument::fromJson(demo.readAll())[u"orders"_s].toArray();
        QVERIFY(demoOrders.size() >= 2);
        backend.setOrders({ demoOrders.at(0), demoOrders.at(1) }, { u"RK-400000"_s });
        QVERIFY(writeFile(dir.filePath(u"token"_s), "ctl-token\n"));
        const QJsonObject sync { { u"baseUrl"_s, backend.baseUrl() },
            { u"caBundle"_s, TestPki::file(u"ca.pem"_s) }, { u"deviceTokenFile"_s, u"token"_s },
            { u"kioskId"_s, u"kiosk-ctl"_s } };
        QVERIFY(writeFile(
            dir.filePath(u"config.json"_s), QJsonDocument(QJsonObject { { u"sync"_s, sync } }).toJson()));

        int exitCode = -1;
        const QJsonObject once = run({ u"sync"_s, u"--once"_s, u"--json"_s, u"--config"_s,
                                         dir.filePath(u"config.json"_s), u"--data-dir"_s, dir.path() },
            &exitCode);
        QCOMPARE(exitCode, 0);
        QCOMPARE(once[u"queueDepth"_s].toInt(), 0);
        QCOMPARE(once[u"deadLetters"_s].toInt(), 1);
        // What the pass moved: returns pushed (one rejected), orders pulled and deleted.
        QCOMPARE(once[u"lastPushReturns"_s].toInt(), 2);
        QCOMPARE(once[u"lastPushRejected"_s].toInt(), 1);
        QCOMPARE(once[u"lastPullOrders"_s].toInt(), 2);
        QCOMPARE(once[u"lastPullDeleted"_s].toInt(), 1);
        QCOMPARE(backend.storedCount(), 2);
        QCOMPARE(backend.lastAuthorization(), QByteArray("Bearer ctl-token"));

        const QJsonObject status = run({ u"status"_s, u"--json"_s, u"--data-dir"_s, dir.path() }, &exitCode);
        QCOMPARE(exitCode, 0);
        QCOMPARE(status[u"journal"_s][u"returns"_s].toInt(), 3);
        QCOMPARE(status[u"journal"_s][u"pending"_s].toInt(), 0);
        const QJsonArray letters = status[u"journal"_s][u"recentDeadLetters"_s].toArray();
        QCOMPARE(letters.size(), 1);
        QCOMPARE(letters[0][u"id"_s].toString(), ids[2]);
        QCOMPARE(letters[0][u"reason"_s].toString(), u"order_not_found"_s);
        QVERIFY(status[u"sync"_s][u"online"_s].toBool());
        QCOMPARE(status[u"cache"_s][u"orders"_s].toInt(), 2); // the two pulled

        // A backend that is down makes `sync --once` fail, and status says so.
        backend.setFault(LoopbackBackend::Fault::Unavailable);
        ReturnRecord late = *journal.findReturn(ids[0]);
        late.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QVERIFY(journal.recordReturn(late));
        run({ u"sync"_s, u"--once"_s, u"--config"_s, dir.filePath(u"config.json"_s), u"--data-dir"_s,
                dir.path() },
            &exitCode);
        QCOMPARE(exitCode, 1);
        const QJsonObject down = run({ u"status"_s, u"--json"_s, u"--data-dir"_s, dir.path() }, &exitCode);
        QCOMPARE(down[u"journal"_s][u"pending"_s].toInt(), 1);
        QVERIFY(!down[u"sync"_s][u"online"_s].toBool());
        QVERIFY(down[u"sync"_s][u"lastError"_s].toString().contains(u"503"_s));
    }

    void statusWithoutJournalFails()
    {
        QTemporaryDir dir;
        int exitCode = -1;
        run({ u"status"_s, u"--json"_s, u"--data-dir"_s, dir.path() }, &exitCode);
        QCOMPARE(exitCode, 1);
    }

    // Storage faults have their own exit codes, and `status` never changes a file.
    void damagedJournalIsReportedAsCorruptAndLeftAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"journal.db"_s);
        QVERIFY(writeFile(path, QByteArray(8192, 'x')));
        int exitCode = -1;
        QProcess process;
        process.start(QStringLiteral(KIOSKCTL_BIN), { u"status"_s, u"--data-dir"_s, dir.path() });
        QVERIFY(process.waitForFinished(60'000));
        QCOMPARE(process.exitCode(), 7);
        QVERIFY(process.readAllStandardError().contains("failed its integrity check"));
        QFile kept(path);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray(8192, 'x'));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList { u"journal.db"_s });
        run({ u"status"_s, u"--help"_s }, &exitCode);
        QCOMPARE(exitCode, 0);
    }

    void statusOpensEverythingReadOnly()
    {
        QTemporaryDir dir;
        {
            Journal journal;
            QVERIFY(journal.open(dir.filePath(u"journal.db"_s)));
        }
        {
            QFile cache(dir.filePath(u"cache.db"_s)); // damaged: a diagnostic reports it, never rebuilds it
            QVERIFY(cache.open(QIODevice::WriteOnly));
            cache.write(QByteArray(8192, '\xA5'));
        }
        // SQLite may add the empty -wal/-shm files any reader of a WAL database uses; nothing else.
        const auto files = [&] {
            QStringList names = QDir(dir.path()).entryList(QDir::Files);
            names.removeIf(
                [](const QString &name) { return name.endsWith(u"-wal"_s) || name.endsWith(u"-shm"_s); });
            return names;
        };
        const QStringList before = files();
        const QByteArray journalBefore = [&] {
            QFile file(dir.filePath(u"journal.db"_s));
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }();
        int exitCode = -1;
        const QJsonObject status = run({ u"status"_s, u"--json"_s, u"--data-dir"_s, dir.path() }, &exitCode);
        QCOMPARE(exitCode, 7);
        QCOMPARE(status[u"cache"_s][u"fault"_s].toString(), u"corrupt"_s);
        QCOMPARE(files(), before);
        QFile journal(dir.filePath(u"journal.db"_s));
        QVERIFY(journal.open(QIODevice::ReadOnly));
        QCOMPARE(journal.readAll(), journalBefore);
        QFile cache(dir.filePath(u"cache.db"_s));
        QVERIFY(cache.open(QIODevice::ReadOnly));
        QCOMPARE(cache.readAll(), QByteArray(8192, '\xA5'));
    }

    void syncOnceWithALockedJournalExitsLocked()
    {
        LoopbackBackend backend(TestPki::file(u"server.pem"_s), TestPki::file(u"server.key"_s));
        QVERIFY(backend.isValid());
        QTemporaryDir dir;
        Journal journal;
        QVERIFY(journal.open(dir.filePath(u"journal.db"_s)));
        ReturnRecord record;
        record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        record.kioskId = u"kiosk-ctl"_s;
        record.orderId = u"RK-100001"_s;
        record.createdAt = QDateTime::currentDateTimeUtc();
        record.resolution = u"refund"_s;
        record.currency = u"USD"_s;
        record.items.push_back({ 1, u"SKU-1"_s, 1, u"too_small"_s, 1999, {} });
        QVERIFY(journal.recordReturn(record));
        QVERIFY(writeFile(dir.filePath(u"token"_s), "ctl-token\n"));
        const QJsonObject sync { { u"baseUrl"_s, backend.baseUrl() },
            { u"caBundle"_s, TestPki::file(u"ca.pem"_s) }, { u"deviceTokenFile"_s, u"token"_s },
            { u"kioskId"_s, u"kiosk-ctl"_s } };
        QVERIFY(writeFile(
            dir.filePath(u"config.json"_s), QJsonDocument(QJsonObject { { u"sync"_s, sync } }).toJson()));
        // Another process holds the write lock: the backend takes the return, the journal can't record it.
        QVERIFY(journal.database().exec("BEGIN IMMEDIATE"));
        int exitCode = -1;
        const QJsonObject once = run({ u"sync"_s, u"--once"_s, u"--json"_s, u"--config"_s,
                                         dir.filePath(u"config.json"_s), u"--data-dir"_s, dir.path() },
            &exitCode);
        QVERIFY(journal.database().rollback());
        QCOMPARE(exitCode, 6);
        QCOMPARE(once[u"storageFault"_s].toString(), u"busy"_s);
        QVERIFY2(once[u"lastError"_s].toString().contains(u"locked"_s),
            qPrintable(once[u"lastError"_s].toString()));
        QCOMPARE(backend.storedCount(), 1);

        run({ u"sync"_s, u"--once"_s, u"--config"_s, dir.filePath(u"config.json"_s), u"--data-dir"_s,
                dir.path() },
            &exitCode);
        QCOMPARE(exitCode, 0); // lock gone: the duplicate answer is recorded, nothing is lost
        QCOMPARE(journal.outboxStats().pending, 0);
    }

    void syncConfigIsReadStrictly_data()
    {
        QTest::addColumn<QJsonObject>("patch");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown key") << QJsonObject { { u"baseURL"_s, u"x"_s } } << u"unknown key"_s;
        QTest::newRow("bad pin") << QJsonObject { { u"pinnedPublicKeys"_s, QJsonArray { u"md5//x"_s } } }
                                 << u"sha256//"_s;
        QTest::newRow("batch too big") << QJsonObject { { u"batchSize"_s, 501 } } << u"batchSize"_s;
        QTest::newRow("fractional") << QJsonObject { { u"syncIntervalSeconds"_s, 1.5 } }
                                    << u"syncIntervalSeconds"_s;
        QTest::newRow("huge") << QJsonObject {
            { u"orderPageSize"_s, 1e30 }
        } << u"sync.orderPageSize: must be a whole number from 1 to 5000 (1e+30 is out of range)"_s;
        QTest::newRow("huge negative")
            << QJsonObject { { u"batchSize"_s, -1e30 } }
            << u"sync.batchSize: must be a whole number from 1 to 500 (-1e+30 is out of range)"_s;
        QTest::newRow("no token file")
            << QJsonObject { { u"deviceTokenFile"_s, u"missing"_s } } << u"cannot read"_s;
        QTest::newRow("client cert without key")
            << QJsonObject { { u"clientCertificate"_s, u"client.pem"_s } } << u"go together"_s;
        QTest::newRow("client key not a string") << QJsonObject { { u"clientCertificate"_s, u"client.pem"_s },
            { u"clientKey"_s, 7 } } << u"PEM file names"_s;
        QTest::newRow("valid") << QJsonObject { { u"pinnedPublicKeys"_s, QJsonArray { u"sha256//AAAA"_s } },
            { u"batchSize"_s, 100 }, { u"clientCertificate"_s, u"client.pem"_s },
            { u"clientKey"_s, u"client.key"_s } }
                               << QString();
    }

    void syncConfigIsReadStrictly()
    {
        QFETCH(QJsonObject, patch);
        QFETCH(QString, error);
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"token"_s), "t0k\n"));
        QJsonObject sync { { u"baseUrl"_s, u"https://backend.example"_s }, { u"caBundle"_s, u"ca.pem"_s },
            { u"deviceTokenFile"_s, u"token"_s }, { u"kioskId"_s, u"k1"_s } };
        for (auto it = patch.begin(); it != patch.end(); ++it)
            sync.insert(it.key(), it.value());
        const auto result = SyncConfigJson::fromJson(sync, dir.path(), u"/data"_s);
        if (error.isEmpty()) {
            QVERIFY2(result.config, qPrintable(result.error));
            QCOMPARE(result.config->deviceToken, u"t0k"_s);
            QCOMPARE(result.config->caBundlePath, dir.filePath(u"ca.pem"_s));
            QCOMPARE(result.config->journalPath, u"/data/journal.db"_s);
            QCOMPARE(result.config->batchSize, 100);
            QCOMPARE(result.config->pinnedPublicKeys, QStringList { u"sha256//AAAA"_s });
            QCOMPARE(result.config->clientCertPath, dir.filePath(u"client.pem"_s));
            QCOMPARE(result.config->clientKeyPath, dir.filePath(u"client.key"_s));
            QCOMPARE(result.config->deviceTokenPath, dir.filePath(u"token"_s));
        } else {
            QVERIFY(!result.config);
            QVERIFY2(result.error.contains(error), qPrintable(result.error));
        }
    }
};

QTEST_GUILESS_MAIN(TestKioskctlSync)
#include "tst_kioskctlsync.moc"
