#include "OrderVerification.h"

#include "cache/OrderVerifier.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcVerify, "kiosk.verify")

namespace kiosk {

void OrderVerification::begin(const QString &orderId)
{
    m_orderId = orderId;
    m_wrongTries = 0;
    Q_EMIT changed();
}

OrderVerification::Outcome OrderVerification::check(const std::optional<Order> &order, const QString &typed)
{
    if (m_orderId.isEmpty() || m_wrongTries >= MaxTries)
        return Outcome::TooManyTries;
    if (order && order->id == m_orderId && verifierMatches(*order, typed)) {
        qCInfo(lcVerify) << "order" << m_orderId << "verified";
        return Outcome::Verified;
    }
    ++m_wrongTries;
    qCInfo(lcVerify) << "order" << m_orderId << "not verified, wrong try" << m_wrongTries << "of" << MaxTries;
    Q_EMIT changed();
    return m_wrongTries >= MaxTries ? Outcome::TooManyTries : Outcome::Wrong;
}

void OrderVerification::clear()
{
    begin({});
}

} // namespace kiosk
