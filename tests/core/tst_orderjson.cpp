#include "cache/OrderJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace kiosk;

namespace {
QJsonObject validOrder()
{
    return QJsonDocument::fromJson(R"({"id":"RK-1","currency":"USD","customerRef":"C1","loyaltyTier":"gold",
        "verifier":{"salt":"a1b2","hash":"0000000000000000000000000000000000000000000000000000000000000000"},
        "placedAt":"2026-11-01T10:00:00Z","deliveredAt":"2026-11-03T10:00:00-05:00","paymentMethods":["card"],
        "lines":[{"lineNo":1,"sku":"S","gtin":"00012345678905","title":"T","category":"apparel",
        "attributes":{"size":"M"},"unitPrice":2499,"quantity":2,"quantityReturned":1,
        "variants":[{"sku":"S-L","size":"L","colour":"Blue"}]}],
        "receipt":{"store":42,"register":3,"transaction":4217,"date":"2026-11-01"}})")
        .object();
}
} // namespace

/// Pins strict order parsing: every malformed field is rejected with its path, good orders round-trip.
class OrderJsonTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesAndRoundTrips()
    {
        const auto parsed = OrderJson::fromJson(validOrder());
        QVERIFY2(parsed.order, qPrintable(parsed.error));
        QCOMPARE(parsed.order->deliveredAt, QDateTime(QDate(2026, 11, 3), QTime(15, 0), Qt::UTC));
        QCOMPARE(parsed.order->lines.front().returnableQuantity(), 1);
        QCOMPARE(parsed.order->lines.front().attributes.value(u"size"_s), u"M"_s);
        const auto again = OrderJson::fromJson(OrderJson::toJson(*parsed.order));
        QVERIFY(again.order);
        QCOMPARE(again.order->deliveredAt, parsed.order->deliveredAt);
        QCOMPARE(again.order->verifierHash, parsed.order->verifierHash);
        const ReceiptKey receipt { 42, 3, 4217, QDate(2026, 11, 1) };
        QCOMPARE(parsed.order->receipt, receipt);
        QCOMPARE(again.order->receipt, receipt);
        const OrderLineVariant variant { u"S-L"_s, u"L"_s, u"Blue"_s };
        QCOMPARE(again.order->lines.front().variants, std::vector { variant });
    }

    void rejectsBadFields_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("error");
        QTest::newRow("missing id") << u"id"_s << QJsonValue(QJsonValue::Undefined) << u"id: missing"_s;
        QTest::newRow("bad currency") << u"currency"_s << QJsonValue(u"US"_s) << u"currency"_s;
        QTest::newRow("local time") << u"placedAt"_s << QJsonValue(u"2026-11-01T10:00:00"_s) << u"placedAt"_s;
        QTest::newRow("garbage time") << u"placedAt"_s << QJsonValue(u"yesterday"_s) << u"placedAt"_s;
        // Found by fuzz_orderjson: a non-digit in the year was read as the year 1 BC, which the cache then
        // wrote back as an empty time and could not read again.
        QTest::newRow("non-digit year") << u"placedAt"_s << QJsonValue(u"2x26-08-01T12:00:00Z"_s)
                                        << u"placedAt: not an ISO 8601 time with offset"_s;
        QTest::newRow("NUL in the year") << u"placedAt"_s << QJsonValue(u"2\u000026-08-01T12:00:00Z"_s)
                                         << u"placedAt: not an ISO 8601 time with offset"_s;
        QTest::newRow("negative price")
            << u"lines.unitPrice"_s << QJsonValue(-1) << u"lines[0].unitPrice: negative"_s;
        QTest::newRow("overflowing price") << u"lines.unitPrice"_s << QJsonValue(1e300) << u"out of range"_s;
        QTest::newRow("fractional qty") << u"lines.quantity"_s << QJsonValue(1.5) << u"whole number"_s;
        QTest::newRow("negative qty") << u"lines.quantity"_s << QJsonValue(-2) << u"negative"_s;
        QTest::newRow("zero qty") << u"lines.quantity"_s << QJsonValue(0) << u"zero"_s;
        QTest::newRow("returned > qty") << u"lines.quantityReturned"_s << QJsonValue(5) << u"more than"_s;
        QTest::newRow("missing category")
            << u"lines.category"_s << QJsonValue(QJsonValue::Undefined) << u"category"_s;
        QTest::newRow("string price") << u"lines.unitPrice"_s << QJsonValue(u"12"_s) << u"not a number"_s;
        QTest::newRow("no lines") << u"lines"_s << QJsonValue(QJsonArray()) << u"lines"_s;
        QTest::newRow("bad hash") << u"verifier"_s
                                  << QJsonValue(
                                         QJsonObject { { u"salt"_s, u"zz"_s }, { u"hash"_s, u"00"_s } })
                                  << u"verifier.salt"_s;
        const auto receipt = [](const char16_t *key, const QJsonValue &value) {
            QJsonObject r { { u"store"_s, 42 }, { u"register"_s, 3 }, { u"transaction"_s, 4217 },
                { u"date"_s, u"2026-11-01"_s } };
            r.insert(QString::fromUtf16(key), value);
            return QJsonValue(r);
        };
        QTest::newRow("receipt not object") << u"receipt"_s << QJsonValue(7) << u"receipt: not an object"_s;
        QTest::newRow("receipt store too big")
            << u"receipt"_s << receipt(u"store", 10000) << u"receipt.store: out of range"_s;
        QTest::newRow("receipt store zero")
            << u"receipt"_s << receipt(u"store", 0) << u"receipt.store: zero"_s;
        QTest::newRow("receipt bad date")
            << u"receipt"_s << receipt(u"date", u"2026-13-01"_s) << u"receipt.date: not a date"_s;
        QTest::newRow("receipt no transaction")
            << u"receipt"_s << receipt(u"transaction", QJsonValue()) << u"receipt.transaction: missing"_s;
        QTest::newRow("variants not array")
            << u"lines.variants"_s << QJsonValue(u"L"_s) << u"lines[0].variants: not an array"_s;
        QTest::newRow("variant without sku")
            << u"lines.variants"_s << QJsonValue(QJsonArray { QJsonObject { { u"size"_s, u"L"_s } } })
            << u"lines[0].variants[0].sku: missing"_s;
        QTest::newRow("variant is the line")
            << u"lines.variants"_s << QJsonValue(QJsonArray { QJsonObject { { u"sku"_s, u"S"_s } } })
            << u"the line's own sku"_s;
        QTest::newRow("image on another host")
            << u"lines.imageUrl"_s << QJsonValue(u"https://cdn.example.com/t.png"_s)
            << u"lines[0].imageUrl: not a path on the backend nor a file: URL"_s;
        QTest::newRow("image scheme-relative")
            << u"lines.imageUrl"_s << QJsonValue(u"//cdn.example.com/t.png"_s)
            << u"lines[0].imageUrl: not a path"_s;
        QTest::newRow("image relative path")
            << u"lines.imageUrl"_s << QJsonValue(u"images/t.png"_s) << u"lines[0].imageUrl: not a path"_s;
        QTest::newRow("image not a string")
            << u"lines.imageUrl"_s << QJsonValue(7) << u"lines[0].imageUrl: not a string"_s;
        QTest::newRow("returnIds not array")
            << u"returnIds"_s << QJsonValue(u"R-1"_s) << u"returnIds: not an array"_s;
        QTest::newRow("returnIds number")
            << u"returnIds"_s << QJsonValue(QJsonArray { u"R-1"_s, 7 }) << u"returnIds[1]: not a return id"_s;
        QTest::newRow("returnIds empty id")
            << u"returnIds"_s << QJsonValue(QJsonArray { u""_s }) << u"returnIds[0]: not a return id"_s;
    }

    /// A line's picture: a path on the backend or a file on the kiosk, kept as given; none is none.
    void imageUrlRoundTrips()
    {
        QCOMPARE(OrderJson::fromJson(validOrder()).order->lines.front().imageUrl, QString());
        for (const QString &url : { u"/v1/images/S.png"_s, u"file:///usr/share/returns-kiosk/S.png"_s }) {
            QJsonObject order = validOrder();
            QJsonArray lines = order.value(u"lines"_s).toArray();
            QJsonObject line = lines.at(0).toObject();
            line.insert(u"imageUrl"_s, url);
            lines[0] = line;
            order.insert(u"lines"_s, lines);
            const auto parsed = OrderJson::fromJson(order);
            QVERIFY2(parsed.order, qPrintable(parsed.error));
            QCOMPARE(parsed.order->lines.front().imageUrl, url);
            QCOMPARE(
                OrderJson::fromJson(OrderJson::toJson(*parsed.order)).order->lines.front().imageUrl, url);
        }
        QVERIFY(!OrderJson::toJson(*OrderJson::fromJson(validOrder()).order)
                     .value(u"lines"_s)
                     .toArray()
                     .at(0)
                     .toObject()
                     .contains(u"imageUrl"_s));
    }

    /// "returnIds" names the returns the figures count; absent means none.
    void countedReturnsRoundTrip()
    {
        QCOMPARE(OrderJson::fromJson(validOrder()).countedReturns, QStringList());
        QJsonObject order = validOrder();
        order.insert(u"returnIds"_s, QJsonArray { u"5b0c1d2e-0000-4000-8000-000000000001"_s, u"R-2"_s });
        const auto parsed = OrderJson::fromJson(order);
        QVERIFY2(parsed.order, qPrintable(parsed.error));
        const QStringList ids { u"5b0c1d2e-0000-4000-8000-000000000001"_s, u"R-2"_s };
        QCOMPARE(parsed.countedReturns, ids);
        QCOMPARE(OrderJson::fromJson(OrderJson::toJson(*parsed.order, ids)).countedReturns, ids);
        QVERIFY(!OrderJson::toJson(*parsed.order).contains(u"returnIds"_s));
    }

    void rejectsBadFields()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, error);
        QJsonObject order = validOrder();
        if (path.startsWith(u"lines."_s)) {
            QJsonArray lines = order.value(u"lines"_s).toArray();
            QJsonObject line = lines.at(0).toObject();
            const QString key = path.mid(6);
            if (value.isUndefined())
                line.remove(key);
            else
                line.insert(key, value);
            lines[0] = line;
            order.insert(u"lines"_s, lines);
        } else {
            if (value.isUndefined())
                order.remove(path);
            else
                order.insert(path, value);
        }
        const auto parsed = OrderJson::fromJson(order);
        QVERIFY(!parsed.order);
        QVERIFY2(parsed.error.contains(error), qPrintable(parsed.error));
    }
};

QTEST_GUILESS_MAIN(OrderJsonTest)
#include "tst_orderjson.moc"
