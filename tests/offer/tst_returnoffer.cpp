#include "offer/ReturnOffer.h"
#include "policy/EffectsInForce.h"
#include "policy/PolicyLoader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace kiosk;

namespace {

std::shared_ptr<const Policy> examplePolicy(const QString &name)
{
    QFile file(QStringLiteral(KIOSK_SOURCE_DIR "/kiosk-config/policies/src/") + name + u".json"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read policy %s", qPrintable(name));
    const PolicyLoader::Result result
        = PolicyLoader::fromJson(QJsonDocument::fromJson(file.readAll()).object());
    if (!result.policy)
        qFatal("%s: %s", qPrintable(name), qPrintable(result.errors.join(u'\n')));
    return result.policy;
}

OrderLine line(int lineNo, const QString &category, MinorUnits price, int quantity = 1)
{
    OrderLine l;
    l.lineNo = lineNo;
    l.sku = u"SKU-%1"_s.arg(lineNo);
    l.title = u"%1 #%2"_s.arg(category).arg(lineNo);
    l.category = category;
    l.unitPrice = price;
    l.quantity = quantity;
    return l;
}

/// Bought on 10 Nov, delivered on 12 Nov 2026, paid by card; decided on 20 Nov, online.
Order order(std::vector<OrderLine> lines)
{
    Order o;
    o.id = u"RK-1"_s;
    o.currency = u"USD"_s;
    o.customerRef = u"cust-1"_s;
    o.placedAt = QDateTime(QDate(2026, 11, 10), QTime(15, 0), Qt::UTC);
    o.deliveredAt = QDateTime(QDate(2026, 11, 12), QTime(15, 0), Qt::UTC);
    o.paymentMethods = { u"card"_s };
    o.lines = std::move(lines);
    return o;
}

ReturnOffer::Context context(const Order &o, const Policy &policy)
{
    ReturnOffer::Context c;
    c.order = &o;
    c.policy = &policy;
    c.now = QDateTime(QDate(2026, 11, 20), QTime(15, 0), Qt::UTC);
    c.storeZone = QTimeZone("America/Chicago");
    c.cacheSyncedAt = c.now.addSecs(-600);
    return c;
}

ReturnSelection select(std::vector<ReturnSelection::Line> lines, std::optional<Resolution> resolution = {})
{
    return { std::move(lines), resolution, {} };
}

} // namespace

/// Pins ReturnOffer: the figures follow the shopper's selection (units, reason, answers, resolution),
/// order-wide limits count only what is selected, and a malformed selection is refused as a whole.
class ReturnOfferTest : public QObject
{
    Q_OBJECT

    std::shared_ptr<const Policy> m_apparel = examplePolicy(u"apparel"_s);
    std::shared_ptr<const Policy> m_electronics = examplePolicy(u"electronics"_s);

private Q_SLOTS:
    /// A reason that waives the restocking fee refunds the full price.
    void defectiveTabletRefundsInFull()
    {
        const Order o = order({ line(1, u"computers"_s, 40000) });
        const auto c = context(o, *m_electronics);
        const ReturnOffer changedMind = ReturnOffer::make(c, select({ { 1, 1, u"changed_mind"_s } }));
        QVERIFY2(changedMind.isValid(), qPrintable(changedMind.problemDetail()));
        QCOMPARE(changedMind.lines().front().figures().fee, 6000);
        QCOMPARE(changedMind.total(), 34000);

        const ReturnOffer defective = ReturnOffer::make(c, select({ { 1, 1, u"defective"_s } }));
        QCOMPARE(defective.lines().front().decision.returnReason, u"defective"_s);
        QCOMPARE(defective.lines().front().figures().fee, 0);
        QCOMPARE(defective.total(), 40000);
        QCOMPARE(defective.totals().refund, 40000);
        QCOMPARE(defective.lines().front().decision.bin, u"SECURE"_s);
    }

