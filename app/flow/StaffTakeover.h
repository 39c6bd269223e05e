#pragma once

#include <QObject>
#include <QStringList>
#include <QVariantList>

namespace kiosk {

class Clock;
class Journal;
class StaffSignIn;

/// A colleague taking over from the "please ask a colleague" screen, once StaffSignIn signed them in
/// (badge and PIN, the same as for maintenance mode): shows them why the kiosk stopped and records an
/// override in the journal (and so in the outbox) with their id and the reason.
class StaffTakeover : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool signedIn READ signedIn NOTIFY signedInChanged)
    Q_PROPERTY(QString staffId READ staffId NOTIFY signedInChanged)
    Q_PROPERTY(QString problem READ problem NOTIFY problemChanged)
    Q_PROPERTY(QString reasonCode READ reasonCode NOTIFY caseChanged)
    Q_PROPERTY(QString orderId READ orderId NOTIFY caseChanged)
    Q_PROPERTY(QStringList items READ items NOTIFY caseChanged)
    /// Why the shopper needs a colleague, in plain words, and what to do (StaffCaseText).
    Q_PROPERTY(QString cause READ cause NOTIFY caseChanged)
    Q_PROPERTY(QStringList steps READ steps NOTIFY caseChanged)
    /// [{title, inBin}]: the items already in the bin, then those still with the shopper.
    Q_PROPERTY(QVariantList itemStates READ itemStates NOTIFY caseChanged)
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
        QStringList inBin = {}; ///< titles of this return's items already in the bin
    };

    enum class Problem { None, NotRecorded };

    StaffTakeover(Journal &journal, const Clock &clock, StaffSignIn &signIn, QString kioskId,
        QObject *parent = nullptr);

    bool signedIn() const;
    QString staffId() const;
    Problem problemKind() const { return m_problem; }
    /// What went wrong recording, in the current language.
    QString problem() const;
    QString reasonCode() const { return m_case.reasonCode; }
    QString orderId() const { return m_case.orderId; }
    QStringList items() const { return m_case.items; }
    QString cause() const;
    QStringList steps() const;
    QVariantList itemStates() const;
    bool canApprove() const { return signedIn() && m_case.approvable; }
    bool canResume() const { return signedIn() && m_case.resumable; }

    /// The shopper was sent to a colleague: what for.
    void open(Case assistanceCase);
    /// The session is over: signs out and forgets the case. Wrong PIN counts and lockouts stay.
    void close();
    /// Approves the case as an override: journaled with the colleague's id, then approved().
    Q_INVOKABLE bool approve();
    /// The colleague cleared the chute: resumed().
    Q_INVOKABLE bool resume();
    /// The shopper asked for help on @p screen: journaled (and so sent to the backend) as
    /// "shopper.help_requested". A journal that can't take it is logged: the colleague is called anyway.
    void recordHelpRequest(const QString &screen);
    /// The colleague leaves the case (journaled); `why` is "button", "idle" or "new_case".
    Q_INVOKABLE void signOut(const QString &why = QStringLiteral("button"));

Q_SIGNALS:
    void signedInChanged();
    void problemChanged();
    void caseChanged();
    void approved();
    void resumed();

private:
    void setProblem(Problem problem);

    Journal &m_journal;
    const Clock &m_clock;
    StaffSignIn &m_signIn;
    QString m_kioskId;
    Case m_case;
    Problem m_problem = Problem::None;
};

} // namespace kiosk
