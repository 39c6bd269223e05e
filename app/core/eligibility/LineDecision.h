#pragma once

#include "domain/Order.h"
#include "policy/Policy.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace kiosk {

/// The engine's answer for one order line: what was decided, which rule of which policy version decided
/// it and why (a stable reason code plus a shopper message key with parameters), and, when the item may
/// go back, the money and the bin.
struct LineDecision
{
    enum class Decision { Eligible, Ineligible, NeedsStaff };

    int lineNo = 0;
    int quantity = 0; ///< units this decision is for
    Decision decision = Decision::Ineligible;
    QString reasonCode; ///< stable, e.g. "window.expired", "line.final_sale", "limit.value_needs_staff"
    QString ruleId; ///< the policy rule (or order field) that decided
    QStringList ruleIds; ///< every policy rule whose effect shaped this decision, in the order applied
    QString messageKey; ///< shopper-facing text key, "eligibility." + reasonCode
    QJsonObject messageParams; ///< e.g. {"days": 30, "lastDay": "2026-12-01"}
    QDate lastDay; ///< store-local last day of the return window; invalid when no window applied
    QString returnReason; ///< the return reason the money was computed for
    std::vector<Resolution> resolutions;
    MinorUnits lineValue = 0; ///< what the shopper paid for these units
    MinorUnits restockingFee = 0;
    MinorUnits refund = 0; ///< lineValue - restockingFee, to the original payment
    MinorUnits storeCredit = 0; ///< refund plus the store-credit bonus
    bool keepIt = false; ///< returnless refund: the shopper keeps the item, no bin
    QString bin;
    QStringList questions; ///< condition questions still to ask for this line

    static QString decisionName(Decision decision);
    QJsonObject toJson() const;
};

} // namespace kiosk
