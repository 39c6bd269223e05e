#include "ReturnOffer.h"

#include "eligibility/EligibilityEngine.h"
#include "policy/EffectsInForce.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace kiosk {

namespace {

EligibilityRequest requestFor(const ReturnOffer::Context &context)
{
    EligibilityRequest request;
    request.order = context.order;
    request.policy = context.policy;
    request.history = context.history;
    request.now = context.now;
    request.storeZone = context.storeZone;
    request.offline = context.offline;
    request.cacheSyncedAt = context.cacheSyncedAt;
    request.carriedByCode = context.carriedByCode;
    return request;
}

/// A question is asked of a line when a rule that otherwise fits the line depends on its answer.
bool asked(const Policy &policy, const Order &order, const OrderLine &line, const QString &reason,
    const QString &questionId)
{
    const QString code = reason.isEmpty() ? policy.defaultReason : reason;
    return EffectsInForce::resolve(policy, order, line, code).openQuestions.contains(questionId);
}

QJsonArray resolutionNames(const std::vector<Resolution> &resolutions)
{
    QJsonArray names;
    for (Resolution r : resolutions)
        names.append(resolutionName(r));
    return names;
}

/// A colleague vouches for a line the policy sent to staff or refused: the engine's figures when it got
/// as far as the money, else the price paid; its bin, and a refund when the engine named no resolution.
void vouchFor(LineDecision &d, const Policy &policy, const Order &order, const OrderLine &orderLine)
{
    if (d.lineValue == 0) {
        d.lineValue = orderLine.unitPrice * d.quantity;
        d.restockingFee = 0;
        d.refund = d.lineValue;
        d.storeCredit = d.refund;
    }
    if (d.resolutions.empty())
        d.resolutions = { Resolution::RefundToOriginal };
    if (d.bin.isEmpty() && !d.keepIt) {
        const EffectsInForce in = EffectsInForce::resolve(policy, order, orderLine, d.returnReason);
        d.bin = in.bin ? *in.bin : QString();
    }
}

/// Whether a colleague took over the line's decision: approved where the policy asks for staff, or
/// overrode a refusal (never a line with nothing left to return).
bool vouched(const LineDecision &d, const ReturnOffer::Context &context, const ReturnSelection &selection)
{
    if (d.decision == LineDecision::Decision::NeedsStaff)
        return selection.staffApproved.contains(d.lineNo);
    return d.decision == LineDecision::Decision::Ineligible && d.reasonCode != u"line.fully_returned"
        && !d.reasonCode.startsWith(u"request.") && context.staffOverrides.contains(d.lineNo);
}

/// A line that would go into a bin whose chute is out of service can't be taken now: refused, so the
/// shopper hears it before choosing, not at the chute. True when it was.
bool refuseIfBinDown(LineDecision &d, bool goesBack, const ReturnOffer::Context &context)
{
    if (!context.binInService || !goesBack || d.keepIt || d.bin.isEmpty() || context.binInService(d.bin))
        return false;
    d.decision = LineDecision::Decision::Ineligible;
    d.reasonCode = u"bin.out_of_service"_s;
    d.messageKey = u"eligibility.bin.out_of_service"_s;
    d.messageParams = { { u"bin"_s, d.bin } };
    return true;
}

} // namespace

ReturnOffer::Figures ReturnOffer::Line::figures() const
{
    return { decision.lineValue, decision.restockingFee, decision.refund,
        decision.storeCredit - decision.refund };
}

ReturnOffer::Figures ReturnOffer::Line::unitsFigures(int from, int to) const
{
    const int units = std::max(1, quantity());
    from = std::clamp(from, 0, units);
    to = std::clamp(to, from, units);
    const Figures all = figures();
    // Cumulative shares, so that the parts of a split add up to the whole to the cent.
    const auto share = [&](MinorUnits amount) { return amount * to / units - amount * from / units; };
    return { share(all.value), share(all.fee), share(all.refund), share(all.bonus) };
}

QString ReturnOffer::problemCode(Problem problem)
{
    switch (problem) {
    case Problem::None:
        return u"ok"_s;
    case Problem::NothingSelected:
        return u"nothing-selected"_s;
    case Problem::UnknownLine:
        return u"unknown-line"_s;
    case Problem::DuplicateLine:
        return u"duplicate-line"_s;
    case Problem::BadQuantity:
        return u"bad-quantity"_s;
    case Problem::QuantityExceeds:
        return u"quantity-exceeds"_s;
    case Problem::UnknownReason:
        return u"unknown-reason"_s;
    case Problem::UnaskedAnswer:
        return u"unasked-answer"_s;
    case Problem::ResolutionNotAllowed:
        return u"resolution-not-allowed"_s;
    }
    return {};
}

