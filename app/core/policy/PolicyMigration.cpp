#include "PolicyMigration.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace kiosk {

namespace {

bool isWildcard(const QJsonObject &rule)
{
    return rule.value(u"categories"_s).toArray().contains(u"*"_s);
}

/// The match of a format 1 rule: its categories, unless it is for every category.
QJsonObject categoryMatch(const QJsonObject &rule)
{
    if (isWildcard(rule) || !rule.contains(u"categories"_s))
        return {};
    return { { u"categories"_s, rule.value(u"categories"_s) } };
}

QJsonObject rule(const QString &id, const QJsonObject &match, const QJsonObject &effects)
{
    QJsonObject r { { u"id"_s, id }, { u"effects"_s, effects } };
    if (!match.isEmpty())
        r.insert(u"match"_s, match);
    return r;
}

/// Format 1 picks the first rule listing the exact category, else the first "*" rule; here the last
/// applying rule wins, so the "*" rules come first and each group is reversed.
std::vector<QJsonObject> bySpecificity(const QJsonArray &rules)
{
    std::vector<QJsonObject> wildcards;
    std::vector<QJsonObject> specific;
    for (const QJsonValue &v : rules)
        (isWildcard(v.toObject()) ? wildcards : specific).push_back(v.toObject());
    std::reverse(wildcards.begin(), wildcards.end());
    std::reverse(specific.begin(), specific.end());
    wildcards.insert(wildcards.end(), specific.begin(), specific.end());
    return wildcards;
}

std::vector<QJsonObject> reversed(const QJsonArray &rules)
{
    std::vector<QJsonObject> out;
    for (const QJsonValue &v : rules)
        out.insert(out.begin(), v.toObject());
    return out;
}

/// Ids for rules format 1 had no id for, never taken from one it had.
class Ids
{
public:
    explicit Ids(const QJsonObject &v1)
    {
        for (const QString &list : { u"windows"_s, u"tierExtensions"_s, u"holidayExtensions"_s,
                 u"conditionQuestions"_s, u"restockingFees"_s, u"bins"_s })
            for (const QJsonValue &v : v1.value(list).toArray())
                m_taken.insert(v.toObject().value(u"id"_s).toString());
        for (const QString &single : { u"keepIt"_s, u"customerLimits"_s, u"offlineLimits"_s })
            m_taken.insert(v1.value(single).toObject().value(u"id"_s).toString());
    }

    QString fresh(const QString &base)
    {
        QString id = base;
        for (int n = 2; m_taken.contains(id); ++n)
            id = base + u'-' + QString::number(n);
        m_taken.insert(id);
        return id;
    }

private:
    QSet<QString> m_taken;
};

} // namespace

