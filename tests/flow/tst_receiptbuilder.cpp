#include "ReceiptBuilder.h"
#include "printer/ReceiptRenderer.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace kiosk;

/// A recorded return becomes the receipt: titles from the order, amounts in the locale, totals
/// per resolution (with the store-credit bonus), the e-receipt link, and printable ESC/POS.
class ReceiptBuilderTest : public QObject
{
    Q_OBJECT

    Order m_order;
    ReturnRecord m_record;
    ReceiptBuilder m_builder { { u"Northwind Outfitters"_s, { u"Store 12"_s },
        QUrl(u"https://returns.example/r"_s), QTimeZone("America/Chicago") } };

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_order.id = u"RK-100001"_s;
        m_order.currency = u"USD"_s;
        m_order.lines = { { 1, u"NW-TEE"_s, {}, u"Organic cotton T-shirt"_s, {}, {}, 2499, 1 },
            { 2, u"NW-JNS"_s, {}, u"Slim fit jeans"_s, {}, {}, 6900, 1 } };
        m_record.id = u"4f2a91c3-0000-4000-8000-000000000001"_s;
        m_record.orderId = m_order.id;
        m_record.currency = u"USD"_s;
        m_record.createdAt = QDateTime(QDate(2026, 11, 20), QTime(21, 5), Qt::UTC);
        m_record.resolution = u"refund"_s;
        m_record.items
            = { { 1, u"NW-TEE"_s, 1, u"too_small"_s, 2499 }, { 2, u"NW-JNS"_s, 1, u"changed_mind"_s, 6900 } };
    }

    void refund()
    {
        const drivers::Receipt r = m_builder.build(m_record, m_order);
        QCOMPARE(r.retailer, u"Northwind Outfitters"_s);
        QCOMPARE(r.returnId, u"4F2A91C3"_s);
        QVERIFY2(r.dateTime.contains(u"3:05"_s), qPrintable(r.dateTime)); // 21:05 UTC in Chicago
        QCOMPARE(r.items.size(), 2);
        QCOMPARE(r.items.at(0).text, u"Organic cotton T-shirt"_s);
        QCOMPARE(r.items.at(1).amount, u"$69.00"_s);
        QCOMPARE(r.resolution, u"Refund to original payment"_s);
        QCOMPARE(r.totals.size(), 1);
        QCOMPARE(r.totals.at(0).amount, u"$93.99"_s);
        QCOMPARE(r.qrUrl, u"https://returns.example/r/4f2a91c3-0000-4000-8000-000000000001"_s);
        QVERIFY(drivers::ReceiptRenderer().escPos(r).contains("Refund total"));
    }

    void storeCreditShowsTheBonus()
    {
        ReturnRecord credit = m_record; // as recorded: each item's credit with its 10 % bonus
        credit.resolution = u"store_credit"_s;
        credit.items[0].refund = 2749;
        credit.items[0].bonus = 250;
        credit.items[1].refund = 7590;
        credit.items[1].bonus = 690;
        const drivers::Receipt r = m_builder.build(credit, m_order);
        QCOMPARE(r.resolution, u"Store credit"_s);
        QCOMPARE(r.items.at(0).amount, u"$24.99"_s);
        QCOMPARE(r.items.at(1).amount, u"$69.00"_s);
        QCOMPARE(r.totals.size(), 3);
        QCOMPARE(r.totals.at(0).amount, u"$93.99"_s);
        QCOMPARE(r.totals.at(1).amount, u"$9.40"_s);
        QCOMPARE(r.totals.at(2).text, u"Store credit total"_s);
        QCOMPARE(r.totals.at(2).amount, u"$103.39"_s); // what the record credits, counted once
    }

    /// An exchange says what the shopper takes instead, under the item it replaces.
    void exchangeNamesTheNewSizeOrColour()
    {
        Order order = m_order;
        order.lines[0].variants = { { u"NW-TEE-L"_s, u"L"_s, u"Blue"_s } };
        ReturnRecord exchange = m_record;
        exchange.resolution = u"exchange"_s;
        exchange.items = { { 1, u"NW-TEE"_s, 1, u"too_small"_s, 2499, u"NW-TEE-L"_s } };
        const drivers::Receipt r = m_builder.build(exchange, order);
        QCOMPARE(r.resolution, u"Exchange"_s);
        QCOMPARE(r.items.size(), 2);
        QCOMPARE(r.items.at(0).text, u"Organic cotton T-shirt"_s);
        QCOMPARE(r.items.at(1).text, u"  exchanged for Size L · Blue"_s);
        QCOMPARE(r.items.at(1).amount, QString());
        QCOMPARE(r.totals.at(0).text, u"Exchange value"_s);
        QVERIFY(drivers::ReceiptRenderer().escPos(r).contains("exchanged for Size L"));
    }

    void noQrWithoutAnEReceiptService()
    {
        ReceiptBuilder offline({ u"Northwind"_s, {}, QUrl(), QTimeZone::utc() });
        QVERIFY(offline.build(m_record, m_order).qrUrl.isEmpty());
    }
};

QTEST_GUILESS_MAIN(ReceiptBuilderTest)
#include "tst_receiptbuilder.moc"
