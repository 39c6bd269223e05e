#pragma once

#include "Policy.h"

#include <QHash>
#include <QStringList>

namespace kiosk {

/// What a policy's rules say about one order line: each effect as set by the last applying rule that sets
/// it, with that rule, and the condition questions that rules otherwise fitting the line depend on but the
/// shopper has not answered yet (a rule waiting for an answer does not apply).
struct EffectsInForce
{
    template<typename T> struct From
    {
        const T *value = nullptr;
        const Policy::Rule *rule = nullptr;
        explicit operator bool() const { return value != nullptr; }
        const T &operator*() const { return *value; }
        const T *operator->() const { return value; }
    };

    From<Policy::Window> window;
    From<int> extraDays;
    From<Policy::Holidays> holidays;
    From<Policy::Fee> fee;
    From<Policy::KeepIt> keepIt;
    From<std::vector<Resolution>> resolutions;
    From<int> storeCreditBonusPercent;
    From<QString> bin;
    From<Policy::Outcome> outcome;
    QStringList openQuestions; ///< in the policy's question order

    /// True when the rule that set the outcome depends on a condition answer.
    bool outcomeFromAnswer() const { return outcome && !outcome.rule->match.answers.empty(); }

    static EffectsInForce resolve(const Policy &policy, const Order &order, const OrderLine &line,
        const QString &reason, const QHash<QString, bool> &answers = {});
};

} // namespace kiosk
