#include "DemoKiosk.h"
#include "ReturnSession.h"
#include "store/Sqlite.h"
#include "sync/SyncEngine.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace kiosk;

/// The whole kiosk (composition root, journal, sync engine) against the real reference backend over
/// TLS: a return made while the backend is dead is kept, and delivered exactly once when it is back.
class OfflineReturnTest : public QObject
{
    Q_OBJECT

    static qint64 returnsAtBackend(const QString &dbPath)
    {
        sql::Database db;
        if (!db.open(dbPath, sql::Database::Mode::ReadOnly))
            return -1;
        return db.scalar("SELECT count(*) FROM returns").value_or(-1);
    }

private Q_SLOTS:
    void returnMadeWhileBackendIsDeadIsDeliveredOnceAfterRestart()
    {
        QTemporaryDir dir;
        test::BackendProcess backend(dir.path(), { test::DemoKioskId });
        QVERIFY(backend.start(
            { u"--orders"_s, QStringLiteral(KIOSK_SOURCE_DIR "/kiosk-config/demo/orders.json") }));
        const int port = backend.port();

        KioskApplication kiosk(test::demoKioskOptions(dir.path(), port));
        QString error;
        QVERIFY2(kiosk.initialise(&error), qPrintable(error));
        QVERIFY(kiosk.sync());
        QTRY_VERIFY_WITH_TIMEOUT(kiosk.sync()->status().online, 10000);

        backend.kill();

        ReturnSession &session = *kiosk.session();
        session.submitCode(u"RK-100001"_s);
        QTRY_COMPARE(session.screen(), Screen::Verify);
        QTRY_VERIFY(session.settled());
        session.submitVerifier(u"60614"_s); // the order's billing ZIP code
        QTRY_COMPARE(session.screen(), Screen::Items);
        session.setSelected(1, true);
        QTRY_VERIFY(session.settled()); // taps as fast as a shopper, no faster
        session.confirmItems();
        QTRY_COMPARE(session.screen(), Screen::Reasons);
        QTRY_VERIFY(session.settled());
        session.chooseReason(u"changed_mind"_s);
        QTRY_COMPARE(session.screen(), Screen::Questions);
        QTRY_VERIFY(session.settled());
        session.answerQuestion(true);
        QTRY_COMPARE(session.screen(), Screen::Resolution);
        QTRY_VERIFY(session.settled());
        session.chooseResolution(u"refund"_s);
        QTRY_COMPARE(session.screen(), Screen::Review); // nothing recorded before the shopper confirms
        QTRY_VERIFY(session.settled());
        session.confirmReview();
        QTRY_VERIFY(session.awaitingTag());
        session.submitCode(u"00012345678905"_s); // the T-shirt's tag
        QTRY_COMPARE_WITH_TIMEOUT(session.screen(), Screen::Done, 5000);
        const QString returnId = session.returnId();
        QTRY_VERIFY_WITH_TIMEOUT(!kiosk.sync()->status().online, 10000);
        QCOMPARE(kiosk.journal().outboxStats().pending, 1);
        QVERIFY(kiosk.journal().findReturn(returnId));

        QVERIFY(backend.start({ u"--listen"_s, u"127.0.0.1:%1"_s.arg(port) }));
        QCOMPARE(backend.port(), port);
        kiosk.sync()->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(kiosk.journal().outboxStats().pending, 0, 20000);
        QCOMPARE(returnsAtBackend(backend.dbPath()), 1);

        // A second forced round changes nothing at the backend.
        kiosk.sync()->syncNow();
        QTest::qWait(500);
        QCOMPARE(returnsAtBackend(backend.dbPath()), 1);
        QVERIFY(backend.stop());
    }
};

QTEST_MAIN(OfflineReturnTest)
#include "tst_offlinereturn.moc"