    /// A cheap lip balm under the keep-it rule is refunded and goes into no bin.
    void lipBalmIsKeptNotDropped()
    {
        const Order o = order({ line(1, u"beauty"_s, 800), line(2, u"apparel"_s, 2500) });
        const auto c = context(o, *m_apparel);
        const ReturnOffer offer = ReturnOffer::make(
            c, select({ { 1, 1, {} }, { 2, 1, {}, { { u"question.tags_attached"_s, true } } } }));
        QVERIFY(offer.isValid());
        QVERIFY(offer.line(1)->decision.keepIt);
        QVERIFY(offer.line(1)->decision.bin.isEmpty());
        QVERIFY(!offer.line(2)->decision.keepIt);
        QCOMPARE(offer.line(2)->decision.bin, u"SOFT"_s);
        QCOMPARE(offer.unitsToKeep(), 1);
        QCOMPARE(offer.unitsToDrop(), 1);
        QCOMPARE(offer.total(), 3300);
    }

    /// A line a colleague overrode (Context::staffOverrides) goes back at the price paid into its bin;
    /// a line left out of the overrides stays refused, and nothing fully returned is ever overridden.
    void overriddenRefusalGoesBack()
    {
        std::vector<OrderLine> lines { line(1, u"clearance"_s, 1500), line(2, u"swimwear"_s, 4000),
            line(3, u"apparel"_s, 2500) };
        lines[2].quantityReturned = 1;
        const Order o = order(lines);
        auto c = context(o, *m_apparel);
        const auto refused = ReturnOffer::catalogue(c);
        QCOMPARE(refused.at(0).decision, LineDecision::Decision::Ineligible);
        QCOMPARE(refused.at(1).decision, LineDecision::Decision::Ineligible);
        QCOMPARE(refused.at(2).reasonCode, u"line.fully_returned"_s);

        c.staffOverrides = { 1, 3 };
        const auto catalogue = ReturnOffer::catalogue(c);
        QCOMPARE(catalogue.at(0).decision, LineDecision::Decision::Eligible);
        QCOMPARE(catalogue.at(0).refund, 1500);
        QCOMPARE(catalogue.at(0).bin, u"GEN"_s);
        QCOMPARE(catalogue.at(1).decision, LineDecision::Decision::Ineligible); // not overridden
        QCOMPARE(catalogue.at(2).decision, LineDecision::Decision::Ineligible); // nothing left

        const ReturnOffer offer = ReturnOffer::make(c, select({ { 1, 1, {} }, { 2, 1, {} } }));
        QVERIFY2(offer.isValid(), qPrintable(offer.problemDetail()));
        QVERIFY(offer.line(1)->goesBack());
        QVERIFY(offer.line(1)->staffApproved);
        QVERIFY(!offer.line(2)->goesBack());
        QCOMPARE(offer.total(), 1500);
        QCOMPARE(offer.unitsToDrop(), 1);
    }

    /// A bin whose chute is out of service: its lines are refused before anything is chosen, and an
    /// approved or overridden line for it does not go back either; the other bins' lines do.
    void binOutOfServiceRefusesItsLines()
    {
        const Order o = order(
            { line(1, u"footwear"_s, 6000), line(2, u"apparel"_s, 2500), line(3, u"clearance"_s, 1500) });
        auto c = context(o, *m_apparel);
        c.binInService = [](const QString &bin) { return bin != u"SHOES"_s && bin != u"GEN"_s; };
        c.staffOverrides = { 3 };
        const auto catalogue = ReturnOffer::catalogue(c);
        QCOMPARE(catalogue.at(0).decision, LineDecision::Decision::Ineligible);
        QCOMPARE(catalogue.at(0).reasonCode, u"bin.out_of_service"_s);
        QCOMPARE(catalogue.at(0).messageParams.value(u"bin"_s).toString(), u"SHOES"_s);
        QCOMPARE(catalogue.at(1).decision, LineDecision::Decision::Eligible);
        QCOMPARE(catalogue.at(2).reasonCode, u"bin.out_of_service"_s); // overridden, but GEN is down

        const ReturnOffer offer = ReturnOffer::make(c,
            select({ { 1, 1, {} }, { 2, 1, {}, { { u"question.tags_attached"_s, true } } }, { 3, 1, {} } }));
        QVERIFY2(offer.isValid(), qPrintable(offer.problemDetail()));
        QVERIFY(!offer.line(1)->goesBack());
        QVERIFY(offer.line(2)->goesBack());
        QVERIFY(!offer.line(3)->goesBack());
        QVERIFY(!offer.line(3)->staffApproved);
        QCOMPARE(offer.total(), 2500);
    }

