#pragma once

#include "config/KioskConfig.h"
#include "crypto/KeyStore.h"
#include "provision/CertificateEnrolment.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QThread;

namespace kiosk {

struct EnrolmentRecord;
class FirstBootSelfTest;
class HardwareSelection;

/// The technician's first-boot flow (the `Provisioning` QML singleton): while the data dir holds no
/// enrolment and kiosk.json asks for one, the kiosk shows this instead of attract. Scan the enrolment
/// QR (scanner or camera; a typed code goes to kiosk.json's provisioning backend), enrol off the GUI
/// thread (CertificateEnrolment), confirm the hardware profile, pass the self-test (or accept its failure
/// with a reason, FirstBootSelfTest), then hand over: `finished()` makes the
/// composition root start the kiosk anew with its enrolment. Any failure names itself and stays on scan.
/// From the enrolment request to the hand-over, `EnrolmentRecord::firstBootPendingFile` marks the data
/// dir: a kiosk started again in between resumes at the hardware step (or, with the hardware chosen, the
/// self-test). A kiosk running with --hardware=auto whose technician chose another profile than the one
/// it runs is restarted into that profile (`restartRequested()`), so the self-test exercises its devices.
class FirstBootProvisioning : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool active READ active NOTIFY changed)
    Q_PROPERTY(Step step READ step NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)
    Q_PROPERTY(QString backendUrl READ backendUrl NOTIFY changed)
    Q_PROPERTY(QString kioskId READ kioskId NOTIFY changed)
    Q_PROPERTY(QString storeName READ storeName NOTIFY changed)
    Q_PROPERTY(QString profile READ profile CONSTANT)
    Q_PROPERTY(bool typedCodesAccepted READ typedCodesAccepted CONSTANT)

public:
    enum class Step {
        Scan, ///< waiting for the enrolment QR (or a typed code)
        Enrolling, ///< the request is out; scans are ignored
        Hardware, ///< enrolled: the technician confirms the hardware profile
        SelfTest, ///< every device tested; the report hands over (FirstBootSelfTest)
        Done, ///< handed over (finished() emitted)
    };
    Q_ENUM(Step)

    struct Setup
    {
        bool required = false; ///< false: inactive (an enrolled or offline kiosk)
        QString dataDir;
        QString retailerId; ///< QRs for another retailer are refused
        QString caBundle; ///< kiosk.json's, trusted as well as the QR's pin; may be empty
        QString proposedKioskId;
        KioskConfig::Provisioning typed; ///< where a typed code goes
        QString profile; ///< the hardware profile the kiosk runs with
        /// It runs the profile the hardware step saves (--hardware=auto): choosing another restarts it.
        bool runsChosenProfile = false;
        /// The data dir's enrolment as the composition root read it; null: not enrolled.
        const EnrolmentRecord *enrolment = nullptr;
        /// The hardware step's choice, saved on confirm; null: the profile is confirmed as it is.
        HardwareSelection *hardware = nullptr;
    };

    FirstBootProvisioning(Setup setup, std::unique_ptr<KeyStore> keys, QObject *parent = nullptr);
    /// First boot started in @p dataDir (enrolled there) and has not handed over yet.
    static bool pendingIn(const QString &dataDir);
    ~FirstBootProvisioning() override;

    bool active() const { return m_setup.required && m_step != Step::Done; }
    Step step() const { return m_step; }
    QString message() const { return m_message; }
    QString backendUrl() const { return m_backendUrl; }
    QString kioskId() const { return m_kioskId; }
    QString storeName() const { return m_storeName; }
    QString profile() const { return m_setup.profile; }
    bool typedCodesAccepted() const { return !m_setup.typed.backendUrl.isEmpty(); }

    /// A scanned or typed text; ignored unless the step is Scan.
    Q_INVOKABLE void submitCode(const QString &text);
    /// The technician confirms the hardware profile: refused while the hardware step refuses it (a
    /// required device is missing; its message says which), else the self-test runs, or (none set) the
    /// kiosk starts.
    Q_INVOKABLE void confirmHardware();
    /// The self-test whose report hands over after the hardware is confirmed.
    void setSelfTest(FirstBootSelfTest *selfTest);

Q_SIGNALS:
    void changed();
    /// Enrolled and confirmed: start the kiosk with its enrolment.
    void finished();
    /// The hardware chosen is not the one running: start the kiosk anew with it; first boot resumes.
    void restartRequested();

private:
    void fail(const QString &message);
    void enrolled(const CertificateEnrolment::Result &result);
    void resume(const EnrolmentRecord &record);
    void handOver();

    Setup m_setup;
    std::unique_ptr<KeyStore> m_keys;
    Step m_step = Step::Scan;
    QString m_message;
    QString m_backendUrl;
    QString m_kioskId;
    QString m_storeName;
    QThread *m_worker = nullptr;
    FirstBootSelfTest *m_selfTest = nullptr;
};

} // namespace kiosk
