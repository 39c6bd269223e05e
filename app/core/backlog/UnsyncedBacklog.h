#pragma once

#include "journal/Journal.h"

#include <QDateTime>
#include <QJsonArray>
#include <QString>

#include <optional>
#include <vector>

namespace kiosk {

/// What the kiosk's journal holds that the backend has not received: the outbox's undelivered returns
/// and events (dead letters were answered by the backend, so they do not count), and the list of
/// recorded returns with their delivery state. Reads only; a reset or re-enrolment asks it first.
class UnsyncedBacklog
{
public:
    struct Counts
    {
        int returns = 0;
        int events = 0;

        bool isEmpty() const { return returns == 0 && events == 0; }
        /// "3 unsynced returns and 1 unsynced event".
        QString describe() const;
    };

    /// One recorded return as `kioskctl returns list` shows it.
    struct ReturnRow
    {
        QString id {};
        QString orderId {};
        QDateTime createdAt {};
        QString resolution {};
        QString currency {};
        qint64 refundTotal = 0;
        QString state {}; ///< "pending", "delivered" or "dead-letter"
    };

    /// Undelivered outbox payloads, oldest first, as the backend takes them.
    struct Entries
    {
        QJsonArray returns {};
        QJsonArray events {};
    };

    explicit UnsyncedBacklog(Journal &journal)
        : m_journal(journal)
    { }

    /// nullopt on a read error (the journal's lastError() says why).
    std::optional<Counts> counts();
    std::optional<Entries> entries();
    std::optional<std::vector<ReturnRow>> returns(bool pendingOnly);

private:
    Journal &m_journal;
};

} // namespace kiosk
