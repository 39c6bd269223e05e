// kioskctl reset, re-enrolment and the signed export of unsynced work, against the real reference
// backend: refused while journal.db holds unsynced returns or events (exit 9, naming how many; --force is
// no way around it), --export writes them signed first, `returns import` stores each return exactly once
// (a second import and returns sync already delivered store nothing new), and a tampered, truncated or
// foreign-signed file is refused with nothing stored. A read-only data directory resets nothing.
#include "BackendProcess.h"

#include "codes/CodeParser.h"
#include "journal/Journal.h"

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
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using namespace kiosk;

class TestKioskctlReset : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::BackendProcess> m_backend;

    /// The one-time code the backend accepts ("ENROL-XXXX-XXXX-XXXX" with its check character).
    static QString enrolmentCode() { return codes::CodeParser::enrolmentCode(u"KIOSKRESETA"); }

    QString dataDir() const { return m_dir->filePath(u"data"_s); }
    QString journalPath() const { return dataDir() + u"/journal.db"_s; }
    QString tokenPath() const { return m_dir->filePath(u"device-token"_s); }
    QString exportPath() const { return m_dir->filePath(u"unsynced.json"_s); }

    Run kioskctl(const QStringList &args)
    {
        QProcess process;
        process.start(QStringLiteral(KIOSKCTL_BIN),
            args
                + QStringList {
                    u"--config"_s, m_dir->filePath(u"kiosk.json"_s), u"--data-dir"_s, dataDir() });
        if (!process.waitForFinished(60'000))
            return {};
        return { process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError() };
    }

    Run import(const QString &file)
    {
        return kioskctl({ u"returns"_s, u"import"_s, file, u"--backend"_s, m_backend->url(QString()),
            u"--admin-token-file"_s, m_dir->filePath(u"admin-token"_s), u"--ca"_s,
            test::BackendProcess::caFile() });
    }

    static void writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

    /// The kiosk's device token file holds @p kioskId's token (the config always says K-A).
    void signAs(const QString &kioskId)
    {
        writeFile(tokenPath(), test::BackendProcess::tokenOf(kioskId).toLatin1());
    }

    void recordReturns(int count)
    {
        Journal journal;
        QVERIFY(journal.open(journalPath()));
        for (int i = 0; i < count; ++i) {
            ReturnRecord record;
            record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            record.kioskId = u"K-A"_s;
            record.orderId = u"RK-%1"_s.arg(2000000 + i);
            record.createdAt = QDateTime::currentDateTimeUtc();
            record.resolution = u"refund"_s;
            record.currency = u"USD"_s;
            record.items.push_back({ 1, u"SKU-1"_s, 1, u"too_small"_s, 1999, {} });
            QVERIFY2(journal.recordReturn(record), qPrintable(journal.lastError()));
        }
    }

    void recordEvent()
    {
        Journal journal;
        QVERIFY(journal.open(journalPath()));
        QVERIFY(journal.recordEvent(QUuid::createUuid().toString(QUuid::WithoutBraces), u"bin_emptied"_s,
            { { u"binId"_s, u"B1"_s } }, QDateTime::currentDateTimeUtc()));
    }

    qint64 stored(const QString &what) { return m_backend->admin(u"/v1/admin/stats"_s)[what].toInteger(); }

    /// Immutable for root (chattr +i), read-only by mode otherwise; false when neither stops this user.
    static bool makeReadOnly(const QString &dir, bool readOnly)
    {
        if (::geteuid() == 0)
            return QProcess::execute(u"chattr"_s, { readOnly ? u"+i"_s : u"-i"_s, dir }) == 0;
        return QFile::setPermissions(
            dir, QFile::ReadOwner | QFile::ExeOwner | (readOnly ? QFile::Permissions() : QFile::WriteOwner));
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(QDir().mkpath(dataDir()));
        m_backend = std::make_unique<test::BackendProcess>(m_dir->path(), QStringList { u"K-A"_s, u"K-B"_s });
        QVERIFY(m_backend->start({ u"--enrolment-code"_s, enrolmentCode() }));
        writeFile(m_dir->filePath(u"kiosk.json"_s),
            QJsonDocument(QJsonObject { { u"sync"_s,
                              QJsonObject { { u"baseUrl"_s, m_backend->url(QString()) },
                                  { u"caBundle"_s, test::BackendProcess::caFile() },
                                  { u"deviceTokenFile"_s, tokenPath() }, { u"kioskId"_s, u"K-A"_s } } } })
                .toJson());
        writeFile(m_dir->filePath(u"admin-token"_s), test::BackendProcess::AdminToken);
        signAs(u"K-A"_s);
    }

    void cleanup()
    {
        makeReadOnly(dataDir(), false);
        QVERIFY(m_backend->stop());
    }

    void resetAndReEnrolmentRefuseWhileWorkIsUnsynced()
    {
        recordReturns(2);
        recordEvent();
        for (const QStringList &args : { QStringList { u"reset"_s },
                 QStringList { u"enrol"_s, u"--again"_s, u"--code"_s, u"ENROL-KIOS-KRES-ETAX"_s } }) {
            const Run refused = kioskctl(args);
            QCOMPARE(refused.exitCode, 9);
            QVERIFY2(
                refused.err.contains("2 unsynced returns and 1 unsynced event"), refused.err.constData());
            QVERIFY2(refused.err.contains("--export FILE"), refused.err.constData());
        }
        QCOMPARE(kioskctl({ u"reset"_s, u"--force"_s }).exitCode, 2); // no way around it
        QVERIFY(QFile::exists(journalPath()));
        QVERIFY(QFile::exists(tokenPath()));
        QCOMPARE(m_backend->requestCount(u"enrol"_s), 0);

        const Run pending = kioskctl({ u"returns"_s, u"list"_s, u"--pending"_s, u"--json"_s });
        QCOMPARE(pending.exitCode, 0);
        const QJsonArray returns = QJsonDocument::fromJson(pending.out).object()[u"returns"_s].toArray();
        QCOMPARE(returns.size(), 2);
        QCOMPARE(returns[0][u"state"_s].toString(), u"pending"_s);
        QCOMPARE(returns[0][u"refundTotal"_s].toInt(), 1999);
    }

    void exportResetImportStoresEachReturnOnce()
    {
        // Two returns reach the backend by sync after they were exported, two more only by the file.
        recordReturns(2);
        QCOMPARE(kioskctl({ u"returns"_s, u"export"_s, exportPath() }).exitCode, 0);
        const QString earlyExport = m_dir->filePath(u"early.json"_s);
        QVERIFY(QFile::rename(exportPath(), earlyExport));
        const Run sync = kioskctl({ u"sync"_s, u"--once"_s });
        QVERIFY2(sync.exitCode == 0, sync.err.constData());
        QCOMPARE(stored(u"returnsStored"_s), 2);
        recordReturns(2);
        recordEvent();
        const Run listed = kioskctl({ u"returns"_s, u"list"_s });
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(listed.out.count("delivered"), 2);
        QCOMPARE(listed.out.count("pending"), 2);
        const QString hardwareChoice = QDir(dataDir()).filePath(u"hardware.json"_s);
        writeFile(hardwareChoice, R"({"profile": "counter-v1"})");

        const Run reset = kioskctl({ u"reset"_s, u"--export"_s, exportPath() });
        QVERIFY2(reset.exitCode == 0, reset.err.constData());
        QVERIFY(reset.out.contains("exported 2 returns and 1 events"));
        QVERIFY(!QFile::exists(journalPath()));
        QVERIFY(!QFile::exists(hardwareChoice)); // the next technician chooses the hardware anew
        QVERIFY(!QFile::exists(tokenPath()));
        struct stat info
        {
        };
        QCOMPARE(::stat(QFile::encodeName(exportPath()).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, 0600u);

        Run imported = import(exportPath());
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        QVERIFY2(imported.out.contains("2 returns stored, 0 already stored"), imported.out.constData());
        QCOMPARE(stored(u"returnsStored"_s), 4);
        QCOMPARE(stored(u"eventsStored"_s), 1);
        // The same file again, and the early file whose returns sync delivered: nothing new, said so.
        for (const QString &file : { exportPath(), earlyExport }) {
            imported = import(file);
            QVERIFY2(imported.exitCode == 0, imported.err.constData());
            QVERIFY2(imported.out.contains("nothing new"), imported.out.constData());
            QVERIFY2(imported.out.contains("0 returns stored, 2 already stored"), imported.out.constData());
        }
        QCOMPARE(stored(u"returnsStored"_s), 4);
        QCOMPARE(stored(u"eventsStored"_s), 1);
    }

    void badExportsAreRefusedAndStoreNothing()
    {
        recordReturns(1);
        QCOMPARE(kioskctl({ u"returns"_s, u"export"_s, exportPath() }).exitCode, 0);
        QFile file(exportPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray good = file.readAll();

        // One byte changed: the refund 1999 becomes 9999.
        QByteArray tampered = good;
        const qsizetype at = tampered.indexOf("1999");
        QVERIFY(at > 0);
        tampered[at] = '9';
        writeFile(m_dir->filePath(u"tampered.json"_s), tampered);
        Run refused = import(m_dir->filePath(u"tampered.json"_s));
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("export_signature_invalid"), refused.err.constData());
        QVERIFY2(refused.err.contains("does not match any key of kiosk"), refused.err.constData());
        QVERIFY2(refused.err.contains("nothing was stored"), refused.err.constData());

        writeFile(m_dir->filePath(u"truncated.json"_s), good.left(good.size() / 2));
        refused = import(m_dir->filePath(u"truncated.json"_s));
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("export_invalid"), refused.err.constData());
        QVERIFY2(refused.err.contains("not complete JSON"), refused.err.constData());

        // Kiosk B's key on a file that says it is kiosk A's.
        signAs(u"K-B"_s);
        QCOMPARE(kioskctl({ u"returns"_s, u"export"_s, m_dir->filePath(u"foreign.json"_s) }).exitCode, 0);
        refused = import(m_dir->filePath(u"foreign.json"_s));
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("does not match any key of kiosk \"K-A\""), refused.err.constData());

        QCOMPARE(stored(u"returnsStored"_s), 0);
        QCOMPARE(stored(u"eventsStored"_s), 0);
    }

    void readOnlyDataDirectoryResetsNothing()
    {
        recordReturns(0); // an empty journal: nothing unsynced
        if (!makeReadOnly(dataDir(), true))
            QSKIP("cannot make a directory read-only for this user");
        const Run refused = kioskctl({ u"reset"_s });
        makeReadOnly(dataDir(), false);
        QCOMPARE(refused.exitCode, 4);
        QVERIFY2(refused.err.contains("is read-only"), refused.err.constData());
        QVERIFY2(refused.err.contains("nothing was removed"), refused.err.constData());
        QVERIFY(QFile::exists(journalPath()));
        QVERIFY(QFile::exists(tokenPath()));
    }

    void reEnrolmentReplacesTheTokenWhenNothingIsUnsynced()
    {
        recordReturns(0);
        const QString enrolment = enrolmentCode();
        const Run without = kioskctl({ u"enrol"_s, u"--code"_s, enrolment });
        QCOMPARE(without.exitCode, 1);
        QVERIFY2(without.err.contains("already enrolled"), without.err.constData());
        const Run again = kioskctl({ u"enrol"_s, u"--again"_s, u"--code"_s, enrolment });
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QFile token(tokenPath());
        QVERIFY(token.open(QIODevice::ReadOnly));
        QVERIFY(token.readAll().trimmed() != test::BackendProcess::tokenOf(u"K-A"_s).toLatin1());
    }

    void reEnrolmentWithExportKeepsTheUnsyncedReturnsInTheFile()
    {
        recordReturns(1);
        const Run again = kioskctl(
            { u"enrol"_s, u"--again"_s, u"--export"_s, exportPath(), u"--code"_s, enrolmentCode() });
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QVERIFY2(again.out.contains("exported 1 returns and 0 events"), again.out.constData());
        // Signed with the token it had when it wrote the file: the backend takes it.
        const Run imported = import(exportPath());
        QVERIFY2(imported.out.contains("1 returns stored"), imported.err.constData());
        QFile token(tokenPath());
        QVERIFY(token.open(QIODevice::ReadOnly));
        QVERIFY(token.readAll().trimmed() != test::BackendProcess::tokenOf(u"K-A"_s).toLatin1());
    }
};

QTEST_GUILESS_MAIN(TestKioskctlReset)
#include "tst_kioskctlreset.moc"
