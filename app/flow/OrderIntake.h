#pragma once

#include "FlowText.h"
#include "OrderVerification.h"
#include "ReturnChoice.h"
#include "codes/ScannedCode.h"
#include "sync/CacheMissLookup.h"

#include <QObject>
#include <QTimeZone>
#include <QTimer>

#include <functional>

namespace kiosk {

class CacheStore;
class Clock;
class Journal;
class PolicyStore;

/// From what the shopper scanned or typed to an order ready to choose from: a signed return code (its
/// lines, and what the shopper chose online, come along), a paper receipt and then the second factor the
/// policy names for receipts, or an order number and then its verifier. An order the cache lacks is asked of
/// the backend while online, within a bounded wait. Every refusal comes with a message that says what to do
/// next.
class OrderIntake : public QObject
{
    Q_OBJECT
public:
    struct Config
    {
        QString retailerId; ///< signed return codes must name it
        QString kioskId; ///< named in the events of wrong tries
        QString orderPrefix = QStringLiteral("RK-");
        QTimeZone storeZone = QTimeZone::utc();
        int lookupTimeoutMs = 8000; ///< the longest a shopper waits for the backend's look-up
    };

    OrderIntake(CacheStore &cache, Journal &journal, const PolicyStore &policies, const Clock &clock,
        Config config, QObject *parent = nullptr);

    /// A scanned code or a typed order number.
    void submitCode(const QString &text);
    /// The billing ZIP/postcode (or the card's last 4 digits) typed for the order being verified.
    void submitVerifier(const QString &typed);
    /// A colleague checked the shopper's ID after too many wrong verifiers: opens the order as if verified.
    void openVouchedOrder();
    /// A colleague who has the shopper with them opens the order (OrderDesk): no second factor.
    void openForColleague(const QString &orderId);
    /// Forgets everything, a look-up in progress too (a late answer is then ignored).
    void clear();

    void setOnline(bool online) { m_online = online; }
    void setCacheMissLookup(CacheMissLookup *lookup);
    bool lookingUp() const { return m_fetchRequest != 0; }
    OrderVerification *verification() { return &m_verification; }

Q_SIGNALS:
    /// The order is ready: choose from it. tokenId is the return code it came from (empty otherwise).
    void opened(const kiosk::ReturnChoice::Source &source,
        const std::vector<kiosk::ReturnChoice::Preselected> &preselected, const QString &tokenId);
    /// No return can start from this: why, for the identify screen.
    void refused(kiosk::FlowText why);
    /// An order number or receipt: its second factor comes first.
    void verifierNeeded();
    /// For the shopper where they are (a wrong verifier, the wait for the backend); empty clears it.
    void said(kiosk::FlowText text);
    /// Too many wrong verifiers: a colleague checks the shopper's ID.
    void colleagueNeeded(kiosk::FlowText why, const QString &orderId);
    void lookingUpChanged();

private:
    FlowText problemWith(const codes::ScannedCode &code) const;
    /// Opens the order from the cache; on a miss while online (and `fetchOnMiss`) asks the backend first.
    void lookUp(const QString &orderId, const std::vector<ReturnChoice::Preselected> &preselected,
        const QString &tokenId, bool fetchOnMiss = true);
    void checkVerifier(const std::optional<Order> &order, const QString &typed);
    /// Tells the shopper what @p outcome of the verification means; true when the order may open.
    bool answer(OrderVerification::Outcome outcome);
    bool canFetch() const { return m_online && m_cacheMiss; }
    void fetchMissing(const QString &orderId, std::function<void(CacheMissLookup::Answer)> then);
    void onFetched(int requestId, CacheMissLookup::Answer answer);
    void endFetch();

    CacheStore &m_cache;
    Journal &m_journal;
    const PolicyStore &m_policies;
    const Clock &m_clock;
    Config m_config;
    OrderVerification m_verification;
    bool m_online = false;
    CacheMissLookup *m_cacheMiss = nullptr;
    int m_fetchRequest = 0; ///< the look-up the shopper waits for; 0 when none
    int m_lastFetchRequest = 0;
    std::function<void(CacheMissLookup::Answer)> m_afterFetch;
    QTimer m_fetchTimer; ///< bounds the wait for the backend
};

} // namespace kiosk
