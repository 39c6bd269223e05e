#pragma once

#include "DropoffRun.h"
#include "StaffTakeover.h"

#include <QObject>

namespace kiosk {

class OrderIntake;
class ReturnChoice;
class ReturnOffer;

/// Sending the shopper to a colleague and carrying out what the colleague did: each case is opened on
/// StaffTakeover together with what an approval overrides, and an approval is applied to the part it
/// concerns (the order intake, the choices, the chute). The session only moves the screens.
class ColleagueCall : public QObject
{
    Q_OBJECT

public:
    /// What a colleague's approval overrides.
    enum class Override {
        None,
        Lines, ///< lines the offer sends to staff (a limit, or the line's own rule)
        Condition, ///< a failed condition answer (the colleague checked the item)
        Verifier, ///< too many wrong verifiers (the colleague checked the shopper's ID)
        Item, ///< an item at the chute whose tag can't confirm it (the colleague checked the item)
    };

    ColleagueCall(StaffTakeover &staff, OrderIntake &intake, ReturnChoice &choice, DropoffRun &dropoff);

    /// Opens @p assistanceCase: a colleague signs in (again) to see it, so a double tap can't approve a
    /// new decision unread.
    void open(StaffTakeover::Case assistanceCase, Override override);
    /// The shopper tapped "Need help?" on @p screen: @p helpCase is opened (nothing to approve) and the
    /// call journaled. Nothing the shopper chose changes.
    void openHelp(StaffTakeover::Case helpCase, const QString &screen);
    /// Whether the open case is the shopper's own call for help: once it is over, the journey goes back
    /// to the screen they left.
    bool helpCall() const { return m_help; }
    void clear();

    /// The lines the offer sends to staff, as a case a colleague may approve.
    static StaffTakeover::Case linesNeedingStaff(const ReturnOffer &offer, const QString &orderId);
    /// The shopper's call for help: the items still with them (line number, title) and those already in
    /// the bin.
    static StaffTakeover::Case helpRequested(const QString &orderId,
        const std::vector<std::pair<int, QString>> &withShopper, const QStringList &inBin);
    /// The chute stopped with @p linesLeft still to go in; @p recorded says whether what went in was saved.
    static StaffTakeover::Case dropoffStopped(const QString &reasonCode, const QString &orderId,
        const std::vector<std::pair<int, QString>> &linesLeft, DropoffRun::Stop stop, bool recorded);

Q_SIGNALS:
    /// A colleague approved or resumed: what the shopper was told no longer applies.
    void acted();
    /// The shopper's choices were approved (lines or a condition): the journey goes on from them.
    void choicesApproved();
    /// The item the tag couldn't confirm is about to be let in.
    void lettingItemIn();
    /// The chute was cleared: the drop-off is about to go on.
    void resumingDropoff();

private:
    void onApproved();
    void onResumed();

    StaffTakeover &m_staff;
    OrderIntake &m_intake;
    ReturnChoice &m_choice;
    DropoffRun &m_dropoff;
    Override m_override = Override::None;
    QList<int> m_lines; ///< the lines the open case concerns
    bool m_help = false; ///< the open case is the shopper's call for help
};

} // namespace kiosk
