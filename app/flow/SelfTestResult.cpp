#include "SelfTestResult.h"

#include <QMetaEnum>

using namespace Qt::Literals::StringLiterals;

namespace kiosk {

QString SelfTestResult::outcomeCode(Outcome outcome)
{
    return QString::fromLatin1(QMetaEnum::fromType<Outcome>().valueToKey(int(outcome))).toLower();
}

QJsonObject SelfTestResult::toJson() const
{
    QJsonObject json { { u"part"_s, part }, { u"outcome"_s, outcomeCode(outcome) },
        { u"message"_s, message } };
    if (!check.isEmpty())
        json.insert(u"check"_s, check);
    return json;
}

} // namespace kiosk
