#include "EffectsInForce.h"

namespace kiosk {

namespace {

template<typename T>
void take(EffectsInForce::From<T> &slot, const std::optional<T> &value, const Policy::Rule &rule)
{
    if (value)
        slot = { &*value, &rule };
}

} // namespace

EffectsInForce EffectsInForce::resolve(const Policy &policy, const Order &order, const OrderLine &line,
    const QString &reason, const QHash<QString, bool> &answers)
{
    EffectsInForce in;
    QStringList unanswered;
    for (const Policy::Rule &rule : policy.rules) {
        if (!rule.match.fits(order, line, reason))
            continue;
        QStringList waitingFor;
        bool contradicted = false;
        for (const auto &[question, wanted] : rule.match.answers) {
            const auto given = answers.constFind(question);
            if (given == answers.constEnd())
                waitingFor.append(question);
            else if (given.value() != wanted)
                contradicted = true;
        }
        if (contradicted)
            continue;
        if (!waitingFor.isEmpty()) {
            unanswered += waitingFor;
            continue;
        }
        const Policy::Effects &e = rule.effects;
        take(in.window, e.window, rule);
        take(in.extraDays, e.extraDays, rule);
        take(in.holidays, e.holidays, rule);
        take(in.fee, e.fee, rule);
        take(in.keepIt, e.keepIt, rule);
        take(in.resolutions, e.resolutions, rule);
        take(in.storeCreditBonusPercent, e.storeCreditBonusPercent, rule);
        take(in.bin, e.bin, rule);
        take(in.outcome, e.outcome, rule);
    }
    for (const Policy::Question &question : policy.questions) {
        if (unanswered.contains(question.id))
            in.openQuestions.append(question.id);
    }
    return in;
}

} // namespace kiosk