void ReturnOffer::refuse(Problem problem, int lineNo, QString detail)
{
    m_problem = problem;
    m_problemLine = lineNo;
    m_problemDetail = std::move(detail);
    m_lines.clear();
}

ReturnOffer ReturnOffer::make(const Context &context, const ReturnSelection &selection)
{
    const Order &order = *context.order;
    const Policy &policy = *context.policy;
    ReturnOffer offer;
    offer.m_orderId = order.id;
    offer.m_currency = order.currency;
    offer.m_policyId = policy.policyId;
    offer.m_policyVersion = policy.version;
    offer.m_offline = context.offline;
    offer.m_resolution = selection.resolution;
    if (selection.lines.empty()) {
        offer.refuse(Problem::NothingSelected, 0, u"no line is selected"_s);
        return offer;
    }

    EligibilityRequest request = requestFor(context);
    QSet<int> seen;
    for (const ReturnSelection::Line &chosen : selection.lines) {
        const OrderLine *line = order.line(chosen.lineNo);
        if (!line) {
            offer.refuse(Problem::UnknownLine, chosen.lineNo,
                u"line %1 is not in order %2"_s.arg(chosen.lineNo).arg(order.id));
            return offer;
        }
        if (seen.contains(chosen.lineNo)) {
            offer.refuse(
                Problem::DuplicateLine, chosen.lineNo, u"line %1 is selected twice"_s.arg(chosen.lineNo));
            return offer;
        }
        seen.insert(chosen.lineNo);
        if (chosen.quantity < 1) {
            offer.refuse(Problem::BadQuantity, chosen.lineNo,
                u"line %1: a quantity of %2 (at least 1)"_s.arg(chosen.lineNo).arg(chosen.quantity));
            return offer;
        }
        // A line with nothing left is the engine's to explain (fully returned); more than is left is not.
        if (line->returnableQuantity() > 0 && chosen.quantity > line->returnableQuantity()) {
            offer.refuse(Problem::QuantityExceeds, chosen.lineNo,
                u"line %1 has %2 unit(s) left to return, %3 selected"_s.arg(chosen.lineNo)
                    .arg(line->returnableQuantity())
                    .arg(chosen.quantity));
            return offer;
        }
        if (!chosen.reason.isEmpty() && !policy.reason(chosen.reason)) {
            offer.refuse(Problem::UnknownReason, chosen.lineNo,
                u"line %1: reason '%2' is not in policy %3"_s.arg(chosen.lineNo)
                    .arg(chosen.reason, policy.policyId));
            return offer;
        }
        for (auto answer = chosen.answers.cbegin(); answer != chosen.answers.cend(); ++answer) {
            if (!asked(policy, order, *line, chosen.reason, answer.key())) {
                offer.refuse(Problem::UnaskedAnswer, chosen.lineNo,
                    u"line %1: question '%2' is not asked for it"_s.arg(chosen.lineNo).arg(answer.key()));
                return offer;
            }
        }
        request.selections.push_back({ chosen.lineNo, chosen.quantity, chosen.reason, chosen.answers });
    }

    const EligibilityResult result = EligibilityEngine::decide(request);
    for (const LineDecision &decision : result.lines) {
        const OrderLine &orderLine = *order.line(decision.lineNo);
        Line line { decision, orderLine.sku, orderLine.title, false, !orderLine.variants.empty() };
        if (vouched(decision, context, selection)) {
            line.staffApproved = true;
            vouchFor(line.decision, policy, order, orderLine);
        }
        if (refuseIfBinDown(line.decision, line.goesBack(), context))
            line.staffApproved = false;
        offer.m_lines.push_back(std::move(line));
    }

    if (selection.resolution) {
        const auto allowed = offer.resolutions();
        if (std::find(allowed.begin(), allowed.end(), *selection.resolution) == allowed.end()) {
            QStringList names;
            for (Resolution r : allowed)
                names.append(resolutionName(r));
            offer.refuse(Problem::ResolutionNotAllowed, 0,
                u"%1 is not offered for this selection (offered: %2)"_s.arg(
                    resolutionName(*selection.resolution),
                    names.isEmpty() ? u"none"_s : names.join(u", "_s)));
        }
    }
    return offer;
}

