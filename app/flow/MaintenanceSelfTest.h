#pragma once

#include <QObject>
#include <QString>

namespace kiosk {

class Journal;
class KioskService;
class SelfTestRunner;
class StaffSignIn;

/// The maintenance home's "Self-test" page (the `SelfTest` QML singleton): a signed-in colleague runs
/// the device self-tests; the result is journaled as a `selftest.completed` event with their id (the
/// day's audit page shows it, the sync engine sends it), and a chute that fails takes the kiosk out of
/// service for drop-off with the reason until a colleague puts it back; on a kiosk with several chutes
/// only that chute's bins go out (DropoffStation), until it passes again. The page shows the results
/// from the runner itself (the `SelfTestRun` singleton).
class MaintenanceSelfTest : public QObject
{
    Q_OBJECT
    /// What the last run led to, in the current language: out of service, or not recorded.
    Q_PROPERTY(QString message READ message NOTIFY changed)

public:
    MaintenanceSelfTest(SelfTestRunner &runner, Journal &journal, const StaffSignIn &signIn,
        KioskService &service, QObject *parent = nullptr);

    QString message() const;

    /// Runs every self-test. False when nobody is signed in or a self-test is already running.
    Q_INVOKABLE bool start();

Q_SIGNALS:
    void changed();

private:
    enum class Outcome { None, Recorded, OutOfService, ChuteOutOfService, NotRecorded };
    void record();

    SelfTestRunner &m_runner;
    Journal &m_journal;
    const StaffSignIn &m_signIn;
    KioskService &m_service;
    QString m_staffId; ///< who started the run in progress; empty: none of ours
    Outcome m_outcome = Outcome::None;
    QString m_reason;
};

} // namespace kiosk
