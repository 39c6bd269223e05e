#include "OrderGuessLimit.h"

namespace kiosk {

OrderGuessLimit::State OrderGuessLimit::stateAt(const OrderAttempts &attempts, const QDateTime &now)
{
    if (attempts.failures >= MaxFailures)
        return State::Locked;
    if (attempts.waitUntil.isValid() && now < attempts.waitUntil)
        return State::Waiting;
    return State::Open;
}

OrderAttempts OrderGuessLimit::afterWrongTry(const OrderAttempts &attempts, const QDateTime &now)
{
    OrderAttempts next { attempts.failures + 1, {} };
    if (next.failures >= FreeTries && next.failures < MaxFailures)
        next.waitUntil = now.addSecs(BaseWaitSeconds << (next.failures - FreeTries));
    return next;
}

int OrderGuessLimit::triesLeft(const OrderAttempts &attempts, const QDateTime &now)
{
    if (stateAt(attempts, now) != State::Open)
        return 0;
    return attempts.failures < FreeTries ? FreeTries - attempts.failures : 1;
}

} // namespace kiosk
