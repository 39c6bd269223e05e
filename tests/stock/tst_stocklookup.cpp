#include "BackendProcess.h"
#include "stock/FixedStockLookup.h"
#include "stock/HttpsStockLookup.h"
#include "sync/HttpClient.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace kiosk;
using Levels = QMap<QString, int>; // sku -> units

/// Pins the exchange's stock look-up: answers from the real reference backend over TLS, "unknown"
/// (never "out of stock") for every failure, strict parsing, and answers that always come queued.
class StockLookupTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::BackendProcess> m_backend;

    SyncConfig config(const QString &token = test::BackendProcess::tokenOf(u"kiosk-stock"_s)) const
    {
        SyncConfig config = m_backend->syncConfig(u"kiosk-stock"_s);
        config.deviceToken = token;
        return config;
    }

    static Levels ask(StockLookup &stock, const QStringList &skus)
    {
        QSignalSpy answered(&stock, &StockLookup::answered);
        stock.request(7, skus);
        if (!answered.wait(15000))
            return { { u"no answer"_s, -1 } };
        if (answered.first().at(0).toInt() != 7)
            return { { u"wrong request id"_s, -1 } };
        return answered.first().at(1).value<Levels>();
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_backend = std::make_unique<test::BackendProcess>(m_dir->path(), QStringList { u"kiosk-stock"_s });
        QVERIFY(m_backend->start());
    }

    void cleanup() { QVERIFY(m_backend->stop()); }

    void answersFromTheBackend()
    {
        HttpsStockLookup stock(config());
        QElapsedTimer timer;
        timer.start();
        QSignalSpy answered(&stock, &StockLookup::answered);
        stock.request(1, { u"NW-TEE-BLU-L"_s, u"NW-TEE-BLU-S"_s, u"NW-CAP-BLK"_s });
        QVERIFY(timer.elapsed() < 50); // the request runs on the look-up's thread
        QCOMPARE(answered.count(), 0);
        QVERIFY(answered.wait(15000));
        const auto available = answered.first().at(1).value<Levels>();
        // The reference backend's stock is fixed per sku (tools/reference-backend/StockCatalog).
        const Levels expected { { u"NW-TEE-BLU-L"_s, 3 }, { u"NW-TEE-BLU-S"_s, 5 }, { u"NW-CAP-BLK"_s, 0 } };
        QCOMPARE(available, expected);
    }

    void wrongTokenIsUnknown()
    {
        HttpsStockLookup stock(config(u"not-the-token"_s));
        QCOMPARE(ask(stock, { u"NW-TEE-BLU-L"_s }), Levels());
    }

    void unreachableBackendIsUnknown()
    {
        SyncConfig unreachable = config();
        unreachable.baseUrl = u"https://127.0.0.1:1"_s; // nothing listens there: connection refused
        HttpsStockLookup stock(unreachable);
        QCOMPARE(ask(stock, { u"NW-TEE-BLU-L"_s }), Levels());
    }

    void backendRefusesBadRequests()
    {
        HttpClient client(config());
        QStringList many;
        for (int i = 0; i < 21; ++i)
            many.append(u"SKU-%1"_s.arg(i));
        QCOMPARE(
            client.perform(HttpRequest { "GET", "/v1/stock?sku=" + many.join(u',').toLatin1(), {} }).status,
            400);
        QCOMPARE(client.perform(HttpRequest { "GET", "/v1/stock?sku=", {} }).status, 400);
        QCOMPARE(
            client.perform(HttpRequest { "GET", "/v1/stock?sku=" + QByteArray(65, 'A'), {} }).status, 400);
        // The kiosk never asks for more than it may: the 21st sku is left out of the request.
        QCOMPARE(HttpsStockLookup::path(many).count("%2C"), StockLookup::MaxSkus - 1);
    }

    void pathEncodesSkus()
    {
        QCOMPARE(
            HttpsStockLookup::path({ u"A B"_s, u"C,D"_s, u"É"_s }), "/v1/stock?sku=A%20B%2CC%2CD%2C%C3%89");
    }

    void parseDropsWhatIsNotWellFormed()
    {
        const QByteArray body = R"({"stock":[{"sku":"OK","available":2},{"sku":"NEG","available":-1},
            {"sku":"HALF","available":1.5},{"available":3},{"sku":"STR","available":"4"},
            {"sku":"HUGE","available":1e12},{"sku":"ZERO","available":0}]})";
        const Levels expected { { u"OK"_s, 2 }, { u"ZERO"_s, 0 } };
        QCOMPARE(HttpsStockLookup::parse(body), expected);
        QCOMPARE(HttpsStockLookup::parse("not json"), Levels());
        QCOMPARE(HttpsStockLookup::parse(R"({"stock":{"sku":"OK"}})"), Levels());
    }

    void fixedAnswersQueuedWithWhatItKnows()
    {
        FixedStockLookup stock;
        stock.setAvailable(u"A"_s, 2);
        QSignalSpy answered(&stock, &StockLookup::answered);
        stock.request(3, { u"A"_s, u"B"_s });
        QCOMPARE(answered.count(), 0);
        QVERIFY(answered.wait(1000));
        QCOMPARE(answered.first().at(0).toInt(), 3);
        const Levels expected { { u"A"_s, 2 } };
        QCOMPARE(answered.first().at(1).value<Levels>(), expected);
    }
};

QTEST_GUILESS_MAIN(StockLookupTest)
#include "tst_stocklookup.moc"
