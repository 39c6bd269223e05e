// Backoff arithmetic and the strict parsers for the backend's replies.
// (moc 6.4 misreads raw strings with unbalanced quotes: those samples are plain strings.)
#include "sync/Backoff.h"
#include "sync/SyncProtocol.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace kiosk;
using namespace std::chrono_literals;

class TestSyncProtocol : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backoffCeilingDoublesUpToTheCap()
    {
        const Backoff backoff(2s, 60s, [] { return 0.0; });
        QCOMPARE(backoff.ceiling(0), 2000ms);
        QCOMPARE(backoff.ceiling(1), 4000ms);
        QCOMPARE(backoff.ceiling(4), 32000ms);
        QCOMPARE(backoff.ceiling(5), 60000ms);
        QCOMPARE(backoff.ceiling(1000), 60000ms);
        QCOMPARE(backoff.ceiling(-3), 2000ms);
    }

    void backoffFullJitterSpansZeroToCeiling()
    {
        double r = 0.0;
        const Backoff backoff(2s, 60s, [&r] { return r; });
        r = 0.0;
        QCOMPARE(backoff.delay(3), 0ms);
        r = 0.5;
        QCOMPARE(backoff.delay(3), 8000ms);
        r = 0.999999;
        QCOMPARE(backoff.delay(3), 15999ms);
        QCOMPARE(backoff.delay(50), 59999ms);

        const Backoff real(2s, 60s, Backoff::systemRandom());
        std::chrono::milliseconds smallest = 1h, largest = 0ms;
        for (int i = 0; i < 2000; ++i) {
            const auto delay = real.delay(10);
            QVERIFY(delay >= 0ms && delay <= 60s);
            smallest = std::min(smallest, delay);
            largest = std::max(largest, delay);
        }
        // Full jitter: the draws cover (almost) the whole range, not just its top.
        QVERIFY(smallest < 6s);
        QVERIFY(largest > 54s);
    }

    void retryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("seconds"); // -1: unparsable
        QTest::newRow("seconds") << QByteArray("120") << 120;
        QTest::newRow("zero") << QByteArray(" 0 ") << 0;
        QTest::newRow("date") << QByteArray("Mon, 02 Nov 2026 09:01:30 GMT") << 90;
        QTest::newRow("past date") << QByteArray("Mon, 02 Nov 2026 08:00:00 GMT") << 0;
        QTest::newRow("negative") << QByteArray("-5") << -1;
        QTest::newRow("garbage") << QByteArray("soon") << -1;
        QTest::newRow("empty") << QByteArray("") << -1;
        QTest::newRow("non-GMT date") << QByteArray("Mon, 02 Nov 2026 09:01:30 CET") << -1;
    }

    void retryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(int, seconds);
        const QDateTime now({ 2026, 11, 2 }, { 9, 0 }, Qt::UTC);
        const auto parsed = SyncProtocol::parseRetryAfter(value, now);
        if (seconds < 0) {
            QVERIFY(!parsed);
        } else {
            QVERIFY(parsed);
            QCOMPARE(parsed->count(), seconds);
        }
    }

    void batchReply_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("valid");
        QTest::newRow("ok") << QByteArray(R"({"results":[{"id":"a","status":"accepted"},)"
                                          R"({"id":"b","status":"duplicate","reason":null},)"
                                          R"({"id":"c","status":"rejected","reason":"order_not_found"}]})")
                            << true;
        QTest::newRow("empty results") << QByteArray(R"({"results":[]})") << true;
        QTest::newRow("truncated") << QByteArray("{\"results\":[{\"id\":\"a\",\"stat") << false;
        QTest::newRow("trailing garbage") << QByteArray(R"({"results":[]} x)") << false;
        QTest::newRow("array") << QByteArray(R"([])") << false;
        QTest::newRow("no results") << QByteArray(R"({"result":[]})") << false;
        QTest::newRow("unknown status") << QByteArray(R"({"results":[{"id":"a","status":"ok"}]})") << false;
        QTest::newRow("numeric id") << QByteArray(R"({"results":[{"id":7,"status":"accepted"}]})") << false;
        QTest::newRow("rejected without reason")
            << QByteArray(R"({"results":[{"id":"a","status":"rejected"}]})") << false;
        QTest::newRow("huge id") << ("{\"results\":[{\"id\":\"" + QByteArray(500, 'x')
            + "\",\"status\":\"accepted\"}]}")
                                 << false;
        QTest::newRow("empty") << QByteArray() << false;
    }

    void batchReply()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, valid);
        const auto parsed = SyncProtocol::parseItemResults(body);
        QCOMPARE(bool(parsed.value), valid);
        QCOMPARE(parsed.error.isEmpty(), valid);
        if (body.startsWith(R"({"results":[{"id":"a","status":"accepted"})")) {
            QCOMPARE(parsed.value->size(), 3u);
            QCOMPARE(parsed.value->at(2).status, SyncProtocol::ItemStatus::Rejected);
            QCOMPARE(parsed.value->at(2).reason, u"order_not_found"_s);
            QCOMPARE(parsed.value->at(1).status, SyncProtocol::ItemStatus::Duplicate);
        }
    }

    void changesPage_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("valid");
        QTest::newRow("empty page") << QByteArray(
            R"({"orders":[],"deleted":["RK-1"],"nextCursor":"c2","hasMore":false})")
                                    << true;
        QTest::newRow("missing cursor")
            << QByteArray(R"({"orders":[],"deleted":[],"hasMore":false})") << false;
        QTest::newRow("hasMore string")
            << QByteArray(R"({"orders":[],"deleted":[],"nextCursor":"c","hasMore":"no"})") << false;
        QTest::newRow("deleted number")
            << QByteArray(R"({"orders":[],"deleted":[1],"nextCursor":"c","hasMore":false})") << false;
        QTest::newRow("order not object")
            << QByteArray(R"({"orders":[1],"deleted":[],"nextCursor":"c","hasMore":false})") << false;
    }

    void changesPage()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, valid);
        QCOMPARE(bool(SyncProtocol::parseChangesPage(body).value), valid);
    }

    /// A page breaking the contract anywhere fails whole, saying where.
    void changesPageViolationNamesItsPath_data()
    {
        QTest::addColumn<QByteArray>("orders");
        QTest::addColumn<int>("limit");
        QTest::addColumn<QString>("error");
        const QByteArray line = R"({"lineNo":1,"sku":"S","title":"T","category":"books","unitPrice":999,)"
                                R"("quantity":1})";
        const QByteArray good
            = R"({"id":"RK-1","currency":"USD","placedAt":"2026-10-01T10:00:00Z","lines":[)" + line + "]}";
        QTest::newRow("missing field")
            << "[" + good + R"(,{"id":"RK-2","placedAt":"2026-10-01T10:00:00Z","lines":[)" + line + "]}]" << 0
            << u"orders[1] RK-2: currency: missing"_s;
        QByteArray wrongType = good;
        wrongType.replace(R"("quantity":1)", R"("quantity":"1")");
        QTest::newRow("wrong type") << "[" + wrongType + "]" << 0
                                    << u"orders[0] RK-1: lines[0].quantity: not a number"_s;
        QByteArray many = "[";
        for (int i = 0; i < 50; ++i)
            many += (i ? "," : "") + good;
        QTest::newRow("more orders than asked for")
            << many + "]" << 5 << u"orders: 50 orders in a page of at most 5 asked for"_s;
        QTest::newRow("as many as asked for") << many + "]" << 50 << QString();
    }

    void changesPageViolationNamesItsPath()
    {
        QFETCH(QByteArray, orders);
        QFETCH(int, limit);
        QFETCH(QString, error);
        const auto page = SyncProtocol::parseChangesPage(
            R"({"deleted":[],"nextCursor":"c","hasMore":false,"orders":)" + orders + "}", limit);
        QCOMPARE(page.error, error);
        QCOMPARE(bool(page.value), error.isEmpty());
    }

    /// Each order's "returnIds" travel with the page, keyed by the order; orders without carry none.
    void changesPageKeepsCountedReturns()
    {
        const QByteArray line
            = R"("lines":[{"lineNo":1,"sku":"S","title":"T","category":"books","unitPrice":999,)"
              R"("quantity":1,"quantityReturned":1}])";
        const QByteArray body
            = R"({"orders":[{"id":"RK-1","currency":"USD","placedAt":"2026-10-01T10:00:00Z",)" + line
            + R"(,"returnIds":["R-1","R-2"]},{"id":"RK-2","currency":"USD",)"
            + R"("placedAt":"2026-10-01T10:00:00Z",)" + line
            + R"(}],"deleted":[],"nextCursor":"c","hasMore":false})";
        const auto page = SyncProtocol::parseChangesPage(body);
        QVERIFY2(page.value, qPrintable(page.error));
        QCOMPARE(page.value->orders.size(), std::size_t(2));
        QCOMPARE(page.value->countedReturns.value(u"RK-1"_s), (QStringList { u"R-1"_s, u"R-2"_s }));
        QVERIFY(!page.value->countedReturns.contains(u"RK-2"_s));
    }

    void contentType()
    {
        QVERIFY(SyncProtocol::isJsonContentType("application/json"));
        QVERIFY(SyncProtocol::isJsonContentType("Application/JSON; charset=utf-8"));
        QVERIFY(!SyncProtocol::isJsonContentType("text/html"));
        QVERIFY(!SyncProtocol::isJsonContentType("application/jsonx"));
        QVERIFY(!SyncProtocol::isJsonContentType(""));
    }

    void batchBody()
    {
        QCOMPARE(SyncProtocol::batchBody("returns", { R"({"id":"a"})", R"({"id":"b"})" }),
            QByteArray(R"({"returns":[{"id":"a"},{"id":"b"}]})"));
    }

    void enrolReply_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error");
        QTest::newRow("ok") << QByteArray(R"({"kioskId":"k-7","deviceToken":"abc_DEF-123"})") << QString();
        QTest::newRow("space in token")
            << QByteArray(R"({"kioskId":"k-7","deviceToken":"abc def"})") << u"header"_s;
        QTest::newRow("newline in token")
            << QByteArray(R"({"kioskId":"k-7","deviceToken":"abc\r\nX: y"})") << u"header"_s;
        QTest::newRow("non-ASCII token")
            << QByteArray(R"({"kioskId":"k-7","deviceToken":"t\u00e9"})") << u"header"_s;
        QTest::newRow("empty token") << QByteArray(R"({"kioskId":"k-7","deviceToken":""})")
                                     << u"deviceToken"_s;
        QTest::newRow("no kiosk id") << QByteArray(R"({"deviceToken":"t"})") << u"kioskId"_s;
        QTest::newRow("not JSON") << QByteArray("<html>") << u"malformed JSON"_s;
    }

    void enrolReply()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        const auto parsed = SyncProtocol::parseEnrolReply(body);
        QCOMPARE(bool(parsed.value), error.isEmpty());
        QVERIFY2(parsed.error.contains(error), qPrintable(parsed.error));
        if (parsed.value)
            QCOMPARE(parsed.value->deviceToken, u"abc_DEF-123"_s);
    }

    void orderReplyMustBeTheOrderAskedFor()
    {
        const QByteArray order
            = R"({"id":"RK-2","currency":"USD","customerRef":"c","placedAt":"2026-10-01T10:00:00Z",)"
              R"("lines":[{"lineNo":1,"sku":"S","title":"T","category":"books","unitPrice":999,)"
              R"("quantity":1}]})";
        QVERIFY(SyncProtocol::parseOrderReply(order, u"RK-2"_s).value);
        QStringList counted { u"stale"_s };
        QVERIFY(SyncProtocol::parseOrderReply(order, u"RK-2"_s, &counted).value);
        QVERIFY(counted.isEmpty()); // no "returnIds": the figures count none of this kiosk's returns
        QByteArray withIds = order;
        withIds.replace(R"("id":"RK-2",)", R"("id":"RK-2","returnIds":["R-1"],)");
        QVERIFY(SyncProtocol::parseOrderReply(withIds, u"RK-2"_s, &counted).value);
        QCOMPARE(counted, QStringList { u"R-1"_s });
        const auto other = SyncProtocol::parseOrderReply(order, u"RK-1"_s);
        QVERIFY(!other.value);
        QVERIFY2(other.error.contains(u"asked for order RK-1"_s), qPrintable(other.error));
        const auto invalid = SyncProtocol::parseOrderReply(R"({"id":"RK-2"})", u"RK-2"_s);
        QVERIFY(!invalid.value);
        QVERIFY(invalid.error.startsWith(u"invalid order"_s));
    }
};

QTEST_GUILESS_MAIN(TestSyncProtocol)
#include "tst_syncprotocol.moc"
