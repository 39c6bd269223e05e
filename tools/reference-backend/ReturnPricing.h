#pragma once

#include "OrderCatalog.h"
#include "PolicyArchive.h"

#include <QJsonObject>
#include <QString>
#include <QTimeZone>

namespace kiosk::backend {

/// Checks the amounts of a return a kiosk posted by recomputing them with the kiosk's own engine
/// (ReturnOffer, kioskcore) under the policy version the return names, for the order as the catalog
/// sold it, at the return's createdAt in the store's time zone. Each item's refund, restocking fee and
/// store-credit bonus must be what the engine gives for its line, units, reason and resolution, for some
/// answers to the policy's condition questions (the record does not carry them), as the kiosk would
/// record it: the whole selection, or one part of a drop-off a fault split (ReturnOffer's unit shares),
/// and for a line a colleague approved. A return naming no policy, or one this backend never published,
/// is refused. Until a policy is published the amounts are only bounded by what the lines sold for.
class ReturnPricing
{
public:
    ReturnPricing(const OrderCatalog &catalog, const PolicyArchive &policies, QTimeZone storeZone)
        : m_catalog(catalog)
        , m_policies(policies)
        , m_storeZone(std::move(storeZone))
    { }

    /// Why the amounts of @p ret (already well formed, ReturnValidator) are wrong, as
    /// "amount_mismatch: ...", "policy_unknown: ...", "policy_missing: ...", "line_ineligible: ..." or
    /// "refund_exceeds: ..."; empty when they are right, or when an order, line or quantity is not the
    /// catalog's (BackendStore answers those).
    QString problem(const QJsonObject &ret) const;

    /// Condition questions of a line beyond this many are left unanswered when searching for answers.
    static constexpr int MaxQuestions = 6;

private:
    const OrderCatalog &m_catalog;
    const PolicyArchive &m_policies;
    const QTimeZone m_storeZone;
};

} // namespace kiosk::backend
