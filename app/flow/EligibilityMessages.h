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
    /// `currency` words the amounts of order-wide limits (none: they are left out).
    static QString lineReason(const LineDecision &decision, const QString &currency = {});
    /// The shopper's words for a policy return reason code, e.g. "wrong_size".
    static QString reasonText(const QString &code);
    /// A policy condition question by id, asked as a yes/no question.
    static QString questionText(const QString &id);
    /// A resolution by its policy name: "refund", "storeCredit", "exchange".
    static QString resolutionText(const QString &name);
};

} // namespace kiosk
