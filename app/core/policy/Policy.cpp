#include "Policy.h"

using namespace Qt::Literals::StringLiterals;

namespace kiosk {

namespace {

bool underPath(const QString &category, const QString &path)
{
    return category.compare(path, Qt::CaseInsensitive) == 0
        || (category.size() > path.size() && category.at(path.size()) == u'/'
            && category.startsWith(path, Qt::CaseInsensitive));
}

bool anyUnder(const QStringList &paths, const QString &category)
{
    for (const QString &path : paths) {
        if (underPath(category, path))
            return true;
    }
    return false;
}

bool anyIn(const QStringList &list, const QStringList &values)
{
    for (const QString &value : values) {
        if (list.contains(value.trimmed(), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool allIn(const QStringList &narrower, const QStringList &wider)
{
    for (const QString &value : narrower) {
        if (!wider.contains(value, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

/// `wider` constrains nothing, or constrains and `narrower` constrains within it.
bool listCovers(const QStringList &wider, const QStringList &narrower)
{
    return wider.isEmpty() || (!narrower.isEmpty() && allIn(narrower, wider));
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

QString outcomeName(Policy::Outcome outcome)
{
    switch (outcome) {
    case Policy::Outcome::Returnable:
        return u"returnable"_s;
    case Policy::Outcome::NotReturnable:
        return u"notReturnable"_s;
    case Policy::Outcome::FinalSale:
        return u"finalSale"_s;
    case Policy::Outcome::ServiceDesk:
        return u"serviceDesk"_s;
    case Policy::Outcome::NeedsColleague:
        return u"needsColleague"_s;
    }
    return {};
}

std::optional<Policy::Outcome> outcomeFromName(const QString &name)
{
    using O = Policy::Outcome;
    for (O o : { O::Returnable, O::NotReturnable, O::FinalSale, O::ServiceDesk, O::NeedsColleague }) {
        if (outcomeName(o) == name)
            return o;
    }
    return std::nullopt;
}

bool Policy::Match::isEmpty() const
{
    return categories.isEmpty() && brands.isEmpty() && tags.isEmpty() && !minUnitPrice && !maxUnitPrice
        && tiers.isEmpty() && channels.isEmpty() && reasons.isEmpty() && answers.empty();
}

bool Policy::Match::fits(const Order &order, const OrderLine &line, const QString &reason) const
{
    if (!categories.isEmpty() && !anyUnder(categories, line.category))
        return false;
    if (!brands.isEmpty()
        && !brands.contains(line.attributes.value(u"brand"_s).trimmed(), Qt::CaseInsensitive))
        return false;
    if (!tags.isEmpty() && !anyIn(tags, line.attributes.value(u"tags"_s).split(u',', Qt::SkipEmptyParts)))
        return false;
    if ((minUnitPrice && line.unitPrice < *minUnitPrice) || (maxUnitPrice && line.unitPrice > *maxUnitPrice))
        return false;
    if (!tiers.isEmpty() && !tiers.contains(order.loyaltyTier, Qt::CaseInsensitive))
        return false;
    if (!channels.isEmpty() && !channels.contains(order.receipt.isValid() ? u"store"_s : u"online"_s))
        return false;
    return reasons.isEmpty() || reasons.contains(reason);
}

bool Policy::Match::covers(const Match &narrower) const
{
    if (!categories.isEmpty()) {
        if (narrower.categories.isEmpty())
            return false;
        for (const QString &path : narrower.categories) {
            if (!anyUnder(categories, path))
                return false;
        }
    }
    if (minUnitPrice && (!narrower.minUnitPrice || *narrower.minUnitPrice < *minUnitPrice))
        return false;
    if (maxUnitPrice && (!narrower.maxUnitPrice || *narrower.maxUnitPrice > *maxUnitPrice))
        return false;
    for (const auto &answer : answers) {
        if (std::find(narrower.answers.begin(), narrower.answers.end(), answer) == narrower.answers.end())
            return false;
    }
    return listCovers(brands, narrower.brands) && listCovers(tags, narrower.tags)
        && listCovers(tiers, narrower.tiers) && listCovers(channels, narrower.channels)
        && listCovers(reasons, narrower.reasons);
}

QStringList Policy::Effects::names() const
{
    QStringList out;
    const std::pair<bool, const char16_t *> all[]
        = { { bool(window), u"window" }, { bool(extraDays), u"extraDays" }, { bool(holidays), u"holidays" },
              { bool(fee), u"fee" }, { bool(keepIt), u"keepIt" }, { bool(resolutions), u"resolutions" },
              { bool(storeCreditBonusPercent), u"storeCreditBonusPercent" }, { bool(bin), u"bin" },
              { bool(outcome), u"outcome" } };
    for (const auto &[set, name] : all) {
        if (set)
            out.append(QString::fromUtf16(name));
    }
    return out;
}

const Policy::Reason *Policy::reason(const QString &code) const
{
    for (const Reason &r : reasons) {
        if (r.code == code)
            return &r;
    }
    return nullptr;
}

const Policy::OverrideReason *Policy::overrideReason(const QString &id) const
{
    for (const OverrideReason &r : overrideReasons) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

const Policy::Question *Policy::question(const QString &id) const
{
    for (const Question &q : questions) {
        if (q.id == id)
            return &q;
    }
    return nullptr;
}

} // namespace kiosk
