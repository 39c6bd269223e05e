#include "DemoKiosk.h"
#include "ReturnSession.h"
#include "sync/SyncEngine.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace kiosk;

/// The assembled kiosk against the real reference backend over TLS: an order number the kiosk's cache
/// lacks is fetched from the backend when the shopper submits the ZIP code, and opens as any other;
/// one the backend doesn't know either reads like a wrong ZIP code.
class OnlineLookupTest : public QObject
{
    Q_OBJECT

    /// The demo orders with RK-100009 (RK-100001's lines and ZIP code, no receipt) put first: order
    /// pages are read from an index, so a later pull of the kiosk never brings it.
    static bool writeOrdersWithNewOne(const QString &path)
    {
        QFile demo(QStringLiteral(KIOSK_SOURCE_DIR "/kiosk-config/demo/orders.json"));
        if (!demo.open(QIODevice::ReadOnly))
            return false;
        QJsonObject root = QJsonDocument::fromJson(demo.readAll()).object();
        QJsonArray orders = root.value(u"orders"_s).toArray();
        QJsonObject added = orders.at(0).toObject();
        added.insert(u"id"_s, u"RK-100009"_s);
        added.remove(u"receipt"_s);
        orders.prepend(added);
        root.insert(u"orders"_s, orders);
        QFile out(path);
        return out.open(QIODevice::WriteOnly) && out.write(QJsonDocument(root).toJson()) > 0;
    }

private Q_SLOTS:
    void orderOnlyAtTheBackendOpensAfterItsZipCode()
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
        // A whole first cycle (orders pulled, heartbeat sent) before the backend learns a new order.
        QTRY_VERIFY_WITH_TIMEOUT(backend.requestCount(u"heartbeat"_s) >= 1, 20000);

        backend.kill();
        const QString orders = dir.filePath(u"orders-with-new.json"_s);
        QVERIFY(writeOrdersWithNewOne(orders));
        QVERIFY(backend.start({ u"--listen"_s, u"127.0.0.1:%1"_s.arg(port), u"--orders"_s, orders }));
        QTRY_VERIFY_WITH_TIMEOUT(kiosk.sync()->status().online, 20000);
        QVERIFY(!kiosk.cache().findOrder(u"RK-100009"_s)); // only the backend has it

        ReturnSession &session = *kiosk.session();
        session.submitCode(u"RK-100077"_s); // nobody's order
        QTRY_COMPARE(session.screen(), Screen::Verify);
        QTRY_VERIFY(session.settled());
        session.submitVerifier(u"60614"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!session.lookingUp(), 15000);
        QCOMPARE(session.screen(), Screen::Verify);
        QVERIFY2(session.message().startsWith(u"That doesn't match order RK-100077"_s),
            qPrintable(session.message()));
        QCOMPARE(session.verification()->triesLeft(), 2);
        session.cancel();
        QTRY_COMPARE(session.screen(), Screen::Attract);

        session.submitCode(u"RK-100009"_s);
        QTRY_COMPARE(session.screen(), Screen::Verify);
        QTRY_VERIFY(session.settled());
        session.submitVerifier(u"60614"_s); // RK-100001's billing ZIP code
        QVERIFY(session.lookingUp());
        QTRY_COMPARE_WITH_TIMEOUT(session.screen(), Screen::Items, 15000);
        QCOMPARE(session.orderId(), u"RK-100009"_s);
        QCOMPARE(session.lines()->rowCount(), 3);
        QVERIFY(kiosk.cache().findOrder(u"RK-100009"_s)); // kept for the next time
        QCOMPARE(backend.requestCount(u"orders/get"_s), 2);
        QVERIFY(backend.stop());
    }
};

QTEST_MAIN(OnlineLookupTest)
#include "tst_onlinelookup.moc"
