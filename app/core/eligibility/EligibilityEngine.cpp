#include "EligibilityEngine.h"

#include "policy/EffectsInForce.h"

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
    QStringList ruleIds; ///< every rule that shaped it
    int days = 0; ///< 0 for a window with a fixed last day
    bool anchorUnknown = false;
    bool extendedByHoliday = false;
};

Window windowFor(const EffectsInForce &in, const Calendar &cal)
{
    Window w;
    w.ruleId = in.window.rule->id;
    w.ruleIds.append(w.ruleId);
    if (in.window->days > 0) {
        w.days = in.window->days;
        QDate anchor = cal.placedDay;
        if (in.window->anchor == Policy::Anchor::Delivery) {
            if (cal.deliveredDay.isValid())
                anchor = cal.deliveredDay;
            else
                w.anchorUnknown = true; // counted from purchase, the earliest date it could be
        }
        w.lastDay = anchor.addDays(w.days);
    } else {
        w.lastDay = in.window->until;
    }
    if (in.extraDays) {
        w.days += *in.extraDays;
        w.lastDay = w.lastDay.addDays(*in.extraDays);
        w.ruleId = in.extraDays.rule->id;
        w.ruleIds.append(w.ruleId);
    }
    if (in.holidays) {
        const QDate day = in.holidays->by == Policy::Anchor::Purchase ? cal.placedDay : cal.deliveredDay;
        for (const Policy::HolidayPeriod &period : in.holidays->periods) {
            if (day.isValid() && day >= period.from && day <= period.until
                && period.returnUntil > w.lastDay) {
                w.lastDay = period.returnUntil;
                w.ruleId = period.id;
                w.extendedByHoliday = true;
            }
        }
        if (w.extendedByHoliday)
            w.ruleIds += QStringList { in.holidays.rule->id, w.ruleId };
    }
    return w;
}

MinorUnits percentOf(MinorUnits amount, int percent)
{
    // amount <= 10^16 (price cap x quantity cap), so amount * 100 cannot overflow int64.
    return amount * percent / 100;
}

void named(LineDecision &d, const QString &ruleId)
{
    if (!d.ruleIds.contains(ruleId))
        d.ruleIds.append(ruleId);
}

template<typename T> void named(LineDecision &d, const EffectsInForce::From<T> &effect)
{
    if (effect)
        named(d, effect.rule->id);
}

/// The retailer's own words for a service-desk or colleague outcome, in every language given.
QJsonObject messageParams(const Policy::Message &message)
{
    QJsonObject texts;
    for (auto it = message.begin(); it != message.end(); ++it)
        texts.insert(it.key(), it.value());
    return texts.isEmpty() ? QJsonObject() : QJsonObject { { u"message"_s, texts } };
}

/// Refuses a line whose rules say it never comes back to the kiosk; false when they don't.
bool decideByOutcome(LineDecision &d, const EffectsInForce &in, Policy::Outcome outcome)
{
    if (!in.outcome || *in.outcome != outcome || in.outcomeFromAnswer())
        return false;
    const QString &ruleId = in.outcome.rule->id;
    named(d, ruleId);
    const QJsonObject message = messageParams(in.outcome.rule->effects.message);
    switch (outcome) {
    case Policy::Outcome::NotReturnable:
        decideAs(d, Decision::Ineligible, u"category.non_returnable"_s, ruleId, message);
        return true;
    case Policy::Outcome::FinalSale:
        decideAs(d, Decision::Ineligible, u"category.final_sale"_s, ruleId, message);
        return true;
    case Policy::Outcome::ServiceDesk:
        decideAs(d, Decision::Ineligible, u"rule.service_desk"_s, ruleId, message);
        return true;
    case Policy::Outcome::NeedsColleague:
        decideAs(d, Decision::NeedsStaff, u"rule.needs_colleague"_s, ruleId, message);
        return true;
    case Policy::Outcome::Returnable:
        break;
    }
    return false;
}