    /// The value limit counts the selection only: the cap alone needs nobody, the jacket with it does.
    void valueLimitCountsOnlyTheSelection()
    {
        const Order o = order({ line(1, u"outerwear"_s, 60000), line(2, u"accessories"_s, 2000) });
        const auto c = context(o, *m_apparel);
        for (const LineDecision &d : ReturnOffer::catalogue(c))
            QCOMPARE(d.decision, LineDecision::Decision::Eligible); // the item list shows both returnable

        const ReturnOffer cap = ReturnOffer::make(c, select({ { 2, 1, {} } }));
        QVERIFY(!cap.needsStaff());
        QCOMPARE(cap.total(), 2000);

        const ReturnOffer both = ReturnOffer::make(c, select({ { 1, 1, {} }, { 2, 1, {} } }));
        QVERIFY(both.needsStaff());
        QCOMPARE(both.firstNeedingStaff()->decision.reasonCode, u"limit.value_needs_staff"_s);
        QCOMPARE(both.firstNeedingStaff()->decision.messageParams.value(u"limit"_s).toInteger(), 50000);
        QCOMPARE(both.total(), 0); // nothing goes back until a colleague approves

        ReturnSelection approved = select({ { 1, 1, {} }, { 2, 1, {} } });
        approved.staffApproved = { 1, 2 };
        const ReturnOffer vouched = ReturnOffer::make(c, approved);
        QVERIFY(!vouched.needsStaff());
        QCOMPARE(vouched.total(), 62000);
    }

    /// Offline limits, too, count the selection and not the whole order.
    void offlineLimitCountsOnlyTheSelection()
    {
        const Order o = order({ line(1, u"apparel"_s, 25000), line(2, u"apparel"_s, 3000) });
        auto c = context(o, *m_apparel);
        c.offline = true;
        QVERIFY(!ReturnOffer::make(c, select({ { 2, 1, {} } })).needsStaff());
        const ReturnOffer big = ReturnOffer::make(c, select({ { 1, 1, {} } }));
        QCOMPARE(big.firstNeedingStaff()->decision.reasonCode, u"offline.return_limit"_s);
    }

    /// Units: the shopper returns 2 of 3; fee and bonus follow the units chosen.
    void quantityScalesTheFigures()
    {
        const Order o = order({ line(1, u"apparel"_s, 1999, 3) });
        const auto c = context(o, *m_apparel);
        const ReturnOffer offer = ReturnOffer::make(c, select({ { 1, 2, {} } }, Resolution::StoreCredit));
        QCOMPARE(offer.lines().front().quantity(), 2);
        QCOMPARE(offer.totals().value, 3998);
        QCOMPARE(offer.totals().bonus, 399);
        QCOMPARE(offer.total(), 4397);
        QCOMPARE(offer.total(Resolution::RefundToOriginal), 3998);
        // A split (a jam after the first unit) adds up to the whole, to the cent.
        const auto &l = offer.lines().front();
        const auto first = l.unitsFigures(0, 1);
        const auto second = l.unitsFigures(1, 2);
        QCOMPARE(first.refund + second.refund, l.figures().refund);
        QCOMPARE(first.bonus + second.bonus, l.figures().bonus);
    }

