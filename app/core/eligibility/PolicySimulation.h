#pragma once

#include "EligibilityRequest.h"
#include "LineDecision.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QTimeZone>

#include <functional>

namespace kiosk {

/// The what-if simulator behind `kioskctl simulate`: decides every line of a stream of orders under a
/// policy A and, optionally, a policy B, as the kiosk would for a shopper returning the whole order
/// (every returnable unit, the default reason, no condition answers, online), and keeps only totals, so
/// its memory does not grow with the number of orders. Each line decided differently under B is handed
/// over as it is found.
class PolicySimulation
{
public:
    /// What one policy gave over every order so far.
    struct Tally
    {
        qint64 orders = 0;
        qint64 lines = 0;
        QHash<QString, qint64> outcomes; ///< outcome() -> lines
        QHash<QString, qint64> reasons; ///< the decision's reason code -> lines
        QHash<QString, qint64> rules; ///< rule id -> lines whose decision it shaped
        MinorUnits refund = 0; ///< over lines that may go back (keep-it included)
        MinorUnits fee = 0; ///< restocking fees over the same lines
        MinorUnits keepIt = 0; ///< refunds given without taking the item back
        qint64 keepItLines = 0;

        QJsonObject toJson() const;
    };
    /// One line whose decision differs between A and B.
    struct Change
    {
        const Order *order = nullptr;
        const OrderLine *line = nullptr;
        const LineDecision *a = nullptr;
        const LineDecision *b = nullptr;

        QJsonObject toJson() const;
    };

    PolicySimulation(const Policy &a, const Policy *b, const QDateTime &now, const QTimeZone &storeZone);

    /// Decides every line of @p order (with the customer's @p history for the customer limits) under A
    /// and B; @p changed is called for each line decided differently.
    void add(const Order &order, const CustomerHistory &history,
        const std::function<void(const Change &)> &changed = {});

    const Tally &a() const { return m_a; }
    const Tally &b() const { return m_b; }
    bool comparing() const { return m_policyB != nullptr; }
    qint64 changes() const { return m_changes; }

    /// "returnable", "keepIt", "needsColleague" or "refused".
    static QString outcome(const LineDecision &decision);
    /// Whether two decisions tell the shopper the same: outcome, reason, money, bin.
    static bool sameDecision(const LineDecision &a, const LineDecision &b);

private:
    void count(Tally &tally, const LineDecision &decision) const;

    const Policy &m_policyA;
    const Policy *m_policyB;
    QDateTime m_now;
    QTimeZone m_zone;
    Tally m_a;
    Tally m_b;
    qint64 m_changes = 0;
};

} // namespace kiosk
