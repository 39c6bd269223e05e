#include "eligibility/EligibilityEngine.h"
#include "policy/PolicyLoader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

#include <functional>

using namespace Qt::Literals::StringLiterals;
using namespace kiosk;

namespace {

using Decision = LineDecision::Decision;
constexpr auto Eligible = Decision::Eligible;
constexpr auto Ineligible = Decision::Ineligible;
constexpr auto NeedsStaff = Decision::NeedsStaff;
constexpr MinorUnits Any = -1;

QDateTime at(const char *iso)
{
    const QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    Q_ASSERT(t.isValid());
    return t;
}

std::shared_ptr<const Policy> testPolicy()
{
    static std::shared_ptr<const Policy> policy = [] {
        QFile file(QStringLiteral(KIOSK_SOURCE_DIR "/tests/eligibility/data/engine-policy.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read engine-policy.json");
        const PolicyLoader::Result result
            = PolicyLoader::fromJson(QJsonDocument::fromJson(file.readAll()).object());
        if (!result.policy)
            qFatal("engine-policy.json: %s", qPrintable(result.errors.join(u'\n')));
        return result.policy;
    }();
    return policy;
}

/// One apparel line of 2 x $29.99, placed 28 Sep, delivered 1 Oct 2026 (11:00 in New York).
Order baseOrder()
{
    Order order;
    order.id = u"RK-1"_s;
    order.currency = u"USD"_s;
    order.customerRef = u"cust-1"_s;
    order.placedAt = at("2026-09-28T16:00:00Z");
    order.deliveredAt = at("2026-10-01T15:00:00Z");
    order.paymentMethods = { u"card"_s };
    OrderLine line;
    line.lineNo = 1;
    line.sku = u"SKU-1"_s;
    line.title = u"Shirt"_s;
    line.category = u"apparel"_s;
    line.unitPrice = 2999;
    line.quantity = 2;
    order.lines.push_back(line);
    return order;
}

OrderLine extraLine(int lineNo, const QString &category, MinorUnits price, int quantity = 1)
{
    OrderLine line;
    line.lineNo = lineNo;
    line.sku = u"SKU-%1"_s.arg(lineNo);
    line.title = category;
    line.category = category;
    line.unitPrice = price;
    line.quantity = quantity;
    return line;
}

struct Case
{
    const char *name;
    std::function<void(Order &, EligibilityRequest &)> setup;
    Decision decision;
    QString reasonCode;
    QString ruleId;
    MinorUnits refund = Any;
    std::function<void(const EligibilityResult &)> check = {};
};

void zone(EligibilityRequest &r, const char *id)
{
    r.storeZone = QTimeZone(QByteArray(id));
}

void select(EligibilityRequest &r, int lineNo, int quantity = 0, const QString &reason = {},
    const QHash<QString, bool> &answers = {})
{
    r.selections.push_back({ lineNo, quantity, reason, answers });
}

OrderLine &first(Order &o)
{
    return o.lines[0];
}

const std::vector<Case> &cases()
{
    static const std::vector<Case> all = {
        // --- the window, counted in store-local days from delivery ---
        { "within window", [](Order &, EligibilityRequest &) {}, Eligible, u"eligible.within_window"_s,
            u"window.standard"_s, 5998,
            [](const EligibilityResult &r) {
                QCOMPARE(r.lines[0].lastDay, QDate(2026, 10, 31));
                QCOMPARE(r.lines[0].messageKey, u"eligibility.eligible.within_window"_s);
                QCOMPARE(r.lines[0].messageParams.value(u"daysLeft"_s).toInt(), 16);
                QCOMPARE(r.policyVersion, 42);
                QCOMPARE(r.policyId, u"test-engine"_s);
            } },
        { "day 30 morning", [](Order &, EligibilityRequest &r) { r.now = at("2026-10-31T13:00:00Z"); },
            Eligible, u"eligible.within_window"_s, u"window.standard"_s, 5998 },
        { "day 30 last second", [](Order &, EligibilityRequest &r) { r.now = at("2026-11-01T03:59:59Z"); },
            Eligible, u"eligible.within_window"_s, u"window.standard"_s },
        { "day 31 first second", [](Order &, EligibilityRequest &r) { r.now = at("2026-11-01T04:00:00Z"); },
            Ineligible, u"window.expired"_s, u"window.standard"_s, Any,
            [](const EligibilityResult &r) {
                QCOMPARE(r.lines[0].messageParams.value(u"days"_s).toInt(), 30);
                QCOMPARE(r.lines[0].messageParams.value(u"lastDay"_s).toString(), u"2026-10-31"_s);
                QCOMPARE(r.lines[0].messageKey, u"eligibility.window.expired"_s);
            } },
        { "autumn DST: last day after the clock change",
            [](Order &o, EligibilityRequest &r) {
                o.deliveredAt = at("2026-10-03T14:00:00Z");
                r.now = at("2026-11-03T04:59:59Z"); // 23:59:59 EST on 2 Nov
            },
            Eligible, u"eligible.within_window"_s, u"window.standard"_s },
        { "autumn DST: first second of day 31",
            [](Order &o, EligibilityRequest &r) {
                o.deliveredAt = at("2026-10-03T14:00:00Z");
                r.now = at("2026-11-03T05:00:00Z");
            },
            Ineligible, u"window.expired"_s, u"window.standard"_s },
        { "spring DST London: last minute of day 30",
            [](Order &o, EligibilityRequest &r) {
                zone(r, "Europe/London");
                o.placedAt = at("2026-02-27T10:00:00Z");
                o.deliveredAt = at("2026-03-01T10:00:00Z");
                r.now = at("2026-03-31T22:59:00Z"); // 23:59 BST
            },
            Eligible, u"eligible.within_window"_s, u"window.standard"_s },
        { "spring DST London: midnight of day 31",
            [](Order &o, EligibilityRequest &r) {
                zone(r, "Europe/London");
                o.placedAt = at("2026-02-27T10:00:00Z");
                o.deliveredAt = at("2026-03-01T10:00:00Z");
                r.now = at("2026-03-31T23:00:00Z");
            },
            Ineligible, u"window.expired"_s, u"window.standard"_s },
        { "late-evening delivery counts on the local day (New York)",
            [](Order &o, EligibilityRequest &r) {
                o.deliveredAt = at("2026-10-01T02:00:00Z"); // 30 Sep 22:00 EDT
                r.now = at("2026-10-31T12:00:00Z");
            },
            Ineligible, u"window.expired"_s, u"window.standard"_s, Any,
            [](const EligibilityResult &r) { QCOMPARE(r.lines[0].lastDay, QDate(2026, 10, 30)); } },
        { "same instants in Tokyo are a day later",
            [](Order &o, EligibilityRequest &r) {
                zone(r, "Asia/Tokyo");
                o.deliveredAt = at("2026-10-01T02:00:00Z"); // 1 Oct 11:00 JST
                r.now = at("2026-10-31T12:00:00Z"); // 31 Oct 21:00 JST
            },
            Eligible, u"eligible.within_window"_s, u"window.standard"_s },
        { "UTC past midnight is still day 30 in New York",
            [](Order &, EligibilityRequest &r) { r.now = at("2026-11-01T02:00:00Z"); }, Eligible,
            u"eligible.within_window"_s, u"window.standard"_s },
        { "Tokyo: delivered 2 Oct local, last second of 1 Nov",
            [](Order &, EligibilityRequest &r) {
                zone(r, "Asia/Tokyo");
                r.now = at("2026-11-01T14:59:59Z");
            },
            Eligible, u"eligible.within_window"_s, u"window.standard"_s, Any,
            [](const EligibilityResult &r) { QCOMPARE(r.lines[0].lastDay, QDate(2026, 11, 1)); } },
        { "Tokyo: midnight starting 2 Nov",
            [](Order &, EligibilityRequest &r) {
                zone(r, "Asia/Tokyo");
                r.now = at("2026-11-01T15:00:00Z");
            },
            Ineligible, u"window.expired"_s, u"window.standard"_s },
        { "purchase-anchored window: last day",
            [](Order &o, EligibilityRequest &r) {
                first(o).category = u"electronics"_s;
                r.now = at("2026-10-13T20:00:00Z");
            },
            Eligible, u"eligible.within_window"_s, u"window.electronics"_s },
        { "purchase-anchored window: expired although delivered later",
            [](Order &o, EligibilityRequest &r) {
                first(o).category = u"electronics"_s;
                r.now = at("2026-10-14T12:00:00Z");
            },
            Ineligible, u"window.expired"_s, u"window.electronics"_s },
        { "home: 90 days, last day",
            [](Order &o, EligibilityRequest &r) {
                first(o).category = u"home"_s;
                r.now = at("2026-12-30T18:00:00Z");
            },
            Eligible, u"eligible.within_window"_s, u"window.home"_s },
        { "home: 90 days, day 91",
            [](Order &o, EligibilityRequest &r) {
                first(o).category = u"home"_s;
                r.now = at("2026-12-31T18:00:00Z");
            },
            Ineligible, u"window.expired"_s, u"window.home"_s },
        { "unknown delivery: counted from purchase while it lasts",
            [](Order &o, EligibilityRequest &r) {
                o.deliveredAt = {};
                r.now = at("2026-10-20T12:00:00Z");
            },
            Eligible, u"eligible.within_window"_s, u"window.standard"_s },
        { "unknown delivery: staff check instead of a refusal",
            [](Order &o, EligibilityRequest &r) {
                o.deliveredAt = {};
                r.now = at("2026-11-05T12:00:00Z");
            },
            NeedsStaff, u"window.delivery_unknown"_s, u"window.standard"_s },
        // --- loyalty tiers ---
        { "gold: +30 days",
            [](Order &o, EligibilityRequest &r) {
                o.loyaltyTier = u"gold"_s;
                r.now = at("2026-11-30T20:00:00Z");
            },
            Eligible, u"eligible.within_window"_s, u"tier.gold"_s },
        { "gold: day 61",
            [](Order &o, EligibilityRequest &r) {
                o.loyaltyTier = u"gold"_s;
                r.now = at("2026-12-01T12:00:00Z");
            },
            Ineligible, u"window.expired"_s, u"tier.gold"_s },
        { "silver: +10 days",
            [](Order &o, EligibilityRequest &r) {
                o.loyaltyTier = u"silver"_s;
                r.now = at("2026-11-10T12:00:00Z");
            },
            Eligible, u"eligible.within_window"_s, u"tier.silver"_s },
        { "silver: day 41",
            [](Order &o, EligibilityRequest &r) {
                o.loyaltyTier = u"silver"_s;
                r.now = at("2026-11-11T12:00:00Z");
            },
            Ineligible, u"window.expired"_s, u"tier.silver"_s },
        { "unknown tier gets the standard window",
            [](Order &o, EligibilityRequest &r) {
                o.loyaltyTier = u"platinum"_s;
                r.now = at("2026-11-05T12:00:00Z");
            },
            Ineligible, u"window.expired"_s, u"window.standard"_s },
        // --- holiday extension ---
        { "holiday purchase returnable in January",
            [](Order &o, EligibilityRequest &r) {
                o.placedAt = at("2026-11-20T15:00:00Z");
                o.deliveredAt = at("2026-11-22T15:00:00Z");
                r.now = at("2027-01-15T15:00:00Z");
            },
            Eligible, u"eligible.holiday_window"_s, u"holiday.2026"_s, Any,
            [](const EligibilityResult &r) { QCOMPARE(r.lines[0].lastDay, QDate(2027, 1, 31)); } },
        { "holiday: last evening",
            [](Order &o, EligibilityRequest &r) {
                o.placedAt = at("2026-11-20T15:00:00Z");
                o.deliveredAt = at("2026-11-22T15:00:00Z");
                r.now = at("2027-02-01T04:30:00Z"); // 31 Jan 23:30 EST
            },
            Eligible, u"eligible.holiday_window"_s, u"holiday.2026"_s },
        { "holiday: 1 February",
            [](Order &o, EligibilityRequest &r) {
                o.placedAt = at("2026-11-20T15:00:00Z");
                o.deliveredAt = at("2026-11-22T15:00:00Z");
                r.now = at("2027-02-01T05:00:00Z");
            },
            Ineligible, u"window.expired"_s, u"holiday.2026"_s },
        { "bought before the holiday period",
            [](Order &o, EligibilityRequest &r) {
                o.placedAt = at("2026-10-31T15:00:00Z");
                o.deliveredAt = at("2026-11-02T15:00:00Z");
                r.now = at("2027-01-15T15:00:00Z");
            },
            Ineligible, u"window.expired"_s, u"window.standard"_s },
        { "bought late on 24 Dec local (25 Dec UTC)",
            [](Order &o, EligibilityRequest &r) {
                o.placedAt = at("2026-12-25T04:30:00Z");
                o.deliveredAt = at("2026-12-27T15:00:00Z");
                r.now = at("2027-01-29T15:00:00Z");
            },
            Eligible, u"eligible.holiday_window"_s, u"holiday.2026"_s },
        { "bought on 25 Dec local: no extension",
            [](Order &o, EligibilityRequest &r) {
                o.placedAt = at("2026-12-25T05:30:00Z");
                o.deliveredAt = at("2026-12-27T15:00:00Z");
                r.now = at("2027-01-28T15:00:00Z");
            },
            Ineligible, u"window.expired"_s, u"window.standard"_s },
        { "gold tier beats the holiday date when later",
            [](Order &o, EligibilityRequest &r) {
                o.loyaltyTier = u"gold"_s;
                o.placedAt = at("2026-12-20T15:00:00Z");
                o.deliveredAt = at("2026-12-22T15:00:00Z");
                r.now = at("2027-02-10T15:00:00Z");
            },
            Eligible, u"eligible.within_window"_s, u"tier.gold"_s },
        // --- lines that never go back ---
        { "final-sale line", [](Order &o, EligibilityRequest &) { first(o).finalSale = true; }, Ineligible,
            u"line.final_sale"_s, u"order.line.finalSale"_s },
        { "non-returnable line", [](Order &o, EligibilityRequest &) { first(o).nonReturnable = true; },
            Ineligible, u"line.non_returnable"_s, u"order.line.nonReturnable"_s },
        { "final-sale category", [](Order &o, EligibilityRequest &) { first(o).category = u"clearance"_s; },
            Ineligible, u"category.final_sale"_s, u"finalSaleCategories"_s },
        { "non-returnable category: gift cards",
            [](Order &o, EligibilityRequest &) { first(o).category = u"gift-cards"_s; }, Ineligible,
            u"category.non_returnable"_s, u"nonReturnableCategories"_s },
        { "non-returnable category: perishables",
            [](Order &o, EligibilityRequest &) { first(o).category = u"perishables"_s; }, Ineligible,
            u"category.non_returnable"_s, u"nonReturnableCategories"_s },
        { "non-returnable explains before an expired window",
            [](Order &o, EligibilityRequest &r) {
                first(o).nonReturnable = true;
                r.now = at("2027-06-01T12:00:00Z");
            },
            Ineligible, u"line.non_returnable"_s, u"order.line.nonReturnable"_s },
        // --- partial returns ---
        { "partly returned: the rest",
            [](Order &o, EligibilityRequest &) {
                first(o).quantity = 3;
                first(o).quantityReturned = 1;
            },
            Eligible, u"eligible.within_window"_s, u"window.standard"_s, 5998,
            [](const EligibilityResult &r) { QCOMPARE(r.lines[0].quantity, 2); } },
        { "fully returned", [](Order &o, EligibilityRequest &) { first(o).quantityReturned = 2; }, Ineligible,
            u"line.fully_returned"_s, u"order.line.quantityReturned"_s },
        { "asking for more than is left",
            [](Order &o, EligibilityRequest &r) {
                first(o).quantityReturned = 1;
                select(r, 1, 2);
            },
            Ineligible, u"request.quantity_exceeds"_s, u"order.line.quantityReturned"_s, Any,
            [](const EligibilityResult &r) {
                QCOMPARE(r.lines[0].messageParams.value(u"returnable"_s).toInt(), 1);
            } },
        { "one of two units", [](Order &, EligibilityRequest &r) { select(r, 1, 1); }, Eligible,
            u"eligible.within_window"_s, u"window.standard"_s, 2999 },
        { "unknown line number", [](Order &, EligibilityRequest &r) { select(r, 9); }, Ineligible,
            u"request.unknown_line"_s, u"order.lines"_s },
        // --- reasons, fees, resolutions ---
        { "restocking fee: opened electronics, changed mind",
            [](Order &o, EligibilityRequest &r) {
                first(o) = extraLine(1, u"electronics"_s, 19999);
                r.now = at("2026-10-05T12:00:00Z");
            },
            Eligible, u"eligible.within_window"_s, u"window.electronics"_s, 17000,
            [](const EligibilityResult &r) {
                QCOMPARE(r.lines[0].restockingFee, 2999); // 15% of 199.99 rounded down
                QCOMPARE(r.lines[0].messageParams.value(u"restockingFeePercent"_s).toInt(), 15);
                QCOMPARE(r.lines[0].storeCredit, 18700);
            } },
        { "restocking fee waived for a defect",
            [](Order &o, EligibilityRequest &r) {
                first(o) = extraLine(1, u"electronics"_s, 19999);
                r.now = at("2026-10-05T12:00:00Z");
                select(r, 1, 0, u"defective"_s);
            },
            Eligible, u"eligible.within_window"_s, u"window.electronics"_s, 19999,
            [](const EligibilityResult &r) { QCOMPARE(r.lines[0].restockingFee, 0); } },
        { "fee limited to its reasons",
            [](Order &o, EligibilityRequest &r) {
                first(o) = extraLine(1, u"electronics"_s, 19999);
                r.now = at("2026-10-05T12:00:00Z");
                select(r, 1, 0, u"unwanted_gift"_s);
            },
            Eligible, u"eligible.within_window"_s, u"window.electronics"_s, 19999 },
        { "fee for every non-waiving reason",
            [](Order &o, EligibilityRequest &r) {
                first(o) = extraLine(1, u"computers"_s, 45000);
                select(r, 1, 0, u"unwanted_gift"_s);
            },
            Eligible, u"eligible.within_window"_s, u"window.standard"_s, 40500 },
        { "store credit carries the bonus", [](Order &, EligibilityRequest &) {}, Eligible,
            u"eligible.within_window"_s, u"window.standard"_s, 5998,
            [](const EligibilityResult &r) { QCOMPARE(r.lines[0].storeCredit, 6597); } },
        { "resolutions follow the reason",
            [](Order &, EligibilityRequest &r) { select(r, 1, 0, u"unwanted_gift"_s); }, Eligible,
            u"eligible.within_window"_s, u"window.standard"_s, Any,
            [](const EligibilityResult &r) {
                QCOMPARE(
                    r.lines[0].resolutions, (std::vector { Resolution::StoreCredit, Resolution::Exchange }));
                QCOMPARE(r.lines[0].returnReason, u"unwanted_gift"_s);
            } },
        { "default reason when none picked", [](Order &, EligibilityRequest &) {}, Eligible,
            u"eligible.within_window"_s, u"window.standard"_s, Any,
            [](const EligibilityResult &r) {
                QCOMPARE(r.lines[0].returnReason, u"changed_mind"_s);
                QCOMPARE(r.lines[0].resolutions.size(), size_t(3));
            } },
        { "no original payment: no refund to it",
            [](Order &o, EligibilityRequest &) { o.paymentMethods.clear(); }, Eligible,
            u"eligible.within_window"_s, u"window.standard"_s, Any,
            [](const EligibilityResult &r) {
                QCOMPARE(
                    r.lines[0].resolutions, (std::vector { Resolution::StoreCredit, Resolution::Exchange }));
            } },
        { "no resolution left",
            [](Order &o, EligibilityRequest &r) {
                o.paymentMethods.clear();
                select(r, 1, 0, u"price_error"_s);
            },
            NeedsStaff, u"resolution.none_available"_s, u"reasons"_s },
        { "unknown reason", [](Order &, EligibilityRequest &r) { select(r, 1, 0, u"because"_s); }, Ineligible,
            u"request.unknown_reason"_s, u"reasons"_s },
        { "currency differs from the policy", [](Order &o, EligibilityRequest &) { o.currency = u"EUR"_s; },
            NeedsStaff, u"order.currency_mismatch"_s, u"currency"_s },
        // --- keep it ---
        { "keep-it: cheap book",
            [](Order &o, EligibilityRequest &) { first(o) = extraLine(1, u"books"_s, 1200); }, Eligible,
            u"eligible.keep_it"_s, u"keepit.low_value"_s, 1200,
            [](const EligibilityResult &r) {
                QVERIFY(r.lines[0].keepIt);
                QVERIFY(r.lines[0].bin.isEmpty());
            } },
        { "keep-it: exactly at the threshold",
            [](Order &o, EligibilityRequest &) { first(o) = extraLine(1, u"toys"_s, 1500); }, Eligible,
            u"eligible.keep_it"_s, u"keepit.low_value"_s, 1500 },
        { "keep-it: one cent over",
            [](Order &o, EligibilityRequest &) { first(o) = extraLine(1, u"toys"_s, 1501); }, Eligible,
            u"eligible.within_window"_s, u"window.standard"_s, 1501,
            [](const EligibilityResult &r) {
                QVERIFY(!r.lines[0].keepIt);
                QCOMPARE(r.lines[0].bin, u"GEN"_s);
            } },
        { "keep-it: value counts all units",
            [](Order &o, EligibilityRequest &) { first(o) = extraLine(1, u"books"_s, 800, 2); }, Eligible,
            u"eligible.within_window"_s, u"window.standard"_s, 1600 },
        { "keep-it: not for other categories",
            [](Order &o, EligibilityRequest &) { first(o) = extraLine(1, u"beauty"_s, 500); }, Eligible,
            u"eligible.within_window"_s, u"window.standard"_s, 500,
            [](const EligibilityResult &r) { QVERIFY(!r.lines[0].keepIt); } },
        // --- bins ---
        { "bin by category",
            [](Order &o, EligibilityRequest &) { first(o) = extraLine(1, u"computers"_s, 1000); }, Eligible,
            u"eligible.within_window"_s, u"window.standard"_s, 900,
            [](const EligibilityResult &r) { QCOMPARE(r.lines[0].bin, u"TECH"_s); } },
        { "default bin", [](Order &, EligibilityRequest &) {}, Eligible, u"eligible.within_window"_s,
            u"window.standard"_s, Any,
            [](const EligibilityResult &r) { QCOMPARE(r.lines[0].bin, u"GEN"_s); } },
        // --- condition questions ---
        { "question still to ask", [](Order &, EligibilityRequest &) {}, Eligible,
            u"eligible.within_window"_s, u"window.standard"_s, Any,
            [](const EligibilityResult &r) {
                QCOMPARE(r.lines[0].questions, QStringList { u"question.tags"_s });
            } },
        { "question answered yes",
            [](Order &, EligibilityRequest &r) {
                select(r, 1, 0, {}, { { u"question.tags"_s, true } });
            },
            Eligible, u"eligible.within_window"_s, u"window.standard"_s, Any,
            [](const EligibilityResult &r) { QVERIFY(r.lines[0].questions.isEmpty()); } },
        { "tags removed: staff look at it",
            [](Order &, EligibilityRequest &r) {
                select(r, 1, 0, {}, { { u"question.tags"_s, false } });
            },
            NeedsStaff, u"condition.failed"_s, u"question.tags"_s },
        { "opened electronics: refused",
            [](Order &o, EligibilityRequest &r) {
                first(o).category = u"electronics"_s;
                r.now = at("2026-10-05T12:00:00Z");
                select(r, 1, 0, {}, { { u"question.unopened"_s, false } });
            },
            Ineligible, u"condition.failed"_s, u"question.unopened"_s },
        // --- customer limits ---
        { "four returns this month", [](Order &, EligibilityRequest &r) { r.history.returnsLast30Days = 4; },
            Eligible, u"eligible.within_window"_s, u"window.standard"_s },
        { "fifth return needs staff", [](Order &, EligibilityRequest &r) { r.history.returnsLast30Days = 5; },
            NeedsStaff, u"limit.returns_per_30_days"_s, u"limits.customer"_s, Any,
            [](const EligibilityResult &r) {
                QCOMPARE(r.lines[0].messageParams.value(u"limit"_s).toInt(), 5);
            } },
        { "value at the limit", [](Order &o, EligibilityRequest &) { first(o).unitPrice = 25000; }, Eligible,
            u"eligible.within_window"_s, u"window.standard"_s, 50000 },
        { "value over the limit", [](Order &o, EligibilityRequest &) { first(o).unitPrice = 25001; },
            NeedsStaff, u"limit.value_needs_staff"_s, u"limits.customer"_s, 50002 },
        { "value limit sums the lines, ineligible lines keep their reason",
            [](Order &o, EligibilityRequest &) {
                first(o).unitPrice = 20000;
                o.lines.push_back(extraLine(2, u"home"_s, 15000));
                o.lines.push_back(extraLine(3, u"clearance"_s, 90000));
            },
            NeedsStaff, u"limit.value_needs_staff"_s, u"limits.customer"_s, Any,
            [](const EligibilityResult &r) {
                QCOMPARE(r.lines[1].decision, NeedsStaff);
                QCOMPARE(r.lines[2].reasonCode, u"category.final_sale"_s);
            } },
        // --- offline limits ---
        { "offline, cache 47 h old",
            [](Order &, EligibilityRequest &r) {
                r.offline = true;
                r.cacheSyncedAt = r.now.addSecs(-47 * 3600);
            },
            Eligible, u"eligible.within_window"_s, u"window.standard"_s },
        { "offline, cache 49 h old",
            [](Order &, EligibilityRequest &r) {
                r.offline = true;
                r.cacheSyncedAt = r.now.addSecs(-49 * 3600);
            },
            NeedsStaff, u"offline.cache_stale"_s, u"limits.offline"_s },
        { "offline, never synced", [](Order &, EligibilityRequest &r) { r.offline = true; }, NeedsStaff,
            u"offline.cache_stale"_s, u"limits.offline"_s },
        { "offline, stale cache: a line a verified return code carries is still decided",
            [](Order &o, EligibilityRequest &r) {
                o.lines.push_back(extraLine(2, u"apparel"_s, 1500));
                r.offline = true;
                r.cacheSyncedAt = r.now.addSecs(-49 * 3600);
                r.carriedByCode = { 1 };
            },
            Eligible, u"eligible.within_window"_s, u"window.standard"_s, 5998,
            [](const EligibilityResult &r) {
                // the order's other line was not on the code: typed in, it needs a colleague
                QCOMPARE(r.lines[1].decision, NeedsStaff);
                QCOMPARE(r.lines[1].reasonCode, u"offline.cache_stale"_s);
            } },
        { "offline, stale cache: a code's line still meets the per-return limit",
            [](Order &o, EligibilityRequest &r) {
                first(o).unitPrice = 10001;
                r.offline = true;
                r.cacheSyncedAt = r.now.addSecs(-49 * 3600);
                r.carriedByCode = { 1 };
            },
            NeedsStaff, u"offline.return_limit"_s, u"limits.offline"_s },
        { "offline, never synced: a return code's line is decided",
            [](Order &, EligibilityRequest &r) {
                r.offline = true;
                r.carriedByCode = { 1 };
            },
            Eligible, u"eligible.within_window"_s, u"window.standard"_s },
        { "online, a code changes nothing",
            [](Order &, EligibilityRequest &r) {
                r.cacheSyncedAt = r.now.addDays(-30);
                r.carriedByCode = { 1 };
            },
            Eligible, u"eligible.within_window"_s, u"window.standard"_s },
        { "online, old cache is fine",
            [](Order &, EligibilityRequest &r) { r.cacheSyncedAt = r.now.addDays(-30); }, Eligible,
            u"eligible.within_window"_s, u"window.standard"_s },
        { "offline, refund at the per-return limit",
            [](Order &o, EligibilityRequest &r) {
                first(o).unitPrice = 10000;
                r.offline = true;
                r.cacheSyncedAt = r.now.addSecs(-3600);
            },
            Eligible, u"eligible.within_window"_s, u"window.standard"_s, 20000 },
        { "offline, refund over the per-return limit",
            [](Order &o, EligibilityRequest &r) {
                first(o).unitPrice = 10001;
                r.offline = true;
                r.cacheSyncedAt = r.now.addSecs(-3600);
            },
            NeedsStaff, u"offline.return_limit"_s, u"limits.offline"_s },
        { "online, same refund", [](Order &o, EligibilityRequest &) { first(o).unitPrice = 10001; }, Eligible,
            u"eligible.within_window"_s, u"window.standard"_s, 20002 },
        { "offline, daily total at the limit",
            [](Order &o, EligibilityRequest &r) {
                first(o).unitPrice = 10000;
                r.offline = true;
                r.cacheSyncedAt = r.now.addSecs(-3600);
                r.history.offlineRefundedToday = 40000;
            },
            Eligible, u"eligible.within_window"_s, u"window.standard"_s },
        { "offline, daily total over the limit",
            [](Order &o, EligibilityRequest &r) {
                first(o).unitPrice = 10000;
                r.offline = true;
                r.cacheSyncedAt = r.now.addSecs(-3600);
                r.history.offlineRefundedToday = 40001;
            },
            NeedsStaff, u"offline.daily_limit"_s, u"limits.offline"_s },
        { "offline limits do not rescue an expired line",
            [](Order &, EligibilityRequest &r) {
                r.offline = true;
                r.now = at("2026-12-01T12:00:00Z");
            },
            Ineligible, u"window.expired"_s, u"window.standard"_s },
        // --- multi-line orders ---
        { "each line judged on its own",
            [](Order &o, EligibilityRequest &r) {
                o.lines.push_back(extraLine(2, u"electronics"_s, 5000));
                r.now = at("2026-10-20T12:00:00Z");
            },
            Eligible, u"eligible.within_window"_s, u"window.standard"_s, 5998,
            [](const EligibilityResult &r) {
                QCOMPARE(r.lines.size(), size_t(2));
                QCOMPARE(r.lines[1].reasonCode, u"window.expired"_s);
                QCOMPARE(r.totalRefund(), 5998);
            } },
    };
    return all;
}

} // namespace

class TestEligibilityEngine : public QObject
{
    Q_OBJECT

private:
    static EligibilityRequest baseRequest(const Order &order)
    {
        EligibilityRequest request;
        request.order = &order;
        request.policy = testPolicy().get();
        request.now = at("2026-10-15T16:00:00Z");
        request.storeZone = QTimeZone(QByteArrayLiteral("America/New_York"));
        return request;
    }

private Q_SLOTS:
    void decisions_data()
    {
        QTest::addColumn<int>("index");
        QVERIFY(cases().size() >= 60);
        for (size_t i = 0; i < cases().size(); ++i)
            QTest::newRow(cases()[i].name) << int(i);
    }

