#pragma once

#include "config/StaffSettings.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <QTimer>

namespace kiosk {

class Clock;
class Journal;

/// A colleague taking over from the "please ask a colleague" screen: signs them in with their badge
/// or their PIN (locking the keypad for a while after too many wrong PINs), shows them why the kiosk
/// stopped, records an override in the journal (and so in the outbox) with their id and the reason,
/// and signs them out when their screen is left alone. The PIN is never stored or logged.
class StaffTakeover : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool signedIn READ signedIn NOTIFY signedInChanged)
    Q_PROPERTY(QString staffId READ staffId NOTIFY signedInChanged)
    Q_PROPERTY(QString problem READ problem NOTIFY problemChanged)
    Q_PROPERTY(bool locked READ locked NOTIFY problemChanged)
    Q_PROPERTY(QString reasonCode READ reasonCode NOTIFY caseChanged)
    Q_PROPERTY(QString orderId READ orderId NOTIFY caseChanged)
    Q_PROPERTY(QStringList items READ items NOTIFY caseChanged)
    Q_PROPERTY(bool canApprove READ canApprove NOTIFY caseChanged)
    Q_PROPERTY(bool canResume READ canResume NOTIFY caseChanged)

public:
    /// Why the shopper was sent to a colleague, and what a colleague may do about it.
    struct Case
    {
        QString reasonCode; ///< stable, e.g. "condition.failed", "chute.jammed"
        QString orderId;
        QList<int> lines; ///< the order lines concerned
        QStringList items; ///< their titles, for the colleague's screen
        bool approvable = false; ///< a decision a colleague may override
        bool resumable = false; ///< the drop-off may go on once the chute is cleared
    };

    enum class Problem { None, UnknownBadge, WrongPin, Locked, NotRecorded };

    StaffTakeover(Journal &journal, const Clock &clock, StaffSettings settings, QString kioskId,
        QObject *parent = nullptr);

    bool signedIn() const { return !m_staffId.isEmpty(); }
    QString staffId() const { return m_staffId; }
    Problem problemKind() const { return m_problem; }
    /// What went wrong signing in or recording, in the current language.
    QString problem() const;
    bool locked() const;
    QString reasonCode() const { return m_case.reasonCode; }
    QString orderId() const { return m_case.orderId; }
    QStringList items() const { return m_case.items; }
    bool canApprove() const { return signedIn() && m_case.approvable; }
    bool canResume() const { return signedIn() && m_case.resumable; }

    /// The shopper was sent to a colleague: what for.
    void open(Case assistanceCase);
    /// The session is over: signs out and forgets the case. Wrong PIN counts and lockouts stay.
    void close();
    /// A scanned staff badge id (CodeParser's StaffBadge). Only listed colleagues sign in.
    bool submitBadge(const QString &staffId);
    Q_INVOKABLE bool submitPin(const QString &pin);
    /// Approves the case as an override: journaled with the colleague's id, then approved().
    Q_INVOKABLE bool approve();
    /// The colleague cleared the chute: resumed().
    Q_INVOKABLE bool resume();
    Q_INVOKABLE void signOut();
    /// The colleague touched the screen: restarts their sign-out countdown.
    Q_INVOKABLE void touch();

Q_SIGNALS:
    void signedInChanged();
    void problemChanged();
    void caseChanged();
    void approved();
    void resumed();
    /// Signed out after signedInSeconds untouched.
    void timedOut();

private:
    void signIn(const QString &staffId, const char *how);
    void setProblem(Problem problem);

    Journal &m_journal;
    const Clock &m_clock;
    StaffSettings m_settings;
    QString m_kioskId;
    Case m_case;
    QString m_staffId;
    Problem m_problem = Problem::None;
    int m_wrongPins = 0;
    QDateTime m_lockedUntil;
    QTimer m_signedInTimer;
};

} // namespace kiosk
