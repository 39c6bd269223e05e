#include "cache/CacheStore.h"
#include "journal/Journal.h"
#include "offer/OfferInputs.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace kiosk;

namespace {

const QDateTime Now(QDate(2026, 11, 20), QTime(15, 0), Qt::UTC);

OrderLine line(int lineNo, int quantity, int returned = 0)
{
    OrderLine l;
    l.lineNo = lineNo;
    l.sku = u"SKU-%1"_s.arg(lineNo);
    l.title = u"Item %1"_s.arg(lineNo);
    l.category = u"apparel"_s;
    l.unitPrice = 2999;
    l.quantity = quantity;
    l.quantityReturned = returned;
    return l;
}

Order order(const QString &id, std::vector<OrderLine> lines)
{
    Order o;
    o.id = id;
    o.currency = u"USD"_s;
    o.customerRef = u"cust-1"_s;
    o.placedAt = Now.addDays(-10);
    o.deliveredAt = Now.addDays(-7);
    o.paymentMethods = { u"card"_s };
    o.lines = std::move(lines);
    return o;
}

ReturnRecord returned(
    const QString &id, const QString &orderId, int lineNo, int quantity, const QDateTime &at)
{
    ReturnRecord r;
    r.id = id;
    r.kioskId = u"K-1"_s;
    r.orderId = orderId;
    r.createdAt = at;
    r.resolution = u"refund"_s;
    r.currency = u"USD"_s;
    r.items.push_back({ lineNo, u"SKU-%1"_s.arg(lineNo), quantity, u"too_small"_s, 2999 * quantity });
    return r;
}

} // namespace

/// OfferInputs::load, the one rule for what an order has left: the backend's quantityReturned plus
/// every journal return of the order the backend's figures do not list, whatever the times say.
class OfferInputsTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    CacheStore m_cache;
    Journal m_journal;

private Q_SLOTS:
    void init()
    {
        QFile::remove(m_dir.filePath(u"cache.db"_s));
        QFile::remove(m_dir.filePath(u"journal.db"_s));
        m_cache = CacheStore();
        m_journal = Journal();
        QVERIFY(m_cache.open(m_dir.filePath(u"cache.db"_s)));
        QVERIFY(m_journal.open(m_dir.filePath(u"journal.db"_s)));
    }

    void countsWhatTheBackendHasNotCounted()
    {
        // Returned here an hour ago: A takes line 1, B one unit of line 2; C is another order's.
        const QDateTime earlier = Now.addSecs(-3600);
        QVERIFY(m_journal.recordReturn(returned(u"A"_s, u"RK-1"_s, 1, 1, earlier)));
        QVERIFY(m_journal.recordReturn(returned(u"B"_s, u"RK-1"_s, 2, 1, earlier)));
        QVERIFY(m_journal.recordReturn(returned(u"C"_s, u"RK-2"_s, 2, 2, earlier)));
        // The backend's order, pulled after both returns, counts B only (A is still in the outbox):
        // a sync time later than A says nothing about A.
        QVERIFY(m_cache
                    .applyDelta(
                        { order(u"RK-1"_s, { line(1, 1), line(2, 3, 1) }), order(u"RK-2"_s, { line(2, 2) }) },
                        {}, u"c-1"_s, Now.addSecs(-60), { { u"RK-1"_s, { u"B"_s } } })
                    .committed);

        const auto inputs = OfferInputs::load(m_cache, m_journal, u"RK-1"_s, Now, Now.addSecs(-15 * 3600));
        QVERIFY(inputs);
        QCOMPARE(inputs->order.line(1)->quantityReturned, 1); // A, not yet in the backend's figures
        QCOMPARE(inputs->order.line(1)->returnableQuantity(), 0);
        QCOMPARE(inputs->order.line(2)->quantityReturned, 1); // B, counted once, not twice
        QCOMPARE(inputs->order.line(2)->returnableQuantity(), 2); // C (RK-2's) does not count here
        QCOMPARE(inputs->uncountedReturns, QStringList { u"A"_s });
        QCOMPARE(inputs->cacheSyncedAt, Now.addSecs(-60));

        const auto other = OfferInputs::load(m_cache, m_journal, u"RK-2"_s, Now, Now.addSecs(-15 * 3600));
        QVERIFY(other);
        QCOMPARE(other->order.line(2)->quantityReturned, 2);
        QCOMPARE(other->uncountedReturns, QStringList { u"C"_s });
    }

    void backendFiguresThatListTheReturnAreTakenAsTheyAre()
    {
        QVERIFY(m_journal.recordReturn(returned(u"A"_s, u"RK-1"_s, 2, 2, Now.addDays(-1))));
        // The backend counted A and a return made at another kiosk (X): 3 of 3 are back.
        QVERIFY(m_cache.upsertOrder(order(u"RK-1"_s, { line(1, 1), line(2, 3, 3) }), { u"A"_s, u"X"_s }));
        auto inputs = OfferInputs::load(m_cache, m_journal, u"RK-1"_s, Now, Now.addSecs(-15 * 3600));
        QVERIFY(inputs);
        QCOMPARE(inputs->order.line(2)->quantityReturned, 3);
        QVERIFY(inputs->uncountedReturns.isEmpty());

        // An older copy of the order (before A was counted) adds A again, never beyond the quantity.
        QVERIFY(m_cache.upsertOrder(order(u"RK-1"_s, { line(1, 1), line(2, 3, 2) }), { u"X"_s }));
        inputs = OfferInputs::load(m_cache, m_journal, u"RK-1"_s, Now, Now.addSecs(-15 * 3600));
        QVERIFY(inputs);
        QCOMPARE(inputs->order.line(2)->quantityReturned, 3);
        QCOMPARE(inputs->uncountedReturns, QStringList { u"A"_s });
    }

    void unknownOrderHasNoInputs()
    {
        QVERIFY(m_journal.recordReturn(returned(u"A"_s, u"RK-9"_s, 1, 1, Now)));
        QVERIFY(!OfferInputs::load(m_cache, m_journal, u"RK-9"_s, Now, Now.addSecs(-15 * 3600)));
    }
};

QTEST_GUILESS_MAIN(OfferInputsTest)
#include "tst_offerinputs.moc"
