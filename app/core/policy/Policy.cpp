#include "Policy.h"

using namespace Qt::Literals::StringLiterals;

namespace kiosk {

namespace {
template<typename Rule> const Rule *mostSpecific(const std::vector<Rule> &rules, const QString &category)
{
    const Rule *wildcard = nullptr;
    for (const Rule &rule : rules) {
        if (rule.categories.contains(category))
            return &rule;
        if (!wildcard && rule.categories.contains(u"*"_s))
            wildcard = &rule;
    }
    return wildcard;
}
} // namespace

QString resolutionName(Resolution resolution)
{
    switch (resolution) {
    case Resolution::RefundToOriginal:
        return u"refund"_s;
    case Resolution::StoreCredit:
        return u"storeCredit"_s;
    case Resolution::Exchange:
        return u"exchange"_s;
    }
    return {};
}

std::optional<Resolution> resolutionFromName(const QString &name)
{
    for (Resolution r : { Resolution::RefundToOriginal, Resolution::StoreCredit, Resolution::Exchange }) {
        if (resolutionName(r) == name)
            return r;
    }
    return std::nullopt;
}

bool categoryMatches(const QStringList &categories, const QString &category)
{
    return categories.contains(category) || categories.contains(u"*"_s);
}

const Policy::Window *Policy::windowFor(const QString &category) const
{
    return mostSpecific(windows, category);
}

const Policy::Bin *Policy::binFor(const QString &category) const
{
    return mostSpecific(bins, category);
}

const Policy::Reason *Policy::reason(const QString &code) const
{
    for (const Reason &r : reasons) {
        if (r.code == code)
            return &r;
    }
    return nullptr;
}

const Policy::TierExtension *Policy::tierExtension(const QString &tier) const
{
    for (const TierExtension &t : tierExtensions) {
        if (t.tier == tier)
            return &t;
    }
    return nullptr;
}

const Policy::RestockingFee *Policy::restockingFeeFor(
    const QString &category, const QString &reasonCode) const
{
    for (const RestockingFee &fee : restockingFees) {
        if (categoryMatches(fee.categories, category)
            && (fee.reasons.isEmpty() || fee.reasons.contains(reasonCode)))
            return &fee;
    }
    return nullptr;
}

} // namespace kiosk