std::vector<LineDecision> ReturnOffer::catalogue(const Context &context)
{
    std::vector<LineDecision> lines = EligibilityEngine::judgeLines(requestFor(context)).lines;
    for (LineDecision &d : lines) {
        if (d.decision == LineDecision::Decision::Ineligible && vouched(d, context, {})) {
            vouchFor(d, *context.policy, *context.order, *context.order->line(d.lineNo));
            d.decision = LineDecision::Decision::Eligible; // a colleague overrode the refusal
        }
        refuseIfBinDown(d, d.decision != LineDecision::Decision::Ineligible, context);
    }
    return lines;
}

const ReturnOffer::Line *ReturnOffer::line(int lineNo) const
{
    for (const Line &l : m_lines)
        if (l.lineNo() == lineNo)
            return &l;
    return nullptr;
}

std::vector<Resolution> ReturnOffer::resolutions() const
{
    std::vector<Resolution> allowed
        = { Resolution::RefundToOriginal, Resolution::StoreCredit, Resolution::Exchange };
    bool any = false;
    for (const Line &line : m_lines) {
        if (!line.goesBack())
            continue;
        any = true;
        std::erase_if(allowed, [&line](Resolution r) {
            const auto &byLine = line.decision.resolutions;
            return std::find(byLine.begin(), byLine.end(), r) == byLine.end()
                || (r == Resolution::Exchange && !line.hasVariants);
        });
    }
    return any ? allowed : std::vector<Resolution> {};
}

const ReturnOffer::Line *ReturnOffer::firstNeedingStaff() const
{
    for (const Line &line : m_lines)
        if (line.needsStaff())
            return &line;
    return nullptr;
}

std::vector<std::pair<int, QString>> ReturnOffer::openQuestions() const
{
    std::vector<std::pair<int, QString>> open;
    for (const Line &line : m_lines)
        if (line.goesBack() && !line.staffApproved)
            for (const QString &question : line.decision.questions)
                open.emplace_back(line.lineNo(), question);
    return open;
}

int ReturnOffer::unitsToDrop() const
{
    int units = 0;
    for (const Line &line : m_lines)
        if (line.goesBack() && !line.decision.keepIt)
            units += line.quantity();
    return units;
}

int ReturnOffer::unitsToKeep() const
{
    int units = 0;
    for (const Line &line : m_lines)
        if (line.goesBack() && line.decision.keepIt)
            units += line.quantity();
    return units;
}

ReturnOffer::Figures ReturnOffer::totals(bool withLinesNeedingStaff) const
{
    Figures sum;
    for (const Line &line : m_lines) {
        if (!line.goesBack() && !(withLinesNeedingStaff && line.needsStaff()))
            continue;
        const Figures f = line.figures();
        sum.value += f.value;
        sum.fee += f.fee;
        sum.refund += f.refund;
        sum.bonus += f.bonus;
    }
    return sum;
}

MinorUnits ReturnOffer::total(std::optional<Resolution> resolution) const
{
    return totals().amount(resolution.value_or(m_resolution.value_or(Resolution::RefundToOriginal)));
}

QJsonObject ReturnOffer::toJson() const
{
    QJsonObject json { { u"orderId"_s, m_orderId }, { u"policyId"_s, m_policyId },
        { u"policyVersion"_s, m_policyVersion }, { u"offline"_s, m_offline } };
    if (!isValid()) {
        json.insert(u"problem"_s,
            QJsonObject { { u"code"_s, problemCode(m_problem) }, { u"line"_s, m_problemLine },
                { u"detail"_s, m_problemDetail } });
        return json;
    }
    QJsonArray lines;
    for (const Line &line : m_lines) {
        QJsonObject object = line.decision.toJson();
        object.insert(u"sku"_s, line.sku);
        object.insert(u"title"_s, line.title);
        object.insert(u"staffApproved"_s, line.staffApproved);
        object.insert(u"goesBack"_s, line.goesBack());
        object.insert(u"bonus"_s, qint64(line.figures().bonus));
        lines.append(object);
    }
    const Figures sum = totals();
    json.insert(u"lines"_s, lines);
    json.insert(u"resolutions"_s, resolutionNames(resolutions()));
    if (m_resolution)
        json.insert(u"resolution"_s, resolutionName(*m_resolution));
    json.insert(u"needsStaff"_s, needsStaff());
    json.insert(u"totals"_s,
        QJsonObject { { u"value"_s, qint64(sum.value) }, { u"restockingFee"_s, qint64(sum.fee) },
            { u"refund"_s, qint64(sum.refund) }, { u"bonus"_s, qint64(sum.bonus) },
            { u"storeCredit"_s, qint64(sum.refund + sum.bonus) }, { u"total"_s, qint64(total()) } });
    json.insert(u"unitsToDrop"_s, unitsToDrop());
    json.insert(u"unitsToKeep"_s, unitsToKeep());
    return json;
}

} // namespace kiosk
