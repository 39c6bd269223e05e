#pragma once

#include <QString>

namespace kiosk {

/// The events ReturnSession submits to ReturnFlow.scxml; their names there come from eventName() only.
/// The `Go…` events move between the screens where the shopper makes their choices: ReturnSession
/// decides which one comes next from the offer, the statechart only allows the moves that make sense.
enum class FlowEvent {
    Start,
    OrderFound,
    VerifyNeeded,
    OrderRefused,
    NeedsStaff,
    Back,
    Cancel,
    IdleTimeout,
    Finish,
    GoItems,
    GoApproval,
    GoReasons,
    GoQuestions,
    GoResolution,
    GoVariant,
    GoKeepIt,
    GoReview, ///< every choice is made: the shopper checks them before the chute opens
    GoDropoff,
    DropoffAbandoned,
    DropoffComplete,
    DropoffFailed,
    ReceiptDone,
    StaffSignedIn,
    StaffSignedOut,
    ChuteCleared,
    OverrideDropoff,
    StaffBadge, ///< a colleague's badge on the attract screen: maintenance sign-in
    Help, ///< "Need help?" on one of the shopper's screens: a colleague is called
    HelpDone, ///< the colleague is done, or no longer needed: back to the screen the shopper left
};

/// The event's name in ReturnFlow.scxml, e.g. "order.found".
QString eventName(FlowEvent event);

} // namespace kiosk
