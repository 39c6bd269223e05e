#include "EligibilityResult.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace kiosk {

MinorUnits EligibilityResult::totalRefund() const
{
    MinorUnits total = 0;
    for (const LineDecision &line : lines) {
        if (line.decision == LineDecision::Decision::Eligible)
            total += line.refund;
    }
    return total;
}

QJsonObject EligibilityResult::toJson() const
{
    QJsonArray array;
    for (const LineDecision &line : lines)
        array.append(line.toJson());
    return QJsonObject { { u"orderId"_s, orderId }, { u"policyId"_s, policyId },
        { u"policyVersion"_s, policyVersion }, { u"offline"_s, offline },
        { u"totalRefund"_s, qint64(totalRefund()) }, { u"lines"_s, array } };
}

} // namespace kiosk