    void resolutionsFollowReasonAndVariants()
    {
        Order o = order({ line(1, u"apparel"_s, 2500) });
        auto c = context(o, *m_apparel);
        // not_as_described allows refund and store credit only.
        auto offer = ReturnOffer::make(c, select({ { 1, 1, u"not_as_described"_s } }));
        QCOMPARE(offer.resolutions(),
            (std::vector<Resolution> { Resolution::RefundToOriginal, Resolution::StoreCredit }));
        // changed_mind allows exchange too, but only with another size or colour to exchange for.
        offer = ReturnOffer::make(c, select({ { 1, 1, u"changed_mind"_s } }));
        QCOMPARE(offer.resolutions().size(), 2u);
        o.lines[0].variants = { { u"SKU-1-L"_s, u"L"_s, {} } };
        offer = ReturnOffer::make(c, select({ { 1, 1, u"changed_mind"_s } }));
        QCOMPARE(offer.resolutions().size(), 3u);
    }

    void answersDecide()
    {
        const Order o = order({ line(1, u"footwear"_s, 9000) });
        const auto c = context(o, *m_apparel);
        auto offer = ReturnOffer::make(c, select({ { 1, 1, {} } }));
        QCOMPARE(offer.openQuestions().size(), 2u);
        offer = ReturnOffer::make(c,
            select({ { 1, 1, {},
                { { u"question.tags_attached"_s, true }, { u"question.unworn"_s, false } } } }));
        QCOMPARE(offer.lines().front().decision.decision, LineDecision::Decision::Ineligible);
        QVERIFY(!offer.lines().front().goesBack());
        QVERIFY(offer.resolutions().empty());
        QCOMPARE(offer.total(), 0);
    }

    void badSelectionsAreRefused_data()
    {
        QTest::addColumn<int>("lineNo");
        QTest::addColumn<int>("quantity");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("question");
        QTest::addColumn<QString>("resolution");
        QTest::addColumn<QString>("code");
        QTest::newRow("line not in the order")
            << 9 << 1 << QString() << QString() << QString() << u"unknown-line"_s;
        QTest::newRow("more units than left")
            << 1 << 3 << QString() << QString() << QString() << u"quantity-exceeds"_s;
        QTest::newRow("no units") << 1 << 0 << QString() << QString() << QString() << u"bad-quantity"_s;
        QTest::newRow("reason the policy lacks")
            << 1 << 1 << u"bored"_s << QString() << QString() << u"unknown-reason"_s;
        QTest::newRow("question not asked")
            << 1 << 1 << QString() << u"question.unworn"_s << QString() << u"unasked-answer"_s;
        QTest::newRow("question that does not exist")
            << 1 << 1 << QString() << u"question.made_up"_s << QString() << u"unasked-answer"_s;
        QTest::newRow("resolution not offered")
            << 1 << 1 << u"defective"_s << QString() << u"storeCredit"_s << u"resolution-not-allowed"_s;
    }

    void badSelectionsAreRefused()
    {
        QFETCH(int, lineNo);
        QFETCH(int, quantity);
        QFETCH(QString, reason);
        QFETCH(QString, question);
        QFETCH(QString, resolution);
        QFETCH(QString, code);
        Order o = order({ line(1, u"apparel"_s, 2500, 2) });
        o.lines[0].quantityReturned = 0;
        const auto c = context(o, *m_apparel);
        ReturnSelection s = select({ { lineNo, quantity, reason } });
        if (!question.isEmpty())
            s.lines[0].answers.insert(question, true);
        if (!resolution.isEmpty())
            s.resolution = resolutionFromName(resolution);
        const ReturnOffer offer = ReturnOffer::make(c, s);
        QCOMPARE(ReturnOffer::problemCode(offer.problem()), code);
        QVERIFY(!offer.problemDetail().isEmpty());
        QVERIFY(offer.lines().empty());
        QCOMPARE(offer.total(), 0);
        QCOMPARE(offer.toJson().value(u"problem"_s).toObject().value(u"code"_s).toString(), code);
    }

