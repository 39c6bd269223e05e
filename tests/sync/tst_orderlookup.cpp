// The online order lookup against the real reference backend over TLS: a cache miss fetched with
// GET /v1/orders/{id} lands in the cache; unknown orders, bad ids, a failing or absent backend each
// get their own answer, and nothing is sent for an id that is not one.
#include "BackendProcess.h"

#include "cache/CacheStore.h"
#include "sync/HttpClient.h"
#include "sync/OrderLookup.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace kiosk;

class TestOrderLookup : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::BackendProcess> m_backend;

    SyncConfig config() const
    {
        SyncConfig config = m_backend->syncConfig(u"kiosk-lookup"_s);
        config.cachePath = m_dir->filePath(u"cache.db"_s);
        return config;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_backend = std::make_unique<test::BackendProcess>(m_dir->path(), QStringList { u"kiosk-lookup"_s });
        QVERIFY(m_backend->start({ u"--generate-orders"_s, u"5"_s, u"--seed"_s, u"9"_s }));
    }

    void cleanup() { m_backend->stop(); }

    void aCacheMissIsFetchedIntoTheCache()
    {
        OrderLookup lookup(config());
        QSignalSpy finished(&lookup, &OrderLookup::finished);
        lookup.lookup(u"RK-1000003"_s);
        QVERIFY(finished.wait(30'000));
        QCOMPARE(finished.at(0).at(0).toString(), u"RK-1000003"_s);
        QCOMPARE(finished.at(0).at(1).value<OrderLookup::Outcome>(), OrderLookup::Outcome::Found);

        CacheStore cache;
        QVERIFY(cache.open(config().cachePath));
        const auto order = cache.findOrder(u"RK-1000003"_s);
        QVERIFY(order);
        QVERIFY(!order->lines.empty());
        QCOMPARE(cache.orderCount(), 1);

        lookup.lookup(u"RK-7777777"_s); // the same connection, the next lookup
        QVERIFY(finished.wait(30'000));
        QCOMPARE(finished.at(1).at(1).value<OrderLookup::Outcome>(), OrderLookup::Outcome::NotFound);
        QCOMPARE(cache.orderCount(), 1);
    }

    void badIdsAndFailuresAreUnavailable()
    {
        HttpClient http(config());
        for (const QString &id : { u"RK-1/../admin"_s, QString(), QString(65, u'1') }) {
            const auto result = OrderLookup::find(http, nullptr, id);
            QCOMPARE(result.outcome, OrderLookup::Outcome::Unavailable);
            QVERIFY(result.error.startsWith(u"not an order id"_s));
        }
        QCOMPARE(m_backend->requestCount(u"orders/get"_s), 0); // refused before any request

        m_backend->admin(u"/v1/admin/faults"_s,
            { { u"status"_s, 503 }, { u"retryAfter"_s, 5 }, { u"count"_s, 1 },
                { u"endpoints"_s, QJsonArray { u"orders/get"_s } } });
        auto result = OrderLookup::find(http, nullptr, u"RK-1000001"_s);
        QCOMPARE(result.outcome, OrderLookup::Outcome::Unavailable);
        QVERIFY2(result.error.startsWith(u"HTTP 503"_s), qPrintable(result.error));

        m_backend->admin(u"/v1/admin/faults"_s,
            { { u"wrongContentType"_s, true }, { u"count"_s, 1 },
                { u"endpoints"_s, QJsonArray { u"orders/get"_s } } });
        result = OrderLookup::find(http, nullptr, u"RK-1000001"_s);
        QCOMPARE(result.outcome, OrderLookup::Outcome::Unavailable);

        QVERIFY(m_backend->stop());
        result = OrderLookup::find(http, nullptr, u"RK-1000001"_s);
        QCOMPARE(result.outcome, OrderLookup::Outcome::Unavailable);
        QVERIFY(!result.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOrderLookup)
#include "tst_orderlookup.moc"
