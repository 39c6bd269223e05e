#include "ReturnPricing.h"

#include "ReturnValidator.h"

#include <cache/OrderJson.h>
#include <offer/ReturnOffer.h>
#include <policy/EffectsInForce.h>

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace kiosk::backend {

namespace {

/// What the kiosk recorded for one item.
struct Recorded
{
    qint64 refund = 0;
    qint64 fee = 0;
    qint64 bonus = 0;
};

Recorded recordedOf(const QJsonObject &item)
{
    return { *ReturnValidator::exactInteger(item.value("refund"_L1)),
        ReturnValidator::exactInteger(item.value("restockingFee"_L1)).value_or(0),
        ReturnValidator::exactInteger(item.value("bonus"_L1)).value_or(0) };
}

qint64 integerOf(const QJsonObject &item, QLatin1StringView key)
{
    return *ReturnValidator::exactInteger(item.value(key));
}

/// Before any policy is published: an item's refund less its store-credit bonus is at most unit price x
/// quantity, and the bonus at most that again (a policy's storeCreditBonusPercent is capped at 100).
QString boundsProblem(
    const QJsonObject &ret, const QString &orderId, const QHash<int, OrderCatalog::LineFigures> &lines)
{
    const QJsonArray items = ret.value("items"_L1).toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        const auto line = lines.constFind(int(integerOf(item, "lineNo"_L1)));
        if (line == lines.cend())
            continue;
        const qint64 quantity = integerOf(item, "quantity"_L1);
        const Recorded recorded = recordedOf(item);
        const qint64 sold = line->unitPrice * quantity;
        if (recorded.bonus < 0 || recorded.bonus > recorded.refund || recorded.bonus > sold
            || recorded.refund - recorded.bonus > sold)
            return u"refund_exceeds: items[%1] refunds %2 (bonus %3) for %4 of line %5 of order %6, which "
                   "sold for %7 each"_s.arg(i)
                       .arg(recorded.refund)
                       .arg(recorded.bonus)
                       .arg(quantity)
                       .arg(line.key())
                       .arg(orderId)
                       .arg(line->unitPrice);
    }
    return {};
}

std::optional<Resolution> resolutionOf(const QString &recorded)
{
    if (recorded == "refund"_L1)
        return Resolution::RefundToOriginal;
    if (recorded == "store_credit"_L1)
        return Resolution::StoreCredit;
    if (recorded == "exchange"_L1)
        return Resolution::Exchange;
    return std::nullopt;
}

/// Every way the shopper may have answered @p questions: each one yes, no, or not asked (a colleague
/// approved the line, or the journey never got to it).
std::vector<QHash<QString, bool>> answerSets(const QStringList &questions)
{
    std::vector<QHash<QString, bool>> sets { {} };
    for (const QString &question : questions) {
        const std::size_t before = sets.size();
        for (std::size_t i = 0; i < before; ++i) {
            for (const bool answer : { true, false }) {
                QHash<QString, bool> answered = sets[i];
                answered.insert(question, answer);
                sets.push_back(std::move(answered));
            }
        }
    }
    return sets;
}

/// Why the engine does not give @p recorded for @p units of @p line; empty when it does. A kiosk records
/// a line's figures for the units of the selection that went in: all of them, or a part of a drop-off a
/// fault split, the part's share of the figures for more units (ReturnOffer::Line::unitsFigures).
QString itemProblem(const ReturnOffer::Context &context, const OrderLine &line, const QString &reason,
    int units, Resolution resolution, const Recorded &recorded)
{
    const QStringList questions = EffectsInForce::resolve(*context.policy, *context.order, line, reason)
                                      .openQuestions.mid(0, ReturnPricing::MaxQuestions);
    std::optional<ReturnOffer> plain; // the whole selection, no answers: what a mismatch is compared to
    for (const QHash<QString, bool> &answers : answerSets(questions)) {
        for (int total = units; total <= std::max(units, line.returnableQuantity()); ++total) {
            ReturnSelection selection;
            selection.lines.push_back({ line.lineNo, total, reason, answers });
            selection.resolution = resolution;
            selection.staffApproved = { line.lineNo };
            const ReturnOffer offer = ReturnOffer::make(context, selection);
            if (!plain)
                plain = offer;
            const ReturnOffer::Line *offered = offer.isValid() ? offer.line(line.lineNo) : nullptr;
            if (!offered || !offered->goesBack())
                continue;
            for (int from = 0; from + units <= total; ++from) {
                const ReturnOffer::Figures f = offered->unitsFigures(from, from + units);
                if (f.amount(resolution) == recorded.refund && f.fee == recorded.fee
                    && (resolution == Resolution::StoreCredit ? f.bonus : 0) == recorded.bonus)
                    return {};
            }
        }
    }
    if (!plain->isValid())
        return u"line_ineligible: %1"_s.arg(plain->problemDetail());
    const ReturnOffer::Line &offered = *plain->line(line.lineNo);
    if (!offered.goesBack())
        return u"line_ineligible: line %1 cannot be returned (%2)"_s.arg(line.lineNo)
            .arg(offered.decision.reasonCode);
    const ReturnOffer::Figures f = offered.figures();
    return u"amount_mismatch: %1 unit(s) of line %2 (%3, %4) recorded as refund %5, restocking fee %6, bonus "
           u"%7; "
           "the policy gives refund %8, restocking fee %9, bonus %10"_s.arg(units)
               .arg(line.lineNo)
               .arg(reason, resolutionName(resolution))
               .arg(recorded.refund)
               .arg(recorded.fee)
               .arg(recorded.bonus)
               .arg(f.amount(resolution))
               .arg(f.fee)
               .arg(resolution == Resolution::StoreCredit ? f.bonus : 0);
}

} // namespace

