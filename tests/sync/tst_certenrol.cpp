// First-boot enrolment against the real reference backend over TLS on loopback: an enrolment QR
// (RKENROL1:) names the backend, the one-time code and the backend's key pin; the kiosk makes its own
// key, sends a CSR, stores the certificate and the store configuration, and then syncs over mutual TLS.
// A reused code, a wrong pin, a garbled QR, a lost reply and a backend that is down each give a clear
// error and leave no enrolment behind (a retry after a lost reply is safe).
#include "BackendProcess.h"
#include "TestPki.h"

#include "Clock.h"
#include "codes/CodeParser.h"
#include "codes/EnrolmentQr.h"
#include "crypto/FileKeyStore.h"
#include "journal/Journal.h"
#include "provision/CertificateEnrolment.h"
#include "sync/HttpClient.h"
#include "sync/SyncRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;
using namespace kiosk;

namespace {

uint fileMode(const QString &path)
{
    struct stat info
    {
    };
    return stat(QFile::encodeName(path).constData(), &info) == 0 ? (info.st_mode & 0777) : 0;
}

} // namespace

class TestCertEnrol : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::BackendProcess> m_backend;
    TestPki m_pki;
    const QString m_code = codes::CodeParser::enrolmentCode(u"FIRSTBOOTAA");

    QString kioskDir(const QString &name) const
    {
        const QString path = m_dir->filePath(name);
        QDir().mkpath(path);
        return path;
    }

    QString qr(const QString &pin = {}, const QString &code = {}) const
    {
        return codes::EnrolmentQr { m_backend->url(QString()), code.isEmpty() ? m_code : code,
            pin.isEmpty() ? m_pki.serverPin() : pin, u"northwind"_s }
            .encode();
    }

    /// Parses @p text as the kiosk's scanner would hand it over and enrols the kiosk in @p dataDir.
    CertificateEnrolment::Result enrolFromScan(const QString &text, const QString &dataDir)
    {
        const codes::ScannedCode code
            = codes::CodeParser({ u"northwind"_s, {} }).parse(text, QDateTime::currentDateTimeUtc());
        if (!code.isValid())
            return { std::nullopt, code.reason };
        FileKeyStore keys(EnrolmentRecord::keyFile(dataDir));
        return CertificateEnrolment::enrol({ code.backendUrl, code.enrolmentCode, code.backendPin, {}, {},
                                               dataDir, std::chrono::seconds(5) },
            keys);
    }

    static void verifyNotEnrolled(const QString &dataDir)
    {
        QVERIFY(!EnrolmentRecord::exists(dataDir));
        QVERIFY(!QFile::exists(EnrolmentRecord::certificateFile(dataDir)));
        QVERIFY(!QFile::exists(EnrolmentRecord::policyKeysFile(dataDir)));
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_pki.isValid());
        m_dir = std::make_unique<QTemporaryDir>();
        m_backend = std::make_unique<test::BackendProcess>(m_dir->path(), QStringList());
        QVERIFY(m_backend->start(TestPki::enrollingBackendArgs(m_code)));
    }

    void cleanup() { QVERIFY(m_backend->stop()); }

    void enrolsFromTheQrThenSyncsOverMutualTls()
    {
        const QString data = kioskDir(u"kiosk"_s);
        const auto result = enrolFromScan(qr(), data);
        QVERIFY2(result.record, qPrintable(result.error));
        QVERIFY(result.record->kioskId.startsWith(u"kiosk-"_s)); // named by the backend from the key
        QCOMPARE(result.record->store.storeId, u"112"_s);
        QCOMPARE(result.record->store.timeZone.id(), QByteArray("America/Chicago"));
        QCOMPARE(result.record->store.languages, (QStringList { u"en"_s, u"es"_s, u"fr"_s }));
        QCOMPARE(fileMode(EnrolmentRecord::keyFile(data)), 0600u);
        const auto loaded = EnrolmentRecord::load(data);
        QVERIFY2(loaded.record, qPrintable(loaded.error));
        QCOMPARE(loaded.record->kioskId, result.record->kioskId);
        QCOMPARE(loaded.record->store.serviceDesk.value(u"es"_s).left(5), u"Lleve"_s);

        // From now on: the certificate, no token, over the pin alone (no CA bundle on a fresh kiosk).
        const SyncConfig config = loaded.record->syncConfig(data, {}, EnrolmentRecord::keyFile(data));
        QVERIFY(config.deviceToken.isEmpty());
        ManualClock clock(QDateTime::currentDateTimeUtc());
        SyncRunner runner(config, clock);
        QVERIFY2(runner.open(), qPrintable(runner.lastError()));
        runner.runCycle(SyncRunner::Mode::Forced); // orders, policy, heartbeat
        QVERIFY2(runner.status().online && runner.status().lastError.isEmpty(),
            qPrintable(runner.status().lastError));
        const QJsonArray fleet = m_backend->admin(u"/v1/admin/kiosks"_s).value("kiosks"_L1).toArray();
        QCOMPARE(fleet.size(), 1);
        QCOMPARE(fleet[0][u"kioskId"_s].toString(), result.record->kioskId);

        // Without the certificate the same request is refused.
        SyncConfig anonymous = config;
        anonymous.clientCertPath.clear();
        anonymous.clientKeyPath.clear();
        QCOMPARE(HttpClient(anonymous).perform(HttpRequest { "GET", "/v1/orders/changes", {} }).status, 401);

        // Enrolled: a second enrolment is refused before any request.
        const int requests = m_backend->requestCount(u"enrol"_s);
        const auto again = enrolFromScan(qr(), data);
        QVERIFY(!again.record);
        QVERIFY2(again.error.contains(u"already enrolled"_s), qPrintable(again.error));
        QCOMPARE(m_backend->requestCount(u"enrol"_s), requests);
    }

    void aReusedCodeIsRefusedAndNothingIsWritten()
    {
        QVERIFY(enrolFromScan(qr(), kioskDir(u"first"_s)).record);
        const QString second = kioskDir(u"second"_s);
        const auto result = enrolFromScan(qr(), second);
        QVERIFY(!result.record);
        QVERIFY2(result.error.contains(u"already used"_s), qPrintable(result.error));
        verifyNotEnrolled(second);
    }

    void anExpiredCodeIsRefusedAndNothingIsWritten()
    {
        QVERIFY(m_backend->stop());
        const QString late = codes::CodeParser::enrolmentCode(u"EXPIREDCODE");
        const QDateTime expiry = QDateTime::currentDateTimeUtc().addSecs(-60);
        QVERIFY(m_backend->start(TestPki::enrollingBackendArgs(late + u'@' + expiry.toString(Qt::ISODate))));
        const QString data = kioskDir(u"kiosk"_s);
        const auto result = enrolFromScan(qr({}, late), data);
        QVERIFY(!result.record);
        QCOMPARE(result.error,
            u"this enrolment code has expired. Ask for a new enrolment QR (enrolment_expired: the enrolment "
            u"code "
            "expired at %1)"_s.arg(expiry.toString(Qt::ISODate)));
        verifyNotEnrolled(data);
    }

    void aBackendWhoseKeyDoesNotMatchThePinIsRefused()
    {
        const QString data = kioskDir(u"kiosk"_s);
        const QString otherPin = u"sha256//"_s + QString::fromLatin1(QByteArray(32, 'x').toBase64());
        const auto result = enrolFromScan(qr(otherPin), data);
        QVERIFY(!result.record);
        QVERIFY2(result.error.contains(u"does not match the pin"_s), qPrintable(result.error));
        verifyNotEnrolled(data);
        QCOMPARE(m_backend->requestCount(u"enrol"_s), 0); // nothing reached the backend: the code still works
        QVERIFY(enrolFromScan(qr(), data).record);
    }

    void aGarbledOrForeignQrIsRefusedBeforeAnyRequest()
    {
        const QString data = kioskDir(u"kiosk"_s);
        const QString good = qr();
        for (const QString &text : { good.left(good.size() - 7), QString(u"RKENROL1:!!notbase64"_s),
                 QString(u"RKENROL1:"_s + QString::fromLatin1(QByteArray("[1,2]").toBase64())) }) {
            const auto result = enrolFromScan(text, data);
            QVERIFY(!result.record);
            QVERIFY2(result.error.contains(u"damaged"_s) || result.error.contains(u"enrolment QR"_s),
                qPrintable(result.error));
        }
        const QString foreign
            = codes::EnrolmentQr { m_backend->url(QString()), m_code, m_pki.serverPin(), u"contoso"_s }
                  .encode();
        const auto other = enrolFromScan(foreign, data);
        QVERIFY2(other.error.contains(u"contoso"_s), qPrintable(other.error));
        verifyNotEnrolled(data);
        QCOMPARE(m_backend->requestCount(u"enrol"_s), 0);
    }

    void aLostReplyIsSafeToRetry()
    {
        const QString data = kioskDir(u"kiosk"_s);
        m_backend->admin(u"/v1/admin/faults"_s,
            { { u"dropAfterCommit"_s, true }, { u"count"_s, 1 },
                { u"endpoints"_s, QJsonArray { u"enrol"_s } } });
        const auto lost = enrolFromScan(qr(), data);
        QVERIFY(!lost.record);
        QVERIFY2(lost.error.contains(u"cannot reach the backend"_s), qPrintable(lost.error));
        verifyNotEnrolled(data);
        // The backend used the code for this kiosk's key; asking again with the same key is answered.
        const auto retried = enrolFromScan(qr(), data);
        QVERIFY2(retried.record, qPrintable(retried.error));
    }

    void kioskctlProvisionEnrolsHeadless()
    {
        const QString data = kioskDir(u"headless"_s);
        const auto run = [&](const QStringList &args) {
            QProcess process;
            process.start(QStringLiteral(KIOSKCTL_BIN),
                QStringList { u"provision"_s, u"--json"_s, u"--data-dir"_s, data, u"--config"_s,
                    m_dir->filePath(u"none.json"_s) }
                    + args);
            process.waitForFinished(60'000);
            return std::pair { process.exitCode(),
                QByteArray(process.readAllStandardOutput() + process.readAllStandardError()) };
        };
        const auto [exitCode, output] = run({ u"--enrolment-qr"_s, qr() });
        QVERIFY2(exitCode == 0, output.constData());
        const QJsonObject report = QJsonDocument::fromJson(output).object();
        QVERIFY(report[u"enrolled"_s].toBool());
        QCOMPARE(report[u"store"_s][u"storeId"_s].toString(), u"112"_s);
        QVERIFY(EnrolmentRecord::exists(data));
        const auto [againCode, againOutput] = run({ u"--enrolment-qr"_s, qr() });
        QCOMPARE(againCode, 1);
        QVERIFY2(againOutput.contains("already enrolled"), againOutput.constData());
        QCOMPARE(run({ u"--code"_s, m_code }).first, 2); // a typed code needs --backend and --pin
    }

    // A retailer whose kiosks present certificates runs kiosk-conformance with one: the reference
    // backend, serving orders, must pass it on the certificate alone (no device token).
    void conformanceOverMutualTls()
    {
        QVERIFY(m_backend->stop());
        QVERIFY(m_backend->start(TestPki::enrollingBackendArgs(m_code)
            + QStringList { u"--orders"_s, QStringLiteral(KIOSK_SOURCE_DIR "/kiosk-config/demo/orders.json"),
                u"--generate-orders"_s, u"40"_s }));
        const QString data = kioskDir(u"kiosk"_s);
        const auto result = enrolFromScan(qr(), data);
        QVERIFY2(result.record, qPrintable(result.error));
        const auto runSuite = [&](const QString &kioskId) {
            QProcess suite;
            suite.setProcessChannelMode(QProcess::MergedChannels);
            suite.start(QStringLiteral(KIOSK_CONFORMANCE_BIN),
                { u"--base-url"_s, m_backend->url(QString()), u"--ca"_s, test::BackendProcess::caFile(),
                    u"--pin"_s, m_pki.serverPin(), u"--client-cert"_s, EnrolmentRecord::certificateFile(data),
                    u"--client-key"_s, EnrolmentRecord::keyFile(data), u"--kiosk-id"_s, kioskId });
            suite.waitForFinished(120'000);
            return std::pair { suite.exitCode(), suite.readAll() };
        };
        const auto [exitCode, output] = runSuite(result.record->kioskId);
        QVERIFY2(exitCode == 0, output.constData());
        QVERIFY(output.contains("ok   returns:batch: a valid return is accepted"));
        QVERIFY(output.contains("ok   orders/changes: paging under concurrent upserts: no order lost"));
        // The certificate is bound to its kiosk: acting as another one fails the suite.
        const auto [otherCode, otherOutput] = runSuite(u"kiosk-not-this-one"_s);
        QCOMPARE(otherCode, 1);
        QVERIFY2(otherOutput.contains("FAIL returns:batch: a valid return"), otherOutput.constData());
    }

    // A kiosk on its certificate pushes its returns like its heartbeat: on the connection it has, and on
    // a new one after the backend closed an idle one (its TLS session resumed).
    void returnsGoOverMutualTls()
    {
        QVERIFY(m_backend->stop());
        QVERIFY(m_backend->start(TestPki::enrollingBackendArgs(m_code)
            + QStringList {
                u"--orders"_s, QStringLiteral(KIOSK_SOURCE_DIR "/kiosk-config/demo/orders.json") }));
        const QString data = kioskDir(u"kiosk"_s);
        const auto result = enrolFromScan(qr(), data);
        QVERIFY2(result.record, qPrintable(result.error));
        SyncConfig config = result.record->syncConfig(data, {}, EnrolmentRecord::keyFile(data));
        config.journalPath = QDir(data).filePath(u"journal.db"_s);
        config.cachePath = QDir(data).filePath(u"cache.db"_s);
        ManualClock clock(QDateTime::currentDateTimeUtc());
        SyncRunner runner(config, clock);
        QVERIFY2(runner.open(), qPrintable(runner.lastError()));
        Journal journal;
        QVERIFY(journal.open(config.journalPath));
        runner.runCycle(SyncRunner::Mode::Forced); // orders, policy, heartbeat
        QVERIFY2(runner.status().lastError.isEmpty(), qPrintable(runner.status().lastError));

        const auto recordReturn = [&](int lineNo) {
            ReturnRecord record;
            record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            record.kioskId = result.record->kioskId;
            record.orderId = u"RK-100001"_s;
            record.createdAt = clock.now();
            record.resolution = u"refund"_s;
            record.currency = u"USD"_s;
            record.items.push_back({ lineNo, lineNo == 1 ? u"NW-TEE-BLU-M"_s : u"NW-JNS-32-32"_s, 1,
                u"changed_mind"_s, 1999, {} });
            QVERIFY(journal.recordReturn(record));
        };
        const auto pushed = [&](qint64 stored) {
            runner.runCycle(SyncRunner::Mode::Forced);
            QVERIFY2(runner.status().lastError.isEmpty(), qPrintable(runner.status().lastError));
            QCOMPARE(journal.outboxStats().pending, 0);
            QCOMPARE(runner.status().deadLetters, 0);
            QCOMPARE(m_backend->admin(u"/v1/admin/stats"_s).value("returnsStored"_L1).toInteger(), stored);
        };
        recordReturn(1);
        pushed(1);
        // Past the backend's keep-alive of 2 s: the next push opens a new connection.
        QTest::qWait(2500);
        recordReturn(2);
        pushed(2);
    }

    void aBackendThatIsDownLeavesNoEnrolment()
    {
        const QString text = qr();
        QVERIFY(m_backend->stop());
        const QString data = kioskDir(u"kiosk"_s);
        const auto result = enrolFromScan(text, data);
        QVERIFY(!result.record);
        QVERIFY2(result.error.contains(u"cannot reach the backend"_s), qPrintable(result.error));
        verifyNotEnrolled(data);
        QVERIFY(m_backend->start({ u"--enrolment-code"_s, m_code })); // for cleanup()
    }
};

QTEST_GUILESS_MAIN(TestCertEnrol)
#include "tst_certenrol.moc"
