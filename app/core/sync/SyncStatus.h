#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace kiosk {

/// A snapshot of the link to the backend for the staff screen, QML and `kioskctl status`.
struct SyncStatus
{
    Q_GADGET
    Q_PROPERTY(bool online MEMBER online)
    Q_PROPERTY(QDateTime lastSuccess MEMBER lastSuccess)
    Q_PROPERTY(QDateTime lastAttempt MEMBER lastAttempt)
    Q_PROPERTY(QDateTime nextAttempt MEMBER nextAttempt)
    Q_PROPERTY(int queueDepth MEMBER queueDepth)
    Q_PROPERTY(QDateTime oldestPending MEMBER oldestPending)
    Q_PROPERTY(int deadLetters MEMBER deadLetters)
    Q_PROPERTY(QString lastError MEMBER lastError)
    Q_PROPERTY(QDateTime lastOrderPull MEMBER lastOrderPull)
    Q_PROPERTY(QString storageError MEMBER storageError)
    Q_PROPERTY(QString storageFault MEMBER storageFault)
    Q_PROPERTY(int lastPullOrders MEMBER lastPullOrders)
    Q_PROPERTY(int lastPullDeleted MEMBER lastPullDeleted)
    Q_PROPERTY(int lastPushReturns MEMBER lastPushReturns)
    Q_PROPERTY(int lastPushRejected MEMBER lastPushRejected)

public:
    bool online = false; ///< the last exchange with the backend succeeded
    QDateTime lastSuccess; ///< last successful exchange (UTC), invalid if none yet
    QDateTime lastAttempt;
    QDateTime nextAttempt; ///< earliest next push (backoff or Retry-After), invalid when not waiting
    int queueDepth = 0; ///< outbox entries not yet delivered
    QDateTime oldestPending; ///< creation time of the oldest of them
    int deadLetters = 0; ///< permanently rejected entries waiting for staff
    /// The link's last error, else the storage error; empty only when both are fine. A storage error
    /// stays here, whatever the backend answers, until the journal or cache works again.
    QString lastError;
    QDateTime lastOrderPull; ///< last complete pull of order changes
    /// The journal (first) or the cache cannot be used: "journal: ..." / "cache: ...", empty when both work
    QString storageError;
    /// Its kind (sql::faultName: "full", "read-only", "io-error", "busy", "corrupt", "error"), or empty
    QString storageFault;
    int lastPullOrders = 0; ///< orders that pull received (new or changed)
    int lastPullDeleted = 0; ///< order deletions that pull received
    /// Returns the last push pass delivered (the backend answered accepted or duplicate)...
    int lastPushReturns = 0;
    int lastPushRejected = 0; ///< ... and those it rejected (now dead letters)

    QJsonObject toJson() const;
};

} // namespace kiosk

Q_DECLARE_METATYPE(kiosk::SyncStatus)
