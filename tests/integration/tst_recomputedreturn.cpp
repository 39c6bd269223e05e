#include "DemoKiosk.h"
#include "SyncQueue.h"
#include "journal/Journal.h"
#include "store/Sqlite.h"
#include "sync/SyncEngine.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;
using namespace kiosk;

/// The assembled kiosk against a backend that recomputes every return under the policy version it
/// names: a return whose amounts are not the policy's (changed after the kiosk recorded it) is refused
/// for good, nothing of it stored at the backend, and it waits on the sync page's dead letters with the
/// backend's reason for a colleague to settle.
class RecomputedReturnTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aReturnPricedOtherwiseWaitsForStaffWithTheBackendsReason()
    {
        QTemporaryDir dir;
        test::BackendProcess backend(dir.path(), { test::DemoKioskId });
        QVERIFY(backend.start(
            { u"--orders"_s, QStringLiteral(KIOSK_SOURCE_DIR "/kiosk-config/demo/orders.json"), u"--policy"_s,
                QStringLiteral(KIOSK_SOURCE_DIR "/kiosk-config/policies/apparel.policy.json") }));
        KioskApplication kiosk(test::demoKioskOptions(dir.path(), backend.port()));
        QString error;
        QVERIFY2(kiosk.initialise(&error), qPrintable(error));
        QVERIFY(kiosk.sync());
        QTRY_VERIFY_WITH_TIMEOUT(kiosk.sync()->status().online, 10000);

        // The T-shirt of RK-100001 sold for $24.99; the journal says $2,499.00.
        ReturnRecord record;
        record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        record.kioskId = test::DemoKioskId;
        record.orderId = u"RK-100001"_s;
        record.createdAt = QDateTime(QDate(2026, 11, 20), QTime(15, 0), Qt::UTC);
        record.resolution = u"refund"_s;
        record.currency = u"USD"_s;
        record.policyId = u"northwind-apparel"_s;
        record.policyVersion = 5;
        record.items.push_back({ 1, u"NW-TEE-BLU-M"_s, 1, u"changed_mind"_s, 249900, {} });
        QVERIFY(kiosk.journal().recordReturn(record));
        kiosk.sync()->syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(!kiosk.journal().deadLetters(10).empty(), 20000);

        const Journal::DeadLetter letter = kiosk.journal().deadLetters(10).front();
        QCOMPARE(letter.refId, record.id);
        QVERIFY2(letter.reason.startsWith(u"amount_mismatch: items[0] of order RK-100001 under policy "
                                          "northwind-apparel version 5: 1 unit(s) of line 1 (changed_mind, "
                                          "refund) recorded as refund 249900"_s),
            qPrintable(letter.reason));
        QVERIFY2(letter.reason.contains(u"the policy gives refund 2499"_s), qPrintable(letter.reason));
        // What the sync page lists: the reason as the backend gave it.
        kiosk.syncQueue()->refresh();
        QCOMPARE(kiosk.syncQueue()->deadLetters().size(), 1);
        QCOMPARE(
            kiosk.syncQueue()->deadLetters().front().toMap().value(u"reason"_s).toString(), letter.reason);
        QCOMPARE(kiosk.journal().outboxStats().pending, 0);

        sql::Database db;
        QVERIFY(db.open(backend.dbPath(), sql::Database::Mode::ReadOnly));
        QCOMPARE(db.scalar("SELECT count(*) FROM returns").value_or(-1), 0);
        QVERIFY(backend.stop());
    }
};

QTEST_MAIN(RecomputedReturnTest)
#include "tst_recomputedreturn.moc"
