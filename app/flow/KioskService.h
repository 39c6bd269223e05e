#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QMap>
#include <QObject>
#include <QString>

namespace kiosk {

class Clock;
class Journal;
class StaffSignIn;

/// Whether the kiosk takes returns, and why not: a colleague's switch on the maintenance home or the
/// backend's `out_of_service` / `in_service` heartbeat commands (kept in journal.db, so a restart keeps
/// the kiosk closed), or a full bin. Each change is journaled (`kiosk.out_of_service`,
/// `kiosk.in_service`: who and why) in the same transaction as the state; or a full bin, or every chute
/// out of service. Attract reads it to say the
/// kiosk is closed and where to go instead (kiosk.json's service desk text, per language).
class KioskService : public QObject
{
    Q_OBJECT
    /// No new return starts: switched off or a bin is full.
    Q_PROPERTY(bool closed READ closed NOTIFY changed)
    /// Switched off by a colleague or the backend.
    Q_PROPERTY(bool switchedOff READ switchedOff NOTIFY changed)
    Q_PROPERTY(bool binFull READ binFull NOTIFY changed)
    /// No chute takes items (jammed, not answering, failed its self-test).
    Q_PROPERTY(bool chutesDown READ chutesDown NOTIFY changed)
    /// Who switched it off (a colleague's id, or "backend") and why.
    Q_PROPERTY(QString by READ by NOTIFY changed)
    Q_PROPERTY(QString why READ why NOTIFY changed)

public:
    /// The journal setting that holds the switch: {"by", "why", "at"} while out of service.
    static QString settingKey() { return QStringLiteral("out_of_service"); }

    /// @p serviceDesk: where shoppers go instead, per language code ("en", "es", ...).
    KioskService(Journal &journal, const Clock &clock, const StaffSignIn &signIn, QString kioskId,
        QMap<QString, QString> serviceDesk, QObject *parent = nullptr);

    bool closed() const { return switchedOff() || m_binFull || m_chutesDown; }
    bool switchedOff() const { return !m_by.isEmpty(); }
    bool binFull() const { return m_binFull; }
    bool chutesDown() const { return m_chutesDown; }
    QString by() const { return m_by; }
    QString why() const { return m_why; }

    /// The signed-in colleague's switch. False when nobody is signed in or the journal could not record it.
    Q_INVOKABLE bool switchOff(const QString &why);
    Q_INVOKABLE bool switchOn();
    /// A check colleague @p staffId started found the kiosk unfit for drop-off (a self-test's chute that
    /// did not close): out of service in their name with @p why, even if they were signed out meanwhile.
    bool switchOffAfterCheck(const QString &staffId, const QString &why) { return change(staffId, why, {}); }
    /// The heartbeat's commands: `out_of_service` (args.reason) and `in_service`; others are ignored.
    void applyCommands(const QJsonArray &commands);
    /// A bin became full or was emptied (journaled as by "kiosk").
    void setBinFull(bool full);
    /// Every chute went out of service, or one came back (journaled as by "kiosk").
    void setChutesDown(bool down);
    /// Where to go instead, in @p language (else English, else the first given); empty when kiosk.json
    /// names no service desk.
    Q_INVOKABLE QString serviceDesk(const QString &language) const;

Q_SIGNALS:
    void changed();

private:
    /// Journals and sets the state; @p by empty puts the kiosk back in service.
    bool change(const QString &by, const QString &why, const QString &commandId);
    /// A device's condition that closes the kiosk changed: journals it (why it closed or reopened).
    void setCondition(bool &condition, bool now, const QString &whyOff, const QString &whyOn);

    Journal &m_journal;
    const Clock &m_clock;
    const StaffSignIn &m_signIn;
    QString m_kioskId;
    QMap<QString, QString> m_serviceDesk;
    QString m_by;
    QString m_why;
    bool m_binFull = false;
    bool m_chutesDown = false;
};

} // namespace kiosk