    void emptyAndDuplicateSelections()
    {
        const Order o = order({ line(1, u"apparel"_s, 2500) });
        const auto c = context(o, *m_apparel);
        QCOMPARE(ReturnOffer::make(c, {}).problem(), ReturnOffer::Problem::NothingSelected);
        QCOMPARE(ReturnOffer::make(c, select({ { 1, 1, {} }, { 1, 1, {} } })).problem(),
            ReturnOffer::Problem::DuplicateLine);
    }

    /// Property: over random orders and selections, what the offer gives back never exceeds what was
    /// paid for the selected units, equals the sum of its lines, and a split of each line adds up.
    void randomSelectionsNeverGiveBackMoreThanPaid()
    {
        QRandomGenerator rng(20261204);
        const QStringList categories
            = { u"apparel"_s, u"beauty"_s, u"footwear"_s, u"outerwear"_s, u"computers"_s, u"phones"_s };
        const QStringList reasons = { QString(), u"changed_mind"_s, u"defective"_s };
        int checked = 0;
        for (int round = 0; round < 2000; ++round) {
            const Policy &policy = round % 2 ? *m_apparel : *m_electronics;
            std::vector<OrderLine> lines;
            const int lineCount = 1 + rng.bounded(5);
            for (int n = 1; n <= lineCount; ++n) {
                OrderLine l = line(n, categories[rng.bounded(categories.size())], 1 + rng.bounded(80000),
                    1 + rng.bounded(4));
                l.quantityReturned = rng.bounded(l.quantity + 1);
                lines.push_back(l);
            }
            const Order o = order(lines);
            auto c = context(o, policy);
            c.offline = rng.bounded(4) == 0;
            ReturnSelection s;
            for (const OrderLine &l : o.lines) {
                if (l.returnableQuantity() == 0 || rng.bounded(2))
                    continue;
                ReturnSelection::Line chosen { l.lineNo, 1 + int(rng.bounded(l.returnableQuantity())),
                    reasons[rng.bounded(reasons.size())] };
                if (rng.bounded(2))
                    for (const QString &q :
                        EffectsInForce::resolve(policy, o, l, chosen.reason).openQuestions)
                        chosen.answers.insert(q, rng.bounded(5) != 0);
                s.lines.push_back(chosen);
            }
            if (rng.bounded(3) == 0 && !s.lines.empty())
                s.staffApproved.insert(s.lines.front().lineNo);
            const ReturnOffer offer = ReturnOffer::make(c, s);
            if (s.lines.empty()) {
                QCOMPARE(offer.problem(), ReturnOffer::Problem::NothingSelected);
                continue;
            }
            QVERIFY2(offer.isValid(), qPrintable(offer.problemDetail()));
            MinorUnits paid = 0;
            MinorUnits sum = 0;
            for (const auto &l : offer.lines()) {
                const OrderLine *ol = o.line(l.lineNo());
                QVERIFY(l.quantity() <= ol->returnableQuantity());
                if (!l.goesBack())
                    continue;
                paid += ol->unitPrice * l.quantity();
                sum += l.figures().refund;
                QVERIFY(l.figures().fee >= 0 && l.figures().refund >= 0 && l.figures().bonus >= 0);
                MinorUnits parts = 0;
                for (int unit = 0; unit < l.quantity(); ++unit)
                    parts += l.unitsFigures(unit, unit + 1).refund;
                QCOMPARE(parts, l.figures().refund);
            }
            QCOMPARE(offer.total(Resolution::RefundToOriginal), sum);
            QVERIFY2(offer.total(Resolution::RefundToOriginal) <= paid,
                qPrintable(u"refund %1 > paid %2"_s.arg(offer.total()).arg(paid)));
            QVERIFY(offer.totals().value <= paid);
            ++checked;
        }
        QVERIFY(checked > 1000);
    }
};

QTEST_GUILESS_MAIN(ReturnOfferTest)
#include "tst_returnoffer.moc"
