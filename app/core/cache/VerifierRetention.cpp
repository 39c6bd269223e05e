#include "VerifierRetention.h"

#include "policy/Policy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace kiosk {

VerifierRetention VerifierRetention::fromPolicy(const Policy &policy)
{
    VerifierRetention retention;
    int longest = 0;
    int extra = 0;
    const QDate anyDay = QDate(1900, 1, 1);
    for (const Policy::Rule &rule : policy.rules) {
        const Policy::Effects &effects = rule.effects;
        if (effects.window && effects.window->days > 0)
            longest = std::max(longest, effects.window->days);
        else if (effects.window && effects.window->until.isValid()) // a fixed last day, whenever bought
            retention.holidays.push_back({ anyDay, QDate(9999, 12, 31), effects.window->until });
        if (effects.extraDays)
            extra = std::max(extra, *effects.extraDays);
        if (!effects.holidays)
            continue;
        for (const Policy::HolidayPeriod &period : effects.holidays->periods) {
            // By delivery: an order bought before the period may be delivered in it.
            const QDate from = effects.holidays->by == Policy::Anchor::Delivery ? anyDay : period.from;
            retention.holidays.push_back({ from, period.until, period.returnUntil });
        }
    }
    retention.days = longest > 0 ? longest + extra : 0;
    return retention;
}

bool VerifierRetention::pastEveryWindow(const Order &order, const QDateTime &now) const
{
    if (days <= 0 || !order.placedAt.isValid())
        return false;
    // A window counts from delivery or purchase: the later of the two bounds both.
    QDateTime anchor = order.placedAt;
    if (order.deliveredAt.isValid() && order.deliveredAt > anchor)
        anchor = order.deliveredAt;
    QDate lastDay = anchor.toUTC().date().addDays(days);
    const QDate placed = order.placedAt.toUTC().date();
    for (const Holiday &holiday : holidays) {
        // Store-local dates against a UTC date: a day either side covers every time zone.
        if (placed >= holiday.purchasedFrom.addDays(-1) && placed <= holiday.purchasedUntil.addDays(1))
            lastDay = std::max(lastDay, holiday.returnUntil);
    }
    return now.toUTC().date() > lastDay.addDays(SlackDays);
}

QDateTime VerifierRetention::placedBefore(const QDateTime &now) const
{
    if (days <= 0)
        return {};
    return now.toUTC().addDays(-(days + SlackDays));
}

QByteArray VerifierRetention::toJson() const
{
    QJsonArray list;
    for (const Holiday &h : holidays)
        list.append(QJsonArray { h.purchasedFrom.toString(Qt::ISODate),
            h.purchasedUntil.toString(Qt::ISODate), h.returnUntil.toString(Qt::ISODate) });
    return QJsonDocument(QJsonObject { { u"days"_s, days }, { u"holidays"_s, list } })
        .toJson(QJsonDocument::Compact);
}

std::optional<VerifierRetention> VerifierRetention::fromJson(const QByteArray &json)
{
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    const QJsonValue days = object.value(u"days"_s);
    if (!days.isDouble() || days.toInt(-1) < 0 || !object.value(u"holidays"_s).isArray())
        return std::nullopt;
    VerifierRetention retention;
    retention.days = days.toInt();
    for (const QJsonValue &value : object.value(u"holidays"_s).toArray()) {
        const QJsonArray h = value.toArray();
        const Holiday holiday { QDate::fromString(h.at(0).toString(), Qt::ISODate),
            QDate::fromString(h.at(1).toString(), Qt::ISODate),
            QDate::fromString(h.at(2).toString(), Qt::ISODate) };
        if (!holiday.purchasedFrom.isValid() || !holiday.purchasedUntil.isValid()
            || !holiday.returnUntil.isValid())
            return std::nullopt;
        retention.holidays.push_back(holiday);
    }
    return retention;
}

} // namespace kiosk
