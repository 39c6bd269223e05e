// Enrolment against the real reference backend over TLS: `kioskctl enrol` turns a technician's
// one-time code into a device token (file mode 0600) that every later request carries; used, unknown
// and mistyped codes are refused, and requests without a valid token get 401 with an error body.
#include "BackendProcess.h"

#include "Clock.h"
#include "codes/CodeParser.h"
#include "sync/HttpClient.h"
#include "sync/SyncConfigJson.h"
#include "sync/SyncRunner.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;
using namespace kiosk;

class TestSyncEnrol : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::BackendProcess> m_backend;
    const QString m_code = codes::CodeParser::enrolmentCode(u"KIOSKTESTAA");

    QString configPath() const { return m_dir->filePath(u"kiosk.json"_s); }
    QString tokenPath() const { return m_dir->filePath(u"device-token"_s); }

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run kioskctl(const QStringList &args)
    {
        QProcess process;
        process.start(QStringLiteral(KIOSKCTL_BIN),
            args + QStringList { u"--config"_s, configPath(), u"--data-dir"_s, m_dir->path() });
        if (!process.waitForFinished(60'000))
            return {};
        return { process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError() };
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_backend = std::make_unique<test::BackendProcess>(m_dir->path(), QStringList());
        QVERIFY(m_backend->start({ u"--enrolment-code"_s, m_code }));
        QFile config(configPath());
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(QJsonDocument(
            QJsonObject { { u"sync"_s,
                QJsonObject { { u"baseUrl"_s, m_backend->url(QString()) },
                    { u"caBundle"_s, test::BackendProcess::caFile() },
                    { u"deviceTokenFile"_s, u"device-token"_s }, { u"kioskId"_s, u"kiosk-7"_s } } } })
                         .toJson());
    }

    void cleanup() { QVERIFY(m_backend->stop()); }

    void enrolsOnceAndTheTokenOpensTheApi()
    {
        // Typed the way technicians do: lower case, without dashes.
        const Run run = kioskctl({ u"enrol"_s, u"--json"_s, u"--code"_s, m_code.toLower().remove(u'-') });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(QJsonDocument::fromJson(run.out).object()[u"kioskId"_s].toString(), u"kiosk-7"_s);
        struct stat info
        {
        };
        QCOMPARE(stat(QFile::encodeName(tokenPath()).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, 0600u);

        const auto loaded = SyncConfigJson::fromFile(configPath(), m_dir->path());
        QVERIFY2(loaded.config, qPrintable(loaded.error));
        QVERIFY(!loaded.config->deviceToken.isEmpty());
        ManualClock clock(QDateTime::currentDateTimeUtc());
        SyncRunner runner(*loaded.config, clock);
        QVERIFY(runner.open());
        runner.runCycle(SyncRunner::Mode::Forced); // orders, then the heartbeat, with the new token
        QVERIFY2(runner.status().online && runner.status().lastError.isEmpty(),
            qPrintable(runner.status().lastError));

        // Enrolled: a second enrolment is refused locally, before any request.
        const Run again = kioskctl({ u"enrol"_s, u"--code"_s, m_code });
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains("already enrolled"), again.err.constData());
        QCOMPARE(m_backend->requestCount(u"enrol"_s), 1);

        // The code is used up: without the token file the backend refuses it.
        QVERIFY(QFile::remove(tokenPath()));
        const Run reused = kioskctl({ u"enrol"_s, u"--code"_s, m_code });
        QCOMPARE(reused.exitCode, 1);
        QVERIFY2(reused.err.contains("HTTP 403 (enrolment_refused"), reused.err.constData());
        QVERIFY(!QFile::exists(tokenPath()));
    }

    void refusesUnknownAndMistypedCodes()
    {
        const Run unknown
            = kioskctl({ u"enrol"_s, u"--code"_s, codes::CodeParser::enrolmentCode(u"OTHERKIOSKA") });
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains("enrolment_refused"), unknown.err.constData());
        QCOMPARE(m_backend->requestCount(u"enrol"_s), 1);

        QString mistyped = m_code;
        mistyped[6] = mistyped[6] == u'A' ? u'B' : u'A';
        const Run typo = kioskctl({ u"enrol"_s, u"--code"_s, mistyped });
        QCOMPARE(typo.exitCode, 1);
        QVERIFY2(typo.err.contains("check character"), typo.err.constData());
        QCOMPARE(m_backend->requestCount(u"enrol"_s), 1); // refused before sending
        QVERIFY(!QFile::exists(tokenPath()));
        QCOMPARE(kioskctl({ u"enrol"_s }).exitCode, 2);
    }

    void requestsWithoutAValidTokenGet401WithAnErrorBody()
    {
        for (const QString &token : { QString(), u"not-a-token"_s }) {
            SyncConfig config = m_backend->syncConfig({});
            config.deviceToken = token;
            HttpClient client(config);
            const HttpResponse response = client.perform(HttpRequest { "GET", "/v1/orders/changes", {} });
            QCOMPARE(response.status, 401);
            const QJsonObject error = QJsonDocument::fromJson(response.body).object()[u"error"_s].toObject();
            QCOMPARE(error[u"code"_s].toString(), u"unauthorized"_s);
            QVERIFY(!error[u"message"_s].toString().isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestSyncEnrol)
#include "tst_syncenrol.moc"
