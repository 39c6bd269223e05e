#pragma once

#include "FlowText.h"
#include "eligibility/LineDecision.h"
#include "offer/OfferInputs.h"
#include "policy/Policy.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimeZone>
#include <QVariantList>

#include <functional>
#include <memory>
#include <optional>

namespace kiosk {

class CacheStore;
class Clock;
class Journal;
class PolicyStore;
class StaffSignIn;

/// The maintenance home's "Find an order" page (the `OrderDesk` QML singleton): a signed-in colleague
/// finds an order by its number, its receipt barcode, or the customer's e-mail or phone (looked up by
/// digest, shown masked), and sees what the backend's agent would: when it was placed and delivered, how
/// it was paid, every line with the policy's decision and the rule ids behind it, the returns of this
/// order and the customer's recent returns recorded here. They may override a refused line, only with
/// one of the policy's override reasons (and a note): each override is journaled as a `staff.override`
/// event (the audit page shows it, the sync engine sends it) before it counts. Then they start the
/// return for the shopper, who is with them: no second factor is asked.
class OrderDesk : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool found READ found NOTIFY changed)
    /// Why the last look-up or override failed, or what it did, in the current language.
    Q_PROPERTY(QString message READ message NOTIFY changed)
    Q_PROPERTY(bool problem READ problem NOTIFY changed)
    Q_PROPERTY(QString orderId READ orderId NOTIFY changed)
    /// [{label, value}]: placed, delivered, payment, customer contact (masked), loyalty tier.
    Q_PROPERTY(QVariantList facts READ facts NOTIFY changed)
    /// [{lineNo, title, quantity, decision, refused, overridable, overridden, reason, rules}].
    Q_PROPERTY(QVariantList lines READ lines NOTIFY changed)
    /// [{text}]: returns of this order recorded here, latest first.
    Q_PROPERTY(QVariantList orderReturns READ orderReturns NOTIFY changed)
    /// [{text}]: the customer's returns here in the last 90 days (any of their orders), latest first.
    Q_PROPERTY(QVariantList customerReturns READ customerReturns NOTIFY changed)
    /// [{orderId, text}]: a contact found several orders; the colleague picks one.
    Q_PROPERTY(QVariantList matches READ matches NOTIFY changed)
    /// [{id, label}]: the policy's override reasons, in the current language.
    Q_PROPERTY(QVariantList overrideReasons READ overrideReasons NOTIFY changed)
    /// Some line can go back (eligible, needing a colleague, or overridden): the return can start.
    Q_PROPERTY(bool canStart READ canStart NOTIFY changed)

public:
    struct Config
    {
        QString kioskId;
        QString retailerId;
        QString orderPrefix = QStringLiteral("RK-");
        QTimeZone storeZone = QTimeZone::utc();
    };
    /// Customer returns this far back are "recent".
    static constexpr int RecentDays = 90;
    static constexpr int MaxNote = 200;

    OrderDesk(CacheStore &cache, Journal &journal, const PolicyStore &policies, const Clock &clock,
        const StaffSignIn &signIn, Config config, QObject *parent = nullptr);

    void setOnline(bool online) { m_online = online; }
    /// Whether a bin's chute takes items (DropoffStation): a line for one that doesn't is refused.
    void setBinInService(std::function<bool(const QString &bin)> binInService);

    bool found() const { return m_inputs.has_value(); }
    QString message() const { return m_message.toString(); }
    bool problem() const { return m_problem; }
    QString orderId() const { return found() ? m_inputs->order.id : QString(); }
    QVariantList facts() const;
    QVariantList lines() const;
    QVariantList orderReturns() const;
    QVariantList customerReturns() const;
    QVariantList matches() const { return m_matches; }
    QVariantList overrideReasons() const;
    bool canStart() const;
    /// The overridden lines of the order shown.
    QSet<int> overrides() const { return m_overrides; }
    const std::vector<LineDecision> &decisions() const { return m_decisions; }

    /// @p kind: "order" (an order number or a receipt barcode), "email" or "phone". False, with a
    /// message, when nobody is signed in, the text is malformed or no order fits; a contact that fits
    /// several orders lists them in `matches`.
    Q_INVOKABLE bool find(const QString &kind, const QString &text);
    /// Shows one of `matches` (or any order by its id).
    Q_INVOKABLE bool show(const QString &orderId);
    /// Overrides the refused line @p lineNo with the policy's override reason @p reasonId and an optional
    /// note: journaled first; false, with a message and nothing recorded, otherwise.
    Q_INVOKABLE bool overrideLine(int lineNo, const QString &reasonId, const QString &note);
    /// Starts the return for the shopper: `startRequested` with the order and its overrides.
    Q_INVOKABLE bool startReturn();
    Q_INVOKABLE void clear();
    Q_INVOKABLE void retranslate() { Q_EMIT changed(); }

Q_SIGNALS:
    void changed();
    /// The composition root hands it to the shopper's journey (ReturnSession::startAssistedReturn).
    void startRequested(const QString &orderId, const QSet<int> &overrides);

private:
    bool refuse(FlowText why);
    bool load(const QString &orderId);
    void decide();
    const LineDecision *decision(int lineNo) const;

    CacheStore &m_cache;
    Journal &m_journal;
    const PolicyStore &m_policies;
    const Clock &m_clock;
    const StaffSignIn &m_signIn;
    Config m_config;
    bool m_online = true;
    std::function<bool(const QString &bin)> m_binInService;
    std::optional<OfferInputs> m_inputs;
    std::shared_ptr<const Policy> m_policy;
    std::vector<LineDecision> m_decisions; ///< without the overrides: what the policy says
    QSet<int> m_overrides;
    QHash<int, QString> m_overrideReason; ///< line -> the override reason id
    QVariantList m_matches;
    FlowText m_message;
    bool m_problem = false;
};

} // namespace kiosk
