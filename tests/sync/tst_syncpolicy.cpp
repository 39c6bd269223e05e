// The signed policy and the heartbeat's remote commands against the real reference backend over TLS:
// a changed bundle is fetched once (ETag / If-None-Match, 304 after), verified by the PolicyStore,
// which keeps the last good policy against older or tampered ones (and so does `kioskctl sync
// --once`); "sync_now" and "reload_policy"
// from a heartbeat are carried out, other commands are handed on.
#include "BackendProcess.h"

#include "Clock.h"
#include "policy/PolicyStore.h"
#include "sync/SyncRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace kiosk;
using namespace std::chrono_literals;

namespace {

const QString ConfigDir = QStringLiteral(KIOSK_SOURCE_DIR "/kiosk-config");

/// The demo policies' retailer kiosks, at the demo's time (inside the example policies' validity).
ManualClock s_clock(QDateTime(QDate(2026, 11, 20), QTime(15, 0), Qt::UTC));

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonObject signedPolicy(int version)
{
    QJsonObject policy
        = QJsonDocument::fromJson(readFile(ConfigDir + u"/policies/src/apparel.json"_s)).object();
    policy.insert(u"version"_s, version);
    const QByteArray key
        = QByteArray::fromBase64(readFile(ConfigDir + u"/demo/keys/demo-policy-2026.key"_s).trimmed());
    return PolicyLoader::signBundle(policy, u"demo-policy-2026"_s, key);
}

PolicyLoader::TrustedKeys demoTrust()
{
    QStringList errors;
    return PolicyLoader::loadTrustedKeys(ConfigDir + u"/demo/trusted-policy-keys.json"_s, &errors);
}

} // namespace

