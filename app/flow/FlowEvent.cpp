#include "FlowEvent.h"

using namespace Qt::Literals::StringLiterals;

namespace kiosk {

QString eventName(FlowEvent event)
{
    switch (event) {
    case FlowEvent::Start:
        return u"start"_s;
    case FlowEvent::OrderFound:
        return u"order.found"_s;
    case FlowEvent::VerifyNeeded:
        return u"verify.needed"_s;
    case FlowEvent::OrderRefused:
        return u"order.refused"_s;
    case FlowEvent::NeedsStaff:
        return u"needs.staff"_s;
    case FlowEvent::Back:
        return u"back"_s;
    case FlowEvent::Cancel:
        return u"cancel"_s;
    case FlowEvent::IdleTimeout:
        return u"idle.timeout"_s;
    case FlowEvent::Finish:
        return u"finish"_s;
    case FlowEvent::GoItems:
        return u"go.items"_s;
    case FlowEvent::GoApproval:
        return u"go.approval"_s;
    case FlowEvent::GoReasons:
        return u"go.reasons"_s;
    case FlowEvent::GoQuestions:
        return u"go.questions"_s;
    case FlowEvent::GoResolution:
        return u"go.resolution"_s;
    case FlowEvent::GoVariant:
        return u"go.variant"_s;
    case FlowEvent::GoKeepIt:
        return u"go.keepIt"_s;
    case FlowEvent::GoReview:
        return u"go.review"_s;
    case FlowEvent::GoDropoff:
        return u"go.dropoff"_s;
    case FlowEvent::DropoffAbandoned:
        return u"dropoff.abandoned"_s;
    case FlowEvent::DropoffComplete:
        return u"dropoff.complete"_s;
    case FlowEvent::DropoffFailed:
        return u"dropoff.failed"_s;
    case FlowEvent::ReceiptDone:
        return u"receipt.done"_s;
    case FlowEvent::StaffSignedIn:
        return u"staff.signedIn"_s;
    case FlowEvent::StaffSignedOut:
        return u"staff.signedOut"_s;
    case FlowEvent::ChuteCleared:
        return u"chute.cleared"_s;
    case FlowEvent::OverrideDropoff:
        return u"override.dropoff"_s;
    case FlowEvent::StaffBadge:
        return u"staff.badge"_s;
    case FlowEvent::Help:
        return u"help"_s;
    case FlowEvent::HelpDone:
        return u"help.done"_s;
    }
    return {};
}

} // namespace kiosk