/// Judges one line on its own; order-wide limits are applied afterwards.
LineDecision decideLine(const EligibilityRequest &req, const Calendar &cal, const OrderLine *line,
    const EligibilityRequest::Selection &selection)
{
    using Outcome = Policy::Outcome;
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
    d.returnReason = selection.reason.isEmpty() ? policy.defaultReason : selection.reason;
    const EffectsInForce in
        = EffectsInForce::resolve(policy, order, *line, d.returnReason, selection.answers);

    if (line->nonReturnable)
        return decideAs(d, Decision::Ineligible, u"line.non_returnable"_s, u"order.line.nonReturnable"_s), d;
    if (decideByOutcome(d, in, Outcome::NotReturnable))
        return d;
    if (line->finalSale)
        return decideAs(d, Decision::Ineligible, u"line.final_sale"_s, u"order.line.finalSale"_s), d;
    if (decideByOutcome(d, in, Outcome::FinalSale) || decideByOutcome(d, in, Outcome::ServiceDesk))
        return d;
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
    const Policy::Reason *reason = policy.reason(d.returnReason);
    if (!reason) {
        decideAs(d, Decision::Ineligible, u"request.unknown_reason"_s, u"reasons"_s,
            { { u"reason"_s, d.returnReason } });
        return d;
    }

    if (!in.window) // the loader guarantees a default window; a hand-built policy might not have one
        return decideAs(d, Decision::NeedsStaff, u"policy.no_window"_s, u"windows"_s,
                   { { u"category"_s, line->category } }),
               d;
    const Window window = windowFor(in, cal);
    d.lastDay = window.lastDay;
    for (const QString &id : window.ruleIds)
        named(d, id);
    QJsonObject windowParams { { u"lastDay"_s, isoDate(window.lastDay) } };
    if (window.days > 0)
        windowParams.insert(u"days"_s, window.days);
    if (cal.today > window.lastDay) {
        if (window.anchorUnknown)
            decideAs(d, Decision::NeedsStaff, u"window.delivery_unknown"_s, window.ruleId, windowParams);
        else
            decideAs(d, Decision::Ineligible, u"window.expired"_s, window.ruleId, windowParams);
        return d;
    }

    d.questions = in.openQuestions;
    if (in.outcomeFromAnswer() && *in.outcome != Outcome::Returnable) {
        const Policy::Rule &rule = *in.outcome.rule;
        named(d, rule.id);
        const Policy::Question *question = policy.question(rule.match.answers.front().first);
        QJsonObject params = messageParams(rule.effects.message);
        params.insert(u"question"_s, question ? question->messageKey : rule.match.answers.front().first);
        const bool toStaff = *in.outcome == Outcome::NeedsColleague;
        decideAs(d, toStaff ? Decision::NeedsStaff : Decision::Ineligible,
            *in.outcome == Outcome::ServiceDesk ? u"rule.service_desk"_s : u"condition.failed"_s, rule.id,
            params);
        return d;
    }
    if (decideByOutcome(d, in, Outcome::NeedsColleague))
        return d;

    d.lineValue = line->unitPrice * d.quantity;
    const bool feeApplies = in.fee && !in.fee->waivedFor.contains(reason->code);
    if (feeApplies)
        d.restockingFee = in.fee->percent > 0 ? percentOf(d.lineValue, in.fee->percent)
                                              : std::min(in.fee->amountPerUnit * d.quantity, d.lineValue);
    named(d, in.fee); // waived or not, it is why the fee is what it is
    d.refund = d.lineValue - d.restockingFee;
    const int bonus = in.storeCreditBonusPercent ? *in.storeCreditBonusPercent : 0;
    d.storeCredit = d.refund + percentOf(d.refund, bonus);
    named(d, in.storeCreditBonusPercent);
    static const std::vector<Resolution> everyResolution { Resolution::RefundToOriginal,
        Resolution::StoreCredit, Resolution::Exchange };
    for (Resolution r : in.resolutions ? *in.resolutions : everyResolution) {
        if (r != Resolution::RefundToOriginal || !order.paymentMethods.isEmpty())
            d.resolutions.push_back(r);
    }
    named(d, in.resolutions);
    if (d.resolutions.empty()) {
        decideAs(d, Decision::NeedsStaff, u"resolution.none_available"_s, u"reasons"_s,
            { { u"reason"_s, reason->code } });
        return d;
    }

    QJsonObject params = windowParams;
    params.insert(u"daysLeft"_s, int(cal.today.daysTo(window.lastDay)));
    if (d.restockingFee > 0 && in.fee->percent > 0)
        params.insert(u"restockingFeePercent"_s, in.fee->percent);
    if (in.keepIt && in.keepIt->enabled
        && (in.keepIt->maxUnitValue >= 0 ? line->unitPrice <= in.keepIt->maxUnitValue
                                         : d.lineValue <= in.keepIt->maxLineValue)) {
        d.keepIt = true;
        named(d, in.keepIt);
        decideAs(d, Decision::Eligible, u"eligible.keep_it"_s, in.keepIt.rule->id, params);
        return d;
    }
    if (in.bin) {
        d.bin = *in.bin;
        named(d, in.bin);
    }
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
    const Policy::OfflineLimits &offline = policy.offlineLimits;
    const Policy::CustomerLimits &customer = policy.customerLimits;
    const qint64 cacheAgeSecs = req.cacheSyncedAt.isValid() ? req.cacheSyncedAt.secsTo(req.now) : -1;
    if (req.offline && offline.maxCacheAgeHours
        && (cacheAgeSecs < 0 || cacheAgeSecs > qint64(*offline.maxCacheAgeHours) * 3600)) {
        // The cache may be out of date: only what a verified return code vouches for is decided here.
        for (LineDecision &line : result.lines) {
            if (line.decision == Decision::Eligible && !req.carriedByCode.contains(line.lineNo))
                decideAs(line, Decision::NeedsStaff, u"offline.cache_stale"_s, offline.id,
                    { { u"maxHours"_s, *offline.maxCacheAgeHours } });
        }
    }
    MinorUnits refund = 0;
    for (const LineDecision &line : result.lines) {
        if (line.decision == Decision::Eligible)
            refund += line.refund;
    }
    if (customer.maxReturnsPer30Days && req.history.returnsLast30Days >= *customer.maxReturnsPer30Days) {
        escalate(result.lines, u"limit.returns_per_30_days"_s, customer.id,
            { { u"limit"_s, *customer.maxReturnsPer30Days }, { u"count"_s, req.history.returnsLast30Days } });
    } else if (customer.maxValueWithoutStaff && refund > *customer.maxValueWithoutStaff) {
        escalate(result.lines, u"limit.value_needs_staff"_s, customer.id,
            { { u"limit"_s, qint64(*customer.maxValueWithoutStaff) } });
    } else if (req.offline && offline.maxRefundPerReturn && refund > *offline.maxRefundPerReturn) {
        escalate(result.lines, u"offline.return_limit"_s, offline.id,
            { { u"limit"_s, qint64(*offline.maxRefundPerReturn) } });
    } else if (req.offline && offline.maxRefundPerDay
        && req.history.offlineRefundedToday + refund > *offline.maxRefundPerDay) {
        escalate(result.lines, u"offline.daily_limit"_s, offline.id,
            { { u"limit"_s, qint64(*offline.maxRefundPerDay) } });
    }
    return result;
}

} // namespace kiosk
