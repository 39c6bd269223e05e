#include "PolicySimulation.h"

#include "EligibilityEngine.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace kiosk {

namespace {

QJsonObject counts(const QHash<QString, qint64> &values)
{
    QJsonObject json;
    for (auto it = values.begin(); it != values.end(); ++it)
        json.insert(it.key(), it.value());
    return json;
}

QJsonObject side(const LineDecision &d)
{
    return { { u"outcome"_s, PolicySimulation::outcome(d) }, { u"reasonCode"_s, d.reasonCode },
        { u"ruleIds"_s, QJsonArray::fromStringList(d.ruleIds) }, { u"refund"_s, qint64(d.refund) },
        { u"fee"_s, qint64(d.restockingFee) }, { u"bin"_s, d.bin } };
}

} // namespace

QJsonObject PolicySimulation::Tally::toJson() const
{
    return { { u"orders"_s, orders }, { u"lines"_s, lines }, { u"outcomes"_s, counts(outcomes) },
        { u"reasons"_s, counts(reasons) }, { u"rules"_s, counts(rules) }, { u"refund"_s, qint64(refund) },
        { u"fee"_s, qint64(fee) }, { u"keepIt"_s, qint64(keepIt) }, { u"keepItLines"_s, keepItLines } };
}

QJsonObject PolicySimulation::Change::toJson() const
{
    return { { u"orderId"_s, order->id }, { u"lineNo"_s, line->lineNo }, { u"sku"_s, line->sku },
        { u"category"_s, line->category }, { u"a"_s, side(*a) }, { u"b"_s, side(*b) } };
}

PolicySimulation::PolicySimulation(
    const Policy &a, const Policy *b, const QDateTime &now, const QTimeZone &storeZone)
    : m_policyA(a)
    , m_policyB(b)
    , m_now(now)
    , m_zone(storeZone)
{ }

QString PolicySimulation::outcome(const LineDecision &decision)
{
    switch (decision.decision) {
    case LineDecision::Decision::Eligible:
        return decision.keepIt ? u"keepIt"_s : u"returnable"_s;
    case LineDecision::Decision::NeedsStaff:
        return u"needsColleague"_s;
    case LineDecision::Decision::Ineligible:
        break;
    }
    return u"refused"_s;
}

bool PolicySimulation::sameDecision(const LineDecision &a, const LineDecision &b)
{
    return a.decision == b.decision && a.keepIt == b.keepIt && a.reasonCode == b.reasonCode
        && a.refund == b.refund && a.restockingFee == b.restockingFee && a.bin == b.bin;
}

void PolicySimulation::count(Tally &tally, const LineDecision &d) const
{
    ++tally.lines;
    ++tally.outcomes[outcome(d)];
    ++tally.reasons[d.reasonCode];
    for (const QString &rule : d.ruleIds)
        ++tally.rules[rule];
    if (d.decision != LineDecision::Decision::Eligible)
        return;
    tally.refund += d.refund;
    tally.fee += d.restockingFee;
    if (d.keepIt) {
        tally.keepIt += d.refund;
        ++tally.keepItLines;
    }
}

void PolicySimulation::add(
    const Order &order, const CustomerHistory &history, const std::function<void(const Change &)> &changed)
{
    EligibilityRequest request;
    request.order = &order;
    request.policy = &m_policyA;
    request.history = history;
    request.now = m_now;
    request.storeZone = m_zone;
    const EligibilityResult a = EligibilityEngine::decide(request);
    ++m_a.orders;
    for (const LineDecision &d : a.lines)
        count(m_a, d);
    if (!m_policyB)
        return;
    request.policy = m_policyB;
    const EligibilityResult b = EligibilityEngine::decide(request);
    ++m_b.orders;
    for (size_t i = 0; i < b.lines.size(); ++i) {
        count(m_b, b.lines[i]);
        if (sameDecision(a.lines[i], b.lines[i]))
            continue;
        ++m_changes;
        if (changed)
            changed({ &order, order.line(b.lines[i].lineNo), &a.lines[i], &b.lines[i] });
    }
}

} // namespace kiosk
