#pragma once

#include "config/StaffSettings.h"
#include "journal/Journal.h"

#include <QObject>
#include <QString>

namespace kiosk {

class Clock;

/// A colleague signing in, on the attract screen (maintenance mode) or on the assistance screen (to
/// take over a shopper's return): the scanned badge names them, their PIN proves it (a badge alone
/// never signs in). The PIN's hash is checked on a worker thread, so the screen never waits on it.
/// Wrong PINs lock that colleague after maxPinAttempts in a row, and every failure (unknown badges
/// too) counts towards a lockout of the whole kiosk's keypad; each lockout in a row lasts twice as
/// long as the one before. Both are kept in journal.db, so a restart resets neither. Each attempt,
/// sign-in and sign-out is journaled as an audit event (and so synced) in the same transaction as the
/// lockout. The PIN is never stored or logged.
class StaffSignIn : public QObject
{
    Q_OBJECT
    /// The colleague whose badge was scanned, waiting for their PIN; empty before a badge.
    Q_PROPERTY(QString badgeId READ badgeId NOTIFY changed)
    Q_PROPERTY(bool signedIn READ signedIn NOTIFY changed)
    Q_PROPERTY(QString staffId READ staffId NOTIFY changed)
    Q_PROPERTY(QString problem READ problem NOTIFY problemChanged)
    /// The keypad takes no PIN now (this colleague, or the kiosk, is locked).
    Q_PROPERTY(bool locked READ locked NOTIFY problemChanged)
    /// A typed PIN is being checked: the keypad waits.
    Q_PROPERTY(bool checking READ checking NOTIFY changed)
    /// The fewest digits a PIN has: the keypad's OK stays off before.
    Q_PROPERTY(int pinDigits READ pinDigits CONSTANT)

public:
    enum class Problem {
        None,
        UnknownBadge, ///< not listed in kiosk.json
        WrongPin,
        Locked, ///< this colleague: too many wrong PINs
        KioskLocked, ///< every colleague: too many failures at this kiosk
        NotRecorded, ///< the journal could not record the attempt: nothing changed
    };

    /// The lockout scope counting every failure at this kiosk.
    static QString kioskScope() { return QStringLiteral("kiosk"); }
    /// The lockout scope of one colleague.
    static QString staffScope(const QString &staffId) { return QStringLiteral("staff:") + staffId; }
    /// Failures at this kiosk, any badge, before the whole keypad locks.
    int kioskAttempts() const { return m_settings.maxPinAttempts * 3; }

    StaffSignIn(Journal &journal, const Clock &clock, StaffSettings settings, QString kioskId,
        QObject *parent = nullptr);

    QString badgeId() const { return m_badgeId; }
    bool signedIn() const { return !m_staffId.isEmpty(); }
    QString staffId() const { return m_staffId; }
    Problem problemKind() const { return m_problem; }
    /// What went wrong, in the current language.
    QString problem() const;
    bool locked() const;
    bool checking() const { return m_checking; }
    int pinDigits() const { return m_settings.pinDigits; }

    /// A scanned badge id (CodeParser's StaffBadge): names the colleague who types their PIN next.
    /// False (and counted) for a badge not listed here.
    bool submitBadge(const QString &staffId);
    /// The PIN of the colleague whose badge was scanned: true when its check started (pinChecked()
    /// follows); false when it can't be taken now (no badge, locked, another PIN being checked) or is
    /// too short (counted as a wrong PIN).
    Q_INVOKABLE bool submitPin(const QString &pin);
    /// Forgets the badge and any PIN being checked (nobody signed in yet).
    Q_INVOKABLE void cancel();
    /// Signs the colleague out (journaled); `why` is "button" or "idle".
    void signOut(const QString &why);
    /// The problem's text follows a language switch.
    void retranslate() { Q_EMIT problemChanged(); }

Q_SIGNALS:
    void changed();
    void problemChanged();
    /// The PIN submitted last was checked (and the attempt journaled): whether the colleague is in.
    void pinChecked(bool signedIn);

private:
    /// Journals one attempt (`failure` empty: signed in) with the colleague's new lockout and the
    /// kiosk's count; false (NotRecorded) when it could not.
    bool record(const QString &staffId, const Journal::StaffLockout &colleague, const QString &failure);
    /// Counts a failure for the colleague (a wrong PIN) and for the kiosk; sets the problem it leaves.
    void fail(const QString &staffId, Problem problem);
    /// The worker's answer for attempt @p attempt: signs @p staffId in, or counts a wrong PIN.
    void onChecked(quint64 attempt, const QString &staffId, bool matches);
    /// Drops the answer of a PIN still being checked.
    void forgetCheck();
    QDateTime lockedUntil(const QString &scope) const;
    void setProblem(Problem problem);

    Journal &m_journal;
    const Clock &m_clock;
    StaffSettings m_settings;
    QString m_kioskId;
    QString m_badgeId;
    QString m_staffId;
    Problem m_problem = Problem::None;
    bool m_checking = false;
    quint64 m_attempt = 0; ///< the PIN check whose answer counts
};

} // namespace kiosk
