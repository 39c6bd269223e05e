#include "EligibilityEngine.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace kiosk {

namespace {

using Decision = LineDecision::Decision;

void decideAs(LineDecision &line, Decision decision, const QString &reasonCode, const QString &ruleId,
    QJsonObject params = {})
{
    line.decision = decision;
    line.reasonCode = reasonCode;
    line.ruleId = ruleId;
    line.messageKey = u"eligibility."_s + reasonCode;
    line.messageParams = std::move(params);
}

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

/// The store-local calendar facts one order needs, computed once per order.
struct Calendar
{
    QDate today;
    QDate placedDay;
    QDate deliveredDay; ///< invalid when the delivery date is unknown
};

struct Window
{
    QDate lastDay;
    QString ruleId;
    int days = 0;
    bool anchorUnknown = false;
    bool extendedByHoliday = false;
};

Window windowFor(const Policy &policy, const Policy::Window &rule, const Order &order, const Calendar &cal)
{
    Window w;
    w.ruleId = rule.id;
    w.days = rule.days;
    if (const Policy::TierExtension *tier
        = order.loyaltyTier.isEmpty() ? nullptr : policy.tierExtension(order.loyaltyTier)) {
        w.days += tier->extraDays;
        w.ruleId = tier->id;
    }
    QDate anchor = cal.placedDay;
    if (rule.anchor == Policy::Window::Anchor::Delivery) {
        if (cal.deliveredDay.isValid())
            anchor = cal.deliveredDay;
        else
            w.anchorUnknown = true; // counted from purchase, the earliest date it could be
    }
    w.lastDay = anchor.addDays(w.days);
    for (const Policy::HolidayExtension &holiday : policy.holidayExtensions) {
        if (cal.placedDay >= holiday.purchasedFrom && cal.placedDay <= holiday.purchasedUntil
            && holiday.returnUntil > w.lastDay) {
            w.lastDay = holiday.returnUntil;
            w.ruleId = holiday.id;
            w.extendedByHoliday = true;
        }
    }
    return w;
}

MinorUnits percentOf(MinorUnits amount, int percent)
{
    // amount <= 10^16 (price cap x quantity cap), so amount * 100 cannot overflow int64.
    return amount * percent / 100;
}

/// Judges one line on its own; order-wide limits are applied afterwards.
LineDecision decideLine(const EligibilityRequest &req, const Calendar &cal, const OrderLine *line,
    const EligibilityRequest::Selection &selection)
{
    const Policy &policy = *req.policy;
    const Order &order = *req.order;
    LineDecision d;
    d.lineNo = selection.lineNo;
    if (!line) {
        decideAs(d, Decision::Ineligible, u"request.unknown_line"_s, u"order.lines"_s);
        return d;
    }
    const int returnable = line->returnableQuantity();
    d.quantity = selection.quantity > 0 ? selection.quantity : returnable;
    const QJsonObject category { { u"category"_s, line->category } };

    if (line->nonReturnable)
        return decideAs(d, Decision::Ineligible, u"line.non_returnable"_s, u"order.line.nonReturnable"_s), d;
    if (policy.nonReturnableCategories.contains(line->category))
        return decideAs(d, Decision::Ineligible, u"category.non_returnable"_s, u"nonReturnableCategories"_s,
                   category),
               d;
    if (line->finalSale)
        return decideAs(d, Decision::Ineligible, u"line.final_sale"_s, u"order.line.finalSale"_s), d;
    if (policy.finalSaleCategories.contains(line->category))
        return decideAs(
                   d, Decision::Ineligible, u"category.final_sale"_s, u"finalSaleCategories"_s, category),
               d;
    if (returnable == 0)
        return decideAs(d, Decision::Ineligible, u"line.fully_returned"_s, u"order.line.quantityReturned"_s),
               d;
    if (d.quantity > returnable) {
        decideAs(d, Decision::Ineligible, u"request.quantity_exceeds"_s, u"order.line.quantityReturned"_s,
            { { u"returnable"_s, returnable } });
        return d;
    }
    if (order.currency != policy.currency) {
        decideAs(d, Decision::NeedsStaff, u"order.currency_mismatch"_s, u"currency"_s,
            { { u"orderCurrency"_s, order.currency }, { u"policyCurrency"_s, policy.currency } });
        return d;
    }
    d.returnReason = selection.reason.isEmpty() ? policy.defaultReason : selection.reason;
    const Policy::Reason *reason = policy.reason(d.returnReason);
    if (!reason) {
        decideAs(d, Decision::Ineligible, u"request.unknown_reason"_s, u"reasons"_s,
            { { u"reason"_s, d.returnReason } });
        return d;
    }

    const Policy::Window *rule = policy.windowFor(line->category);
    if (!rule) // the loader guarantees coverage; a hand-built policy might not
        return decideAs(d, Decision::NeedsStaff, u"policy.no_window"_s, u"windows"_s, category), d;
    const Window window = windowFor(policy, *rule, order, cal);
    d.lastDay = window.lastDay;
    const QJsonObject windowParams { { u"days"_s, window.days }, { u"lastDay"_s, isoDate(window.lastDay) } };
    if (cal.today > window.lastDay) {
        if (window.anchorUnknown)
            decideAs(d, Decision::NeedsStaff, u"window.delivery_unknown"_s, window.ruleId, windowParams);
        else
            decideAs(d, Decision::Ineligible, u"window.expired"_s, window.ruleId, windowParams);
        return d;
    }

    for (const Policy::ConditionQuestion &question : policy.conditionQuestions) {
        if (!categoryMatches(question.categories, line->category))
            continue;
        const auto answer = selection.answers.constFind(question.id);
        if (answer == selection.answers.constEnd()) {
            d.questions.append(question.id);
        } else if (!answer.value()) {
            const bool refuse = question.onFail == Policy::ConditionQuestion::OnFail::Ineligible;
            decideAs(d, refuse ? Decision::Ineligible : Decision::NeedsStaff, u"condition.failed"_s,
                question.id, { { u"question"_s, question.messageKey } });
            return d;
        }
    }

    d.lineValue = line->unitPrice * d.quantity;
    const Policy::RestockingFee *fee
        = reason->waivesRestockingFee ? nullptr : policy.restockingFeeFor(line->category, reason->code);
    d.restockingFee = fee ? percentOf(d.lineValue, fee->percent) : 0;
    d.refund = d.lineValue - d.restockingFee;
    d.storeCredit = d.refund + percentOf(d.refund, policy.storeCreditBonusPercent);
    for (Resolution r : reason->resolutions) {
        if (r != Resolution::RefundToOriginal || !order.paymentMethods.isEmpty())
            d.resolutions.push_back(r);
    }
    if (d.resolutions.empty()) {
        decideAs(d, Decision::NeedsStaff, u"resolution.none_available"_s, u"reasons"_s,
            { { u"reason"_s, reason->code } });
        return d;
    }

    QJsonObject params = windowParams;
    params.insert(u"daysLeft"_s, int(cal.today.daysTo(window.lastDay)));
    if (fee && d.restockingFee > 0)
        params.insert(u"restockingFeePercent"_s, fee->percent);
    if (policy.keepIt && categoryMatches(policy.keepIt->categories, line->category)
        && d.lineValue <= policy.keepIt->maxValue) {
        d.keepIt = true;
        decideAs(d, Decision::Eligible, u"eligible.keep_it"_s, policy.keepIt->id, params);
        return d;
    }
    const Policy::Bin *bin = policy.binFor(line->category);
    d.bin = bin ? bin->bin : QString();
    decideAs(d, Decision::Eligible,
        window.extendedByHoliday ? u"eligible.holiday_window"_s : u"eligible.within_window"_s, window.ruleId,
        params);
    return d;
}

/// Turns every still-eligible line into "needs staff" for an order-wide reason.
void escalate(std::vector<LineDecision> &lines, const QString &reasonCode, const QString &ruleId,
    const QJsonObject &params)
{
    for (LineDecision &line : lines) {
        if (line.decision == Decision::Eligible)
            decideAs(line, Decision::NeedsStaff, reasonCode, ruleId, params);
    }
}

} // namespace

