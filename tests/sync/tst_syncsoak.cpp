// SIGKILL soak: a child kiosk process records returns and syncs them to the real backend while it
// is killed at random points, round after round. Afterwards every return the child reported as
// recorded is in the journal and at the backend, exactly once.
#include "BackendProcess.h"

#include "journal/Journal.h"
#include "store/Sqlite.h"

#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace kiosk;

class TestSyncSoak : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedAtRandomPointsLosesAndDuplicatesNothing()
    {
        QTemporaryDir dir;
        test::BackendProcess backend(dir.path());
        QVERIFY(backend.start());
        const QStringList childArgs { u"--url"_s, backend.url(QString()), u"--ca"_s,
            test::BackendProcess::caFile(), u"--token"_s, QString::fromLatin1(test::BackendProcess::Token),
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
};

QTEST_GUILESS_MAIN(TestSyncSoak)
#include "tst_syncsoak.moc"