    void decisions()
    {
        QFETCH(int, index);
        const Case &c = cases()[size_t(index)];
        Order order = baseOrder();
        EligibilityRequest request = baseRequest(order);
        c.setup(order, request);
        const EligibilityResult result = EligibilityEngine::decide(request);
        QVERIFY(!result.lines.empty());
        const LineDecision &line = result.lines[0];
        QCOMPARE(line.reasonCode, c.reasonCode);
        QCOMPARE(LineDecision::decisionName(line.decision), LineDecision::decisionName(c.decision));
        QCOMPARE(line.ruleId, c.ruleId);
        if (c.refund != Any)
            QCOMPARE(line.refund, c.refund);
        if (c.check)
            c.check(result);
    }

    // A limit of "none" never applies; a limit of 0 lets nothing through without a colleague (format 1
    // used 0 for both, depending on the block).
    void limitsNoneAndZero()
    {
        Order order = baseOrder();
        first(order).unitPrice = 500000;
        EligibilityRequest request = baseRequest(order);
        Policy policy = *testPolicy();
        request.policy = &policy;
        policy.customerLimits.maxReturnsPer30Days = std::nullopt;
        policy.customerLimits.maxValueWithoutStaff = std::nullopt;
        request.history.returnsLast30Days = 1000;
        QCOMPARE(EligibilityEngine::decide(request).lines[0].reasonCode, u"eligible.within_window"_s);

        policy.customerLimits.maxReturnsPer30Days = 0;
        request.history.returnsLast30Days = 0;
        QCOMPARE(EligibilityEngine::decide(request).lines[0].reasonCode, u"limit.returns_per_30_days"_s);
        policy.customerLimits.maxReturnsPer30Days = std::nullopt;
        policy.customerLimits.maxValueWithoutStaff = 0;
        first(order).unitPrice = 1;
        QCOMPARE(EligibilityEngine::decide(request).lines[0].reasonCode, u"limit.value_needs_staff"_s);
        policy.customerLimits.maxValueWithoutStaff = std::nullopt;

        request.offline = true;
        request.cacheSyncedAt = request.now.addDays(-400);
        policy.offlineLimits = { u"limits.offline"_s, std::nullopt, std::nullopt, std::nullopt };
        first(order).unitPrice = 500000;
        QCOMPARE(EligibilityEngine::decide(request).lines[0].reasonCode, u"eligible.within_window"_s);
        policy.offlineLimits.maxRefundPerDay = 0;
        QCOMPARE(EligibilityEngine::decide(request).lines[0].reasonCode, u"offline.daily_limit"_s);
        policy.offlineLimits.maxRefundPerReturn = 0;
        QCOMPARE(EligibilityEngine::decide(request).lines[0].reasonCode, u"offline.return_limit"_s);
        policy.offlineLimits.maxCacheAgeHours = 24;
        QCOMPARE(EligibilityEngine::decide(request).lines[0].reasonCode, u"offline.cache_stale"_s);
    }

