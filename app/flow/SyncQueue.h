#pragma once

#include "journal/Journal.h"
#include "sync/SyncStatus.h"

#include <QObject>
#include <QTimeZone>
#include <QVariantList>

namespace kiosk {

class BacklogSigner;
class Clock;
class StaffSignIn;

/// The maintenance home's sync page: what waits for the backend (returns and events, with their
/// attempts and last error), the dead letters the backend refused with its reasons, the last successful
/// sync and the last error. A signed-in colleague can ask for a sync now, put a dead letter back in the
/// queue (the backend keys everything by id, so a resend never counts twice) or export it to a signed
/// file the backend's `returns import` reads; each of those is journaled with who did it.
class SyncQueue : public QObject
{
    Q_OBJECT
    /// Undelivered entries, oldest first: [{what, reference, createdAt, attempts, lastError, nextAttempt}].
    Q_PROPERTY(QVariantList pending READ pending NOTIFY changed)
    Q_PROPERTY(int pendingReturns READ pendingReturns NOTIFY changed)
    Q_PROPERTY(int pendingEvents READ pendingEvents NOTIFY changed)
    /// Newest first: [{seq, kind, what, reference, reason, failedAt}].
    Q_PROPERTY(QVariantList deadLetters READ deadLetters NOTIFY changed)
    /// The last successful sync and the last error, in plain words.
    Q_PROPERTY(QString summary READ summary NOTIFY changed)
    /// What the last action did (or why it could not).
    Q_PROPERTY(QString message READ message NOTIFY changed)

public:
    /// How many pending entries and dead letters the page lists.
    static constexpr int Listed = 50;

    struct Config
    {
        QString kioskId {};
        QTimeZone storeZone {}; ///< times are shown in the store's time
        QString exportDir {}; ///< where exported dead letters go (created 0700)
    };

    /// @p signer signs exports; nullptr on a kiosk that is not enrolled (export is refused).
    SyncQueue(Journal &journal, const Clock &clock, const StaffSignIn &signIn, const BacklogSigner *signer,
        Config config, QObject *parent = nullptr);

    QVariantList pending() const { return m_pending; }
    int pendingReturns() const { return m_pendingReturns; }
    int pendingEvents() const { return m_pendingEvents; }
    QVariantList deadLetters() const { return m_deadLetters; }
    QString summary() const;
    QString message() const { return m_message; }

    /// Reads the queue again from the journal.
    Q_INVOKABLE void refresh();
    /// Asks the sync engine for a pass now (syncRequested). False when nobody is signed in.
    Q_INVOKABLE bool syncNow();
    /// Puts dead letter @p seq back in the queue, due now. False when nobody is signed in or it is gone.
    Q_INVOKABLE bool retry(qint64 seq);
    /// Writes dead letter @p seq to a signed file in the export folder; its path, or empty (message says
    /// why).
    Q_INVOKABLE QString exportLetter(qint64 seq);

public Q_SLOTS:
    void setStatus(const kiosk::SyncStatus &status);

Q_SIGNALS:
    void changed();
    void syncRequested();

private:
    /// "Return RK-…" or "Event "fault"", in the current language.
    static QString describe(const QString &kind, const QString &refId, const QString &eventType);
    bool allowed();
    QString localTime(const QDateTime &utc) const;
    /// @p payload with the kiosk, the colleague and the time, as every audit event carries them.
    QJsonObject audit(QJsonObject payload, const QDateTime &now) const;
    void say(const QString &message);

    Journal &m_journal;
    const Clock &m_clock;
    const StaffSignIn &m_signIn;
    const BacklogSigner *m_signer;
    Config m_config;
    SyncStatus m_status;
    QVariantList m_pending;
    QVariantList m_deadLetters;
    int m_pendingReturns = 0;
    int m_pendingEvents = 0;
    QString m_message;
};

} // namespace kiosk
