#include "LineDecision.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace kiosk {

QString LineDecision::decisionName(Decision decision)
{
    switch (decision) {
    case Decision::Eligible:
        return u"eligible"_s;
    case Decision::Ineligible:
        return u"ineligible"_s;
    case Decision::NeedsStaff:
        return u"needsStaff"_s;
    }
    return {};
}

QJsonObject LineDecision::toJson() const
{
    QJsonArray resolutionNames;
    for (Resolution r : resolutions)
        resolutionNames.append(resolutionName(r));
    QJsonObject json { { u"lineNo"_s, lineNo }, { u"quantity"_s, quantity },
        { u"decision"_s, decisionName(decision) }, { u"reasonCode"_s, reasonCode }, { u"ruleId"_s, ruleId },
        { u"ruleIds"_s, QJsonArray::fromStringList(ruleIds) }, { u"messageKey"_s, messageKey },
        { u"messageParams"_s, messageParams }, { u"resolutions"_s, resolutionNames },
        { u"lineValue"_s, qint64(lineValue) }, { u"restockingFee"_s, qint64(restockingFee) },
        { u"refund"_s, qint64(refund) }, { u"storeCredit"_s, qint64(storeCredit) }, { u"keepIt"_s, keepIt },
        { u"bin"_s, bin }, { u"questions"_s, QJsonArray::fromStringList(questions) } };
    if (lastDay.isValid())
        json.insert(u"lastDay"_s, lastDay.toString(Qt::ISODate));
    if (!returnReason.isEmpty())
        json.insert(u"returnReason"_s, returnReason);
    return json;
}

} // namespace kiosk
