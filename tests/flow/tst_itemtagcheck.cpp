#include "ItemTagCheck.h"
#include "codes/CodeParser.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace kiosk;

/// The tag scanned at the chute against the line being dropped off, with real codes through the
/// real CodeParser: the right product, another line of the order, a stranger, and non-tags.
class ItemTagCheckTest : public QObject
{
    Q_OBJECT

    Order m_order;
    codes::CodeParser m_parser { codes::CodeParser::Config {} };

    codes::ScannedCode scan(const QString &text) const
    {
        return m_parser.parse(text, QDateTime(QDate(2026, 11, 20), QTime(15, 0), Qt::UTC));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_order.id = u"RK-100001"_s;
        m_order.lines
            = { { 1, u"NW-TEE"_s, u"00012345678905"_s, u"Organic cotton T-shirt"_s, {}, {}, 2499, 1 },
                  { 2, u"NW-JNS"_s, u"00012345678912"_s, u"Slim fit jeans"_s, {}, {}, 6900, 1 },
                  { 3, u"NW-X"_s, QString(), u"Gift card"_s, {}, {}, 1000, 1 } };
    }

    void outcomes_data()
    {
        QTest::addColumn<QString>("scanned");
        QTest::addColumn<int>("line");
        QTest::addColumn<ItemTagCheck::Outcome>("outcome");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("UPC-A of the T-shirt")
            << u"012345678905"_s << 0 << ItemTagCheck::Outcome::Match << QString();
        QTest::newRow("EAN-13 of the T-shirt")
            << u"0012345678905"_s << 0 << ItemTagCheck::Outcome::Match << QString();
        QTest::newRow("jeans tag at the T-shirt")
            << u"012345678912"_s << 0 << ItemTagCheck::Outcome::OtherLineOfOrder << u"Slim fit jeans"_s;
        QTest::newRow("a stranger's product")
            << u"4006381333931"_s << 1 << ItemTagCheck::Outcome::NotInOrder << u"Slim fit jeans"_s;
        QTest::newRow("bad check digit")
            << u"012345678906"_s << 0 << ItemTagCheck::Outcome::NotAProductTag << u"Organic cotton T-shirt"_s;
        QTest::newRow("an order number")
            << u"RK-100001"_s << 0 << ItemTagCheck::Outcome::NotAProductTag << u"Organic cotton T-shirt"_s;
        QTest::newRow("line without GTIN")
            << u"012345678905"_s << 2 << ItemTagCheck::Outcome::LineHasNoGtin << u"colleague"_s;
    }
    void outcomes()
    {
        QFETCH(QString, scanned);
        QFETCH(int, line);
        QFETCH(ItemTagCheck::Outcome, outcome);
        QFETCH(QString, mentions);
        const ItemTagCheck::Result result
            = ItemTagCheck::check(scan(scanned), m_order.lines.at(line), m_order);
        QCOMPARE(result.outcome, outcome);
        QCOMPARE(result.message.isEmpty(), outcome == ItemTagCheck::Outcome::Match);
        QVERIFY2(result.message.contains(mentions), qPrintable(result.message));
    }
};

QTEST_GUILESS_MAIN(ItemTagCheckTest)
#include "tst_itemtagcheck.moc"