QJsonObject PolicyMigration::toV2(const QJsonObject &v1)
{
    Ids ids(v1);
    QJsonObject v2 { { u"schemaVersion"_s, 2 } };
    for (const QString &key : { u"policyId"_s, u"version"_s, u"retailer"_s, u"retailerId"_s, u"notBefore"_s,
             u"notAfter"_s, u"currency"_s, u"issuedAt"_s, u"description"_s, u"defaultReason"_s,
             u"returnTokenKeys"_s, u"receipts"_s, u"overrideReasons"_s }) {
        if (v1.contains(key))
            v2.insert(key, v1.value(key));
    }

    // Format 1's 0 meant "no limit" for a customer and "nothing without a colleague" offline: format 2
    // says which, with the unit.
    const QJsonObject customer = v1.value(u"customerLimits"_s).toObject();
    const auto customerLimit = [&customer](const QString &name, const QString &unit) {
        const QJsonValue value = customer.value(name);
        return value.toInteger() == 0 ? QJsonValue(u"none"_s) : QJsonValue(QJsonObject { { unit, value } });
    };
    v2.insert(u"customerLimits"_s,
        QJsonObject { { u"id"_s, customer.value(u"id"_s) },
            { u"maxReturnsPer30Days"_s, customerLimit(u"maxReturnsPer30Days"_s, u"returns"_s) },
            { u"maxValueWithoutStaff"_s, customerLimit(u"maxValueWithoutStaff"_s, u"minorUnits"_s) } });
    const QJsonObject offline = v1.value(u"offlineLimits"_s).toObject();
    const auto offlineLimit = [&offline](const QString &name, const QString &unit) {
        return QJsonObject { { unit, offline.value(name) } };
    };
    v2.insert(u"offlineLimits"_s,
        QJsonObject { { u"id"_s, offline.value(u"id"_s) },
            { u"maxCacheAge"_s, offlineLimit(u"maxCacheAgeHours"_s, u"hours"_s) },
            { u"maxRefundPerReturn"_s, offlineLimit(u"maxRefundPerReturn"_s, u"minorUnits"_s) },
            { u"maxRefundPerDay"_s, offlineLimit(u"maxRefundPerDay"_s, u"minorUnits"_s) } });

    QJsonArray reasons;
    QJsonArray waiving;
    for (const QJsonValue &v : v1.value(u"reasons"_s).toArray()) {
        const QJsonObject r = v.toObject();
        reasons.append(
            QJsonObject { { u"id"_s, r.value(u"code"_s) }, { u"messageKey"_s, r.value(u"messageKey"_s) } });
        if (r.value(u"waivesRestockingFee"_s).toBool())
            waiving.append(r.value(u"code"_s));
    }
    v2.insert(u"reasons"_s, reasons);
    QJsonArray questions;
    for (const QJsonValue &v : v1.value(u"conditionQuestions"_s).toArray())
        questions.append(QJsonObject { { u"id"_s, v.toObject().value(u"id"_s) },
            { u"messageKey"_s, v.toObject().value(u"messageKey"_s) } });
    if (!questions.isEmpty())
        v2.insert(u"questions"_s, questions);
    QJsonArray bins;
    for (const QJsonValue &v : v1.value(u"bins"_s).toArray()) {
        if (!bins.contains(v.toObject().value(u"bin"_s)))
            bins.append(v.toObject().value(u"bin"_s));
    }
    v2.insert(u"bins"_s, bins);

    QJsonArray rules;
    if (const int bonus = v1.value(u"storeCreditBonusPercent"_s).toInt(); bonus > 0)
        rules.append(
            rule(ids.fresh(u"store-credit-bonus"_s), {}, { { u"storeCreditBonusPercent"_s, bonus } }));
    for (const QJsonObject &w : bySpecificity(v1.value(u"windows"_s).toArray()))
        rules.append(rule(w.value(u"id"_s).toString(), categoryMatch(w),
            { { u"window"_s,
                QJsonObject { { u"days"_s, w.value(u"days"_s) }, { u"from"_s, w.value(u"from"_s) } } } }));
    for (const QJsonValue &v : v1.value(u"tierExtensions"_s).toArray()) {
        const QJsonObject t = v.toObject();
        rules.append(rule(t.value(u"id"_s).toString(), { { u"tiers"_s, QJsonArray { t.value(u"tier"_s) } } },
            { { u"extraDays"_s, t.value(u"extraDays"_s) } }));
    }
    QJsonArray periods;
    for (const QJsonValue &v : v1.value(u"holidayExtensions"_s).toArray()) {
        const QJsonObject h = v.toObject();
        periods.append(QJsonObject { { u"id"_s, h.value(u"id"_s) },
            { u"from"_s, h.value(u"purchasedFrom"_s) }, { u"until"_s, h.value(u"purchasedUntil"_s) },
            { u"returnUntil"_s, h.value(u"returnUntil"_s) } });
    }
    if (!periods.isEmpty())
        rules.append(rule(ids.fresh(u"holidays"_s), {},
            { { u"holidays"_s, QJsonObject { { u"by"_s, u"purchase"_s }, { u"periods"_s, periods } } } }));
    for (const QJsonObject &f : reversed(v1.value(u"restockingFees"_s).toArray())) {
        QJsonObject match = categoryMatch(f);
        if (!f.value(u"reasons"_s).toArray().isEmpty())
            match.insert(u"reasons"_s, f.value(u"reasons"_s));
        QJsonObject fee { { u"percent"_s, f.value(u"percent"_s) } };
        if (!waiving.isEmpty())
            fee.insert(u"waivedFor"_s, waiving);
        rules.append(rule(f.value(u"id"_s).toString(), match, { { u"fee"_s, fee } }));
    }
    if (v1.contains(u"keepIt"_s)) {
        const QJsonObject k = v1.value(u"keepIt"_s).toObject();
        rules.append(rule(k.value(u"id"_s).toString(), categoryMatch(k),
            { { u"keepIt"_s, QJsonObject { { u"maxLineValue"_s, k.value(u"maxValue"_s) } } } }));
    }
    for (const QJsonValue &v : v1.value(u"reasons"_s).toArray()) {
        const QJsonObject r = v.toObject();
        rules.append(rule(ids.fresh(u"resolutions."_s + r.value(u"code"_s).toString()),
            { { u"reasons"_s, QJsonArray { r.value(u"code"_s) } } },
            { { u"resolutions"_s, r.value(u"resolutions"_s) } }));
    }
    for (const QJsonObject &b : bySpecificity(v1.value(u"bins"_s).toArray()))
        rules.append(
            rule(b.value(u"id"_s).toString(), categoryMatch(b), { { u"bin"_s, b.value(u"bin"_s) } }));
    for (const QJsonObject &q : reversed(v1.value(u"conditionQuestions"_s).toArray())) {
        QJsonObject match = categoryMatch(q);
        match.insert(u"answers"_s, QJsonObject { { q.value(u"id"_s).toString(), false } });
        const bool refuse = q.value(u"onFail"_s).toString() == u"ineligible"_s;
        rules.append(rule(q.value(u"id"_s).toString(), match,
            { { u"outcome"_s, refuse ? u"notReturnable"_s : u"needsColleague"_s } }));
    }
    const std::pair<QString, QString> lists[] = { { u"finalSaleCategories"_s, u"finalSale"_s },
        { u"nonReturnableCategories"_s, u"notReturnable"_s } };
    for (const auto &[list, outcome] : lists) {
        if (!v1.value(list).toArray().isEmpty())
            rules.append(rule(
                ids.fresh(list), { { u"categories"_s, v1.value(list) } }, { { u"outcome"_s, outcome } }));
    }
    v2.insert(u"rules"_s, rules);
    return v2;
}

} // namespace kiosk
