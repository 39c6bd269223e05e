#include "OrderVerification.h"

#include "Clock.h"
#include "journal/Journal.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcVerify, "kiosk.verify")

namespace kiosk {

OrderVerification::OrderVerification(Journal &journal, const Clock &clock, QString kioskId, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_clock(clock)
    , m_kioskId(std::move(kioskId))
{ }

int OrderVerification::triesLeft() const
{
    if (m_orderId.isEmpty())
        return OrderGuessLimit::FreeTries;
    return OrderGuessLimit::triesLeft(m_attempts, m_clock.now());
}

bool OrderVerification::reload()
{
    const auto attempts = m_journal.orderAttempts(m_orderId);
    if (!attempts) {
        qCCritical(lcVerify).noquote()
            << "cannot read the tries of order" << m_orderId << m_journal.lastError();
        return false;
    }
    m_attempts = *attempts;
    return true;
}

OrderVerification::Outcome OrderVerification::begin(const QString &orderId, SecondFactor factor)
{
    m_orderId = orderId;
    m_factor = factor;
    m_attempts = {};
    const bool read = reload();
    Q_EMIT changed();
    if (!read)
        return Outcome::NotRecorded;
    switch (OrderGuessLimit::stateAt(m_attempts, m_clock.now())) {
    case OrderGuessLimit::State::Open:
        return Outcome::Ready;
    case OrderGuessLimit::State::Waiting:
        return Outcome::Waiting;
    case OrderGuessLimit::State::Locked:
        return Outcome::Locked;
    }
    return Outcome::Locked;
}

OrderVerification::Outcome OrderVerification::check(bool matched)
{
    if (m_orderId.isEmpty())
        return Outcome::TooManyTries;
    // Another kiosk session (or a restart) may have counted since begin().
    if (!reload())
        return Outcome::NotRecorded;
    const QDateTime now = m_clock.now();
    switch (OrderGuessLimit::stateAt(m_attempts, now)) {
    case OrderGuessLimit::State::Open:
        break;
    case OrderGuessLimit::State::Waiting:
        return Outcome::Waiting;
    case OrderGuessLimit::State::Locked:
        return Outcome::Locked;
    }
    if (matched) {
        qCInfo(lcVerify) << "order" << m_orderId << "verified";
        if (m_attempts.failures > 0 && !m_journal.recordOrderAttempts(m_orderId, {}, std::nullopt))
            qCWarning(lcVerify).noquote()
                << "cannot reset the tries of order" << m_orderId << m_journal.lastError();
        m_attempts = {};
        return Outcome::Verified;
    }
    const OrderAttempts next = OrderGuessLimit::afterWrongTry(m_attempts, now);
    const bool locked = OrderGuessLimit::stateAt(next, now) == OrderGuessLimit::State::Locked;
    QJsonObject payload { { u"kioskId"_s, m_kioskId }, { u"orderId"_s, m_orderId },
        { u"failures"_s, next.failures }, { u"locked"_s, locked },
        { u"at"_s, now.toString(Qt::ISODateWithMs) } };
    if (next.waitUntil.isValid())
        payload.insert(u"waitUntil"_s, next.waitUntil.toString(Qt::ISODateWithMs));
    const Journal::Event event { QUuid::createUuid().toString(QUuid::WithoutBraces), u"order.verify_failed"_s,
        payload, now };
    if (!m_journal.recordOrderAttempts(m_orderId, next, event)) {
        qCCritical(lcVerify).noquote()
            << "cannot count a wrong try for order" << m_orderId << m_journal.lastError();
        return Outcome::NotRecorded;
    }
    m_attempts = next;
    qCInfo(lcVerify) << "order" << m_orderId << "not verified, wrong try" << next.failures << "of"
                     << OrderGuessLimit::MaxFailures;
    Q_EMIT changed();
    if (locked)
        return Outcome::Locked;
    return next.failures >= OrderGuessLimit::FreeTries ? Outcome::TooManyTries : Outcome::Wrong;
}

void OrderVerification::vouched()
{
    if (m_orderId.isEmpty())
        return;
    if (!m_journal.recordOrderAttempts(m_orderId, {}, std::nullopt))
        qCWarning(lcVerify).noquote()
            << "cannot reset the tries of order" << m_orderId << m_journal.lastError();
    m_attempts = {};
    Q_EMIT changed();
}

void OrderVerification::clear()
{
    m_orderId.clear();
    m_factor = SecondFactor::BillingZip;
    m_attempts = {};
    Q_EMIT changed();
}

} // namespace kiosk
