#pragma once

#include "eligibility/LineDecision.h"

#include <QCoreApplication>
#include <QString>

namespace kiosk {

/// Turns the engine's stable reason codes into what the shopper reads, in their language. The
/// engine decides; this only words it (translations live with the UI's).
class EligibilityMessages
{
    Q_DECLARE_TR_FUNCTIONS(EligibilityMessages)
public:
    /// Why a line cannot go back (or needs a colleague); empty for an eligible line.
    static QString lineReason(const LineDecision &decision);
};

} // namespace kiosk
