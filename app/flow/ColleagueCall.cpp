#include "ColleagueCall.h"

#include "OrderIntake.h"
#include "ReturnChoice.h"
#include "offer/ReturnOffer.h"

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace kiosk {

ColleagueCall::ColleagueCall(
    StaffTakeover &staff, OrderIntake &intake, ReturnChoice &choice, DropoffRun &dropoff)
    : m_staff(staff)
    , m_intake(intake)
    , m_choice(choice)
    , m_dropoff(dropoff)
{
    connect(&m_staff, &StaffTakeover::approved, this, &ColleagueCall::onApproved);
    connect(&m_staff, &StaffTakeover::resumed, this, &ColleagueCall::onResumed);
}

void ColleagueCall::open(StaffTakeover::Case assistanceCase, Override override)
{
    m_help = false;
    m_override = override;
    m_lines = assistanceCase.lines;
    m_staff.open(std::move(assistanceCase));
    m_staff.signOut(u"new_case"_s);
}

void ColleagueCall::openHelp(StaffTakeover::Case helpCase, const QString &screen)
{
    open(std::move(helpCase), Override::None);
    m_help = true;
    m_staff.recordHelpRequest(screen);
}

void ColleagueCall::clear()
{
    m_staff.close();
    m_help = false;
    m_override = Override::None;
    m_lines.clear();
}

StaffTakeover::Case ColleagueCall::linesNeedingStaff(const ReturnOffer &offer, const QString &orderId)
{
    const ReturnOffer::Line *first = offer.firstNeedingStaff();
    StaffTakeover::Case staffCase { first ? first->decision.reasonCode : QString(), orderId, {}, {}, true,
        false };
    for (const ReturnOffer::Line &line : offer.lines())
        if (line.needsStaff()) {
            staffCase.lines.append(line.lineNo());
            staffCase.items.append(line.title);
        }
    return staffCase;
}

StaffTakeover::Case ColleagueCall::helpRequested(
    const QString &orderId, const std::vector<std::pair<int, QString>> &withShopper, const QStringList &inBin)
{
    StaffTakeover::Case helpCase { u"shopper.help"_s, orderId, {}, {}, false, false, inBin };
    for (const auto &[lineNo, title] : withShopper) {
        helpCase.lines.append(lineNo);
        helpCase.items.append(title);
    }
    return helpCase;
}

StaffTakeover::Case ColleagueCall::dropoffStopped(const QString &reasonCode, const QString &orderId,
    const std::vector<std::pair<int, QString>> &linesLeft, DropoffRun::Stop stop, bool recorded)
{
    const bool colleagueChecks = recorded && stop == DropoffRun::Stop::ColleagueChecksItem;
    StaffTakeover::Case staffCase { recorded ? reasonCode : u"journal.write_failed"_s, orderId, {}, {},
        colleagueChecks, recorded && !colleagueChecks };
    for (const auto &[lineNo, title] : linesLeft) {
        staffCase.lines.append(lineNo);
        staffCase.items.append(title);
    }
    return staffCase;
}

void ColleagueCall::onApproved()
{
    Q_EMIT acted();
    switch (std::exchange(m_override, Override::None)) {
    case Override::Verifier:
        m_intake.openVouchedOrder();
        return;
    case Override::Lines:
        m_choice.approve(m_lines);
        Q_EMIT choicesApproved();
        return;
    case Override::Condition: // the colleague checked the item: as if the shopper had answered yes
        m_choice.colleagueConfirmsLastAnswer();
        Q_EMIT choicesApproved();
        return;
    case Override::Item: // the colleague checked the item the tag couldn't confirm: in it goes
        Q_EMIT lettingItemIn();
        m_dropoff.letItemIn();
        return;
    case Override::None:
        return;
    }
}

void ColleagueCall::onResumed()
{
    Q_EMIT acted();
    Q_EMIT resumingDropoff();
    m_dropoff.resumeCleared();
}

} // namespace kiosk
