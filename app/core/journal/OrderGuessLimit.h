#pragma once

#include <QDateTime>

namespace kiosk {

/// Wrong second factors (a ZIP code, a receipt's factor) counted for one order across visits, kept in
/// journal.db so that "Back", "Finish" or a restart gives no fresh tries.
struct OrderAttempts
{
    int failures = 0; ///< wrong tries since the order last opened
    QDateTime waitUntil {}; ///< invalid when no back-off is running
};

/// How many wrong second factors an order tolerates: FreeTries in a row, then one try per back-off
/// period that doubles each time (BaseWaitSeconds, 2x, 4x, ...), and after MaxFailures only a
/// colleague can open the order (their approval starts the count again).
class OrderGuessLimit
{
public:
    static constexpr int FreeTries = 3;
    static constexpr int MaxFailures = 10;
    static constexpr qint64 BaseWaitSeconds = 60;

    enum class State {
        Open, ///< the shopper may try
        Waiting, ///< a back-off runs: no try is taken (nor counted) until waitUntil
        Locked, ///< MaxFailures reached: only a colleague opens the order
    };

    static State stateAt(const OrderAttempts &attempts, const QDateTime &now);
    /// The count after one more wrong try at @p now.
    static OrderAttempts afterWrongTry(const OrderAttempts &attempts, const QDateTime &now);
    /// Tries the shopper has before a colleague is called (0 when waiting or locked).
    static int triesLeft(const OrderAttempts &attempts, const QDateTime &now);
};

} // namespace kiosk