class TestSyncPolicy : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::BackendProcess> m_backend;
    std::unique_ptr<ManualClock> m_clock;

    QString policyFile() const { return m_dir->filePath(u"published-policy.json"_s); }

    void publish(const QJsonObject &bundle)
    {
        QSaveFile file(policyFile());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(bundle).toJson());
        QVERIFY(file.commit());
    }

    SyncConfig config() const
    {
        SyncConfig config = m_backend->syncConfig(u"kiosk-policy"_s);
        config.journalPath = m_dir->filePath(u"journal.db"_s);
        config.cachePath = m_dir->filePath(u"cache.db"_s);
        config.orderPullInterval = 1h;
        config.heartbeatInterval = 1min;
        return config;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        publish(signedPolicy(7));
        m_backend = std::make_unique<test::BackendProcess>(m_dir->path(), QStringList { u"kiosk-policy"_s });
        QVERIFY(m_backend->start({ u"--policy"_s, policyFile() }));
        m_clock = std::make_unique<ManualClock>(QDateTime::currentDateTimeUtc());
    }

    void cleanup() { QVERIFY(m_backend->stop()); }

    void aChangedPolicyIsFetchedOnceAndVerified()
    {
        SyncRunner runner(config(), *m_clock);
        QVERIFY(runner.open());
        PolicyStore store(demoTrust(), m_dir->filePath(u"policy.json"_s), u"northwind"_s, s_clock);

        runner.runCycle();
        auto bundle = runner.takePolicyBundle();
        QVERIFY(bundle);
        QVERIFY(store.offer(*bundle).policy);
        QCOMPARE(store.current()->version, 7);
        QVERIFY(QFile::exists(m_dir->filePath(u"policy.json"_s))); // persisted

        m_clock->advance(2 * 3600'000);
        runner.runCycle(); // If-None-Match: 304, nothing new
        QCOMPARE(m_backend->requestCount(u"policy"_s), 2);
        QVERIFY(!runner.takePolicyBundle());
        QVERIFY(runner.status().online);

        // An older bundle (a rollback) and a tampered one (the signature no longer matches) are fetched
        // and refused; the policy in force stays.
        QJsonObject tampered = signedPolicy(8);
        QJsonObject policy = tampered[u"policy"_s].toObject();
        policy.insert(u"name"_s, u"tampered"_s);
        tampered.insert(u"policy"_s, policy);
        for (const QJsonObject &refused : { signedPolicy(6), tampered }) {
            publish(refused);
            m_clock->advance(2 * 3600'000);
            runner.runCycle();
            bundle = runner.takePolicyBundle();
            QVERIFY(bundle);
            QVERIFY(!store.offer(*bundle).policy);
            QCOMPARE(store.current()->version, 7);
        }

        PolicyStore restarted(demoTrust(), m_dir->filePath(u"policy.json"_s), u"northwind"_s, s_clock);
        QCOMPARE(restarted.loadActive().policy->version, 7); // the last good one survived
    }

    void kioskctlSyncKeepsOnlyAVerifiedPolicy()
    {
        QFile token(m_dir->filePath(u"token"_s));
        QVERIFY(token.open(QIODevice::WriteOnly));
        token.write(test::BackendProcess::tokenOf(u"kiosk-policy"_s).toLatin1());
        token.close();
        const QString configPath = m_dir->filePath(u"kiosk.json"_s);
        QFile config(configPath);
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(QJsonDocument(
            QJsonObject {
                { u"trustedPolicyKeys"_s, QString(ConfigDir + u"/demo/trusted-policy-keys.json"_s) },
                { u"sync"_s,
                    QJsonObject { { u"baseUrl"_s, m_backend->url(QString()) },
                        { u"caBundle"_s, test::BackendProcess::caFile() },
                        { u"deviceTokenFile"_s, u"token"_s }, { u"kioskId"_s, u"kiosk-policy"_s } } } })
                         .toJson());
        config.close();
        const QString dataDir = m_dir->filePath(u"data"_s);
        const auto syncOnce = [&](QByteArray *err) {
            QProcess kioskctl;
            kioskctl.start(QStringLiteral(KIOSKCTL_BIN),
                { u"sync"_s, u"--once"_s, u"--config"_s, configPath, u"--data-dir"_s, dataDir });
            kioskctl.waitForFinished(60'000);
            *err = kioskctl.readAllStandardError();
            return kioskctl.exitCode();
        };
        QVERIFY(QDir().mkpath(dataDir));
        QByteArray err;
        QCOMPARE(syncOnce(&err), 0);
        PolicyStore store(demoTrust(), dataDir + u"/policy.json"_s, u"northwind"_s, s_clock);
        QCOMPARE(store.loadActive().policy->version, 7);

        QJsonObject tampered = signedPolicy(8);
        tampered.insert(u"policy"_s, signedPolicy(9)[u"policy"_s]); // version 9 under version 8's signature
        publish(tampered);
        QCOMPARE(syncOnce(&err), 1);
        QVERIFY2(err.contains("policy from the backend refused"), err.constData());
        QCOMPARE(store.loadActive().policy->version, 7);
    }

    void heartbeatCommandsAreCarriedOut()
    {
        SyncRunner runner(config(), *m_clock);
        QVERIFY(runner.open());
        runner.runCycle(SyncRunner::Mode::Forced);
        QVERIFY(runner.takePolicyBundle());
        QCOMPARE(m_backend->requestCount(u"orders/changes"_s), 1);
        QCOMPARE(m_backend->requestCount(u"policy"_s), 1);

        for (const QString &type : { u"sync_now"_s, u"reload_policy"_s, u"out_of_service"_s })
            m_backend->admin(
                u"/v1/admin/commands"_s, { { u"kioskId"_s, u"kiosk-policy"_s }, { u"type"_s, type } });
        m_clock->advance(2 * 60'000); // the heartbeat is due, orders and policy are not
        runner.runCycle();
        QCOMPARE(m_backend->requestCount(u"orders/changes"_s), 2); // sync_now
        QCOMPARE(m_backend->requestCount(u"policy"_s), 2);
        QVERIFY(runner.takePolicyBundle()); // reload_policy: the unchanged bundle again, in full
        const QJsonArray handedOn = runner.takeCommands();
        QCOMPARE(handedOn.size(), 1);
        QCOMPARE(handedOn[0][u"type"_s].toString(), u"out_of_service"_s);

        m_clock->advance(2 * 60'000);
        runner.runCycle(); // each command is delivered once
        QCOMPARE(m_backend->requestCount(u"orders/changes"_s), 2);
        QVERIFY(runner.takeCommands().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSyncPolicy)
#include "tst_syncpolicy.moc"