QString ReturnPricing::problem(const QJsonObject &ret) const
{
    const QString orderId = ret.value("orderId"_L1).toString();
    const auto orderJson = m_catalog.find(orderId);
    if (!orderJson)
        return {};
    if (m_policies.isEmpty())
        return boundsProblem(ret, orderId, *m_catalog.lineFigures(orderId));
    const QJsonObject named = ret.value("policy"_L1).toObject();
    const QString policyId = named.value("id"_L1).toString();
    const auto version = ReturnValidator::exactInteger(named.value("version"_L1));
    if (policyId.isEmpty() || !version)
        return u"policy_missing: the return names no policy {id, version}; its amounts are checked under the "
               "version the kiosk applied (published: %1)"_s.arg(m_policies.describe());
    const std::shared_ptr<const Policy> policy = m_policies.find(policyId, int(*version));
    if (!policy)
        return u"policy_unknown: policy %1 version %2 was never published by this backend (published: %3)"_s
            .arg(policyId)
            .arg(*version)
            .arg(m_policies.describe());
    const std::optional<Resolution> resolution = resolutionOf(ret.value("resolution"_L1).toString());
    const OrderJson::Result order = OrderJson::fromJson(QJsonDocument::fromJson(*orderJson).object());
    if (!order.order || !resolution)
        return {}; // the catalog's orders and the resolutions are checked on loading and by ReturnValidator

    ReturnOffer::Context context;
    context.order = &*order.order;
    context.policy = policy.get();
    context.now = QDateTime::fromString(ret.value("createdAt"_L1).toString(), Qt::ISODateWithMs);
    context.storeZone = m_storeZone;
    const QJsonArray items = ret.value("items"_L1).toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        const OrderLine *line = order.order->line(int(integerOf(item, "lineNo"_L1)));
        const qint64 units = integerOf(item, "quantity"_L1);
        if (!line || units > line->returnableQuantity())
            return {}; // line_unknown, quantity_exceeds
        const QString problem = itemProblem(
            context, *line, item.value("reason"_L1).toString(), int(units), *resolution, recordedOf(item));
        if (!problem.isEmpty()) {
            const qsizetype colon = problem.indexOf(u':');
            return u"%1: items[%2] of order %3 under policy %4 version %5:%6"_s.arg(problem.left(colon))
                .arg(i)
                .arg(orderId, policyId)
                .arg(*version)
                .arg(problem.mid(colon + 1));
        }
    }
    return {};
}

} // namespace kiosk::backend
