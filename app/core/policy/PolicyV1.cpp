#include "PolicyV1.h"

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

const PolicyV1::Window *PolicyV1::windowFor(const QString &category) const
{
    return mostSpecific(windows, category);
}

const PolicyV1::Bin *PolicyV1::binFor(const QString &category) const
{
    return mostSpecific(bins, category);
}

const PolicyV1::Reason *PolicyV1::reason(const QString &code) const
{
    for (const Reason &r : reasons) {
        if (r.code == code)
            return &r;
    }
    return nullptr;
}

const PolicyV1::TierExtension *PolicyV1::tierExtension(const QString &tier) const
{
    for (const TierExtension &t : tierExtensions) {
        if (t.tier == tier)
            return &t;
    }
    return nullptr;
}

} // namespace kiosk
