#pragma once

#include "LineDecision.h"

#include <QJsonObject>
#include <QString>

#include <vector>

namespace kiosk {

/// The decisions for every judged line of one order under one policy version, with the totals the
/// shopper is shown.
struct EligibilityResult
{
    QString orderId;
    QString policyId;
    int policyVersion = 0;
    bool offline = false;
    std::vector<LineDecision> lines;

    MinorUnits totalRefund() const;
    QJsonObject toJson() const;
};

} // namespace kiosk
