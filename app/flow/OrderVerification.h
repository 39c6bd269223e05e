#pragma once

#include "domain/Order.h"
#include "journal/OrderGuessLimit.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <optional>

namespace kiosk {

class Clock;
class Journal;

/// The second factor for an order number the shopper typed or scanned: which order
/// waits for it, and the wrong tries counted for that order in journal.db across visits
/// (OrderGuessLimit: a few tries, then a doubling back-off, then only a colleague). Each wrong try is
/// journaled with its `order.verify_failed` event before the shopper hears of it. Which factor is
/// asked for (the billing ZIP code, or the card's last 4 digits for a paper receipt when the policy
/// says so) is the caller's; the comparison is the cache's. What was typed is never kept, shown or logged.
class OrderVerification : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString orderId READ orderId NOTIFY changed)
    Q_PROPERTY(int triesLeft READ triesLeft NOTIFY changed)
    /// The shopper is asked for the last 4 digits of their card (else the billing ZIP code).
    Q_PROPERTY(bool cardLast4 READ cardLast4 NOTIFY changed)
public:
    enum class Outcome {
        Ready, ///< begin(): the shopper may try
        Verified,
        Wrong, ///< try again
        TooManyTries, ///< a colleague now; the order waits out its back-off before the next try
        Waiting, ///< the back-off runs: nothing was compared or counted
        Locked, ///< only a colleague can open the order
        NotRecorded, ///< the journal could not count the try: treated as locked
    };
    OrderVerification(Journal &journal, const Clock &clock, QString kioskId, QObject *parent = nullptr);

    QString orderId() const { return m_orderId; }
    SecondFactor factor() const { return m_factor; }
    bool cardLast4() const { return m_factor == SecondFactor::CardLast4; }
    int triesLeft() const;
    /// When the running back-off ends (invalid when none).
    QDateTime waitUntil() const { return m_attempts.waitUntil; }

    /// A new order number (or receipt) and the factor asked for it: its tries as the journal counts
    /// them, whatever the factor. Ready when it may be tried now; otherwise Waiting, Locked or NotRecorded.
    Outcome begin(const QString &orderId, SecondFactor factor = SecondFactor::BillingZip);
    /// `matched` says whether what the shopper typed is the order's second factor (false for an order
    /// unknown to the cache, so the screen never tells which order numbers exist).
    Outcome check(bool matched);
    /// A colleague checked the shopper's ID and opened the order: its count starts again.
    void vouched();
    void clear();

Q_SIGNALS:
    void changed();

private:
    /// Re-reads the count; false on a read error.
    bool reload();

    Journal &m_journal;
    const Clock &m_clock;
    QString m_kioskId;
    QString m_orderId;
    SecondFactor m_factor = SecondFactor::BillingZip;
    OrderAttempts m_attempts;
};

} // namespace kiosk