EligibilityResult EligibilityEngine::judgeLines(const EligibilityRequest &req)
{
    const Order &order = *req.order;
    const Policy &policy = *req.policy;
    EligibilityResult result;
    result.orderId = order.id;
    result.policyId = policy.policyId;
    result.policyVersion = policy.version;
    result.offline = req.offline;

    Calendar cal;
    cal.today = req.now.toTimeZone(req.storeZone).date();
    cal.placedDay = order.placedAt.toTimeZone(req.storeZone).date();
    if (order.deliveredAt.isValid())
        cal.deliveredDay = order.deliveredAt.toTimeZone(req.storeZone).date();

    if (req.selections.empty()) {
        for (const OrderLine &line : order.lines)
            result.lines.push_back(decideLine(req, cal, &line, { line.lineNo, 0, {}, {} }));
    } else {
        for (const EligibilityRequest::Selection &selection : req.selections)
            result.lines.push_back(decideLine(req, cal, order.line(selection.lineNo), selection));
    }
    return result;
}

EligibilityResult EligibilityEngine::decide(const EligibilityRequest &req)
{
    EligibilityResult result = judgeLines(req);
    const Policy &policy = *req.policy;
    MinorUnits refund = 0;
    for (const LineDecision &line : result.lines) {
        if (line.decision == Decision::Eligible)
            refund += line.refund;
    }
    const Policy::OfflineLimits &offline = policy.offlineLimits;
    const Policy::CustomerLimits &customer = policy.customerLimits;
    const qint64 cacheAgeSecs = req.cacheSyncedAt.isValid() ? req.cacheSyncedAt.secsTo(req.now) : -1;
    if (req.offline && (cacheAgeSecs < 0 || cacheAgeSecs > qint64(offline.maxCacheAgeHours) * 3600)) {
        escalate(result.lines, u"offline.cache_stale"_s, offline.id,
            { { u"maxHours"_s, offline.maxCacheAgeHours } });
    } else if (customer.maxReturnsPer30Days > 0
        && req.history.returnsLast30Days >= customer.maxReturnsPer30Days) {
        escalate(result.lines, u"limit.returns_per_30_days"_s, customer.id,
            { { u"limit"_s, customer.maxReturnsPer30Days }, { u"count"_s, req.history.returnsLast30Days } });
    } else if (customer.maxValueWithoutStaff > 0 && refund > customer.maxValueWithoutStaff) {
        escalate(result.lines, u"limit.value_needs_staff"_s, customer.id,
            { { u"limit"_s, qint64(customer.maxValueWithoutStaff) } });
    } else if (req.offline && refund > offline.maxRefundPerReturn) {
        escalate(result.lines, u"offline.return_limit"_s, offline.id,
            { { u"limit"_s, qint64(offline.maxRefundPerReturn) } });
    } else if (req.offline && req.history.offlineRefundedToday + refund > offline.maxRefundPerDay) {
        escalate(result.lines, u"offline.daily_limit"_s, offline.id,
            { { u"limit"_s, qint64(offline.maxRefundPerDay) } });
    }
    return result;
}

} // namespace kiosk