    // A later "now" never turns a window refusal into an eligible line; refunds never exceed what was paid.
    void properties()
    {
        QRandomGenerator rng(20261123);
        const QStringList categories { u"apparel"_s, u"electronics"_s, u"home"_s, u"books"_s, u"computers"_s,
            u"clearance"_s, u"toys"_s };
        const QStringList tiers { QString(), u"gold"_s, u"silver"_s };
        const QStringList reasons { u"changed_mind"_s, u"defective"_s, u"unwanted_gift"_s, u"price_error"_s };
        const QByteArray zones[] = { "America/New_York", "Europe/London", "Asia/Tokyo", "Australia/Sydney" };
        const QDateTime epoch = at("2026-01-01T00:00:00Z");
        for (int i = 0; i < 3000; ++i) {
            Order order = baseOrder();
            order.loyaltyTier = tiers[rng.bounded(int(tiers.size()))];
            order.placedAt = epoch.addSecs(rng.bounded(365 * 86400));
            order.deliveredAt
                = rng.bounded(10) == 0 ? QDateTime() : order.placedAt.addSecs(rng.bounded(10 * 86400));
            order.lines.clear();
            const int lines = 1 + rng.bounded(4);
            for (int n = 1; n <= lines; ++n) {
                OrderLine line = extraLine(n, categories[rng.bounded(int(categories.size()))],
                    rng.bounded(200000), 1 + rng.bounded(3));
                line.quantityReturned = rng.bounded(line.quantity + 1);
                order.lines.push_back(line);
            }
            EligibilityRequest request = baseRequest(order);
            request.storeZone = QTimeZone(zones[rng.bounded(4)]);
            request.offline = rng.bounded(2) == 0;
            request.cacheSyncedAt = order.placedAt.addSecs(rng.bounded(200 * 86400));
            const QString reason = reasons[rng.bounded(int(reasons.size()))];
            for (const OrderLine &line : order.lines)
                request.selections.push_back({ line.lineNo, 0, reason, {} });
            request.now = order.placedAt.addSecs(rng.bounded(150 * 86400));
            const EligibilityResult earlier = EligibilityEngine::decide(request);
            request.now = request.now.addSecs(rng.bounded(60 * 86400));
            const EligibilityResult later = EligibilityEngine::decide(request);
            QCOMPARE(EligibilityEngine::decide(request).toJson(), later.toJson()); // deterministic
            for (size_t n = 0; n < order.lines.size(); ++n) {
                const OrderLine &line = order.lines[n];
                const LineDecision &before = earlier.lines[n];
                const LineDecision &after = later.lines[n];
                if (before.reasonCode.startsWith(u"window."_s))
                    QVERIFY2(after.reasonCode.startsWith(u"window."_s),
                        qPrintable(u"order %1 line %2: %3 then %4"_s.arg(i).arg(n).arg(
                            before.reasonCode, after.reasonCode)));
                for (const LineDecision *d : { &before, &after }) {
                    QVERIFY(d->refund >= 0);
                    QVERIFY(d->refund <= line.unitPrice * line.returnableQuantity());
                    QVERIFY(d->refund <= d->lineValue);
                    QVERIFY(d->storeCredit >= d->refund || d->decision != Decision::Eligible);
                    QVERIFY(d->decision != Decision::Eligible || d->keepIt || !d->bin.isEmpty());
                }
            }
            QVERIFY(later.totalRefund() <= [&] {
                MinorUnits paid = 0;
                for (const OrderLine &line : order.lines)
                    paid += line.unitPrice * line.quantity;
                return paid;
            }());
        }
    }

    void jsonNamesEverything()
    {
        Order order = baseOrder();
        const QJsonObject json = EligibilityEngine::decide(baseRequest(order)).toJson();
        const QJsonObject line = json.value(u"lines"_s).toArray().at(0).toObject();
        QCOMPARE(json.value(u"policyVersion"_s).toInt(), 42);
        QCOMPARE(line.value(u"decision"_s).toString(), u"eligible"_s);
        QCOMPARE(line.value(u"ruleId"_s).toString(), u"window.standard"_s);
        QCOMPARE(line.value(u"lastDay"_s).toString(), u"2026-10-31"_s);
        QCOMPARE(line.value(u"resolutions"_s).toArray().at(0).toString(), u"refund"_s);
        QCOMPARE(line.value(u"refund"_s).toInteger(), 5998);
    }
};

QTEST_GUILESS_MAIN(TestEligibilityEngine)
#include "tst_eligibilityengine.moc"
