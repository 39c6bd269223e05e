#include "DemoKiosk.h"
#include "ReturnLinesModel.h"
#include "ReturnSession.h"
#include "store/Sqlite.h"
#include "sync/SyncEngine.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace kiosk;

/// The issue "Never the same refund twice" as the shoppers met it: the whole kiosk with sync on
/// against the real reference backend over TLS. A shopper types the order and its ZIP code and returns
/// the jeans; the return is delivered and the updated order pulled; the next shoppers who type the
/// same order find the jeans already returned, and the backend holds one return.
class ReturnedOnceKioskTest : public QObject
{
    Q_OBJECT

    static qint64 returnsAtBackend(const QString &dbPath)
    {
        sql::Database db;
        if (!db.open(dbPath, sql::Database::Mode::ReadOnly))
            return -1;
        return db.scalar("SELECT count(*) FROM returns").value_or(-1);
    }

    /// The items list's answer for a line: eligible or not; nullopt when the line is not listed.
    static std::optional<bool> eligible(ReturnSession &session, int lineNo)
    {
        QAbstractItemModel *lines = session.lines();
        for (int row = 0; row < lines->rowCount(); ++row) {
            const QModelIndex index = lines->index(row, 0);
            if (index.data(ReturnLinesModel::LineNoRole).toInt() == lineNo)
                return index.data(ReturnLinesModel::EligibleRole).toBool();
        }
        return std::nullopt;
    }

    /// Types the order number and its ZIP code, as the shoppers in the issue did.
    static void openOrder(ReturnSession &session)
    {
        session.submitCode(u"RK-100001"_s);
        QTRY_COMPARE(session.screenName(), u"verify"_s);
        QTRY_VERIFY(session.settled());
        session.submitVerifier(u"60614"_s); // the order's billing ZIP code
        QTRY_COMPARE(session.screenName(), u"items"_s);
        QTRY_VERIFY(session.settled());
    }

private Q_SLOTS:
    void jeansReturnedOnceAreRefusedToTheNextShoppers()
    {
        QTemporaryDir dir;
        test::BackendProcess backend(dir.path(), { test::DemoKioskId });
        // The backend publishes the kiosk's policy and recomputes the journey's return under it.
        QVERIFY(backend.start(
            { u"--orders"_s, QStringLiteral(KIOSK_SOURCE_DIR "/kiosk-config/demo/orders.json"), u"--policy"_s,
                QStringLiteral(KIOSK_SOURCE_DIR "/kiosk-config/policies/apparel.policy.json") }));

        KioskApplication kiosk(test::demoKioskOptions(dir.path(), backend.port()));
        QString error;
        QVERIFY2(kiosk.initialise(&error), qPrintable(error));
        QVERIFY(kiosk.sync());
        QTRY_VERIFY_WITH_TIMEOUT(kiosk.sync()->status().online, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(kiosk.sync()->status().lastOrderPull.isValid(), 10000);

        ReturnSession &session = *kiosk.session();
        openOrder(session);
        QCOMPARE(eligible(session, 2), std::optional<bool>(true));
        session.setSelected(2, true);
        QTRY_VERIFY(session.settled());
        QCOMPARE(session.selectedCount(), 1);
        session.confirmItems();
        QTRY_COMPARE(session.screenName(), u"reasons"_s);
        QTRY_VERIFY(session.settled());
        session.chooseReason(u"changed_mind"_s);
        QTRY_VERIFY(session.screenName() == u"questions"_s || session.screenName() == u"resolution"_s);
        QTRY_VERIFY(session.settled());
        if (session.screenName() == u"questions"_s) {
            session.answerQuestion(true);
            QTRY_COMPARE(session.screenName(), u"resolution"_s);
            QTRY_VERIFY(session.settled());
        }
        session.chooseResolution(u"refund"_s);
        QTRY_COMPARE(session.screen(), Screen::Review); // nothing recorded before the shopper confirms
        QTRY_VERIFY(session.settled());
        session.confirmReview();
        QTRY_VERIFY(session.awaitingTag());
        session.submitCode(u"00012345678912"_s); // the jeans' tag
        QTRY_COMPARE_WITH_TIMEOUT(session.screenName(), u"done"_s, 5000);
        const QString returnId = session.returnId();
        QVERIFY(!returnId.isEmpty());
        session.finish();
        QTRY_COMPARE(session.screenName(), u"attract"_s);

        // The recorded return triggers a sync: delivered, then the order comes back counting it.
        QTRY_COMPARE_WITH_TIMEOUT(kiosk.journal().outboxStats().pending, 0, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(kiosk.cache().countedReturns(u"RK-100001"_s).contains(returnId), 20000);
        QCOMPARE(kiosk.cache().findOrder(u"RK-100001"_s)->line(2)->quantityReturned, 1);

        for (int shopper = 2; shopper <= 3; ++shopper) {
            // Another pull first: it moves the cache's sync time past the return again.
            const QDateTime pulledBefore = kiosk.sync()->status().lastOrderPull;
            QTest::qWait(20);
            kiosk.sync()->syncNow();
            QTRY_VERIFY_WITH_TIMEOUT(kiosk.sync()->status().lastOrderPull > pulledBefore, 20000);
            openOrder(session);
            QCOMPARE(eligible(session, 2), std::optional<bool>(false));
            QCOMPARE(eligible(session, 1), std::optional<bool>(true)); // the T-shirt is still there
            session.setSelected(2, true);
            QTRY_VERIFY(session.settled());
            QCOMPARE(session.selectedCount(), 0);
            session.cancel();
            QTRY_COMPARE(session.screenName(), u"attract"_s);
        }
        QCOMPARE(kiosk.journal().returnCount(), 1);
        QCOMPARE(returnsAtBackend(backend.dbPath()), 1);
        QVERIFY(backend.stop());
    }
};

QTEST_MAIN(ReturnedOnceKioskTest)
#include "tst_returnedoncekiosk.moc"
