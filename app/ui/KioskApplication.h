#pragma once

#include "Clock.h"
#include "DeviceSet.h"
#include "cache/CacheStore.h"
#include "cache/VerifierPruner.h"
#include "config/InstallCheck.h"
#include "config/KioskConfig.h"
#include "detect/LinuxHardwareDetector.h"
#include "journal/Journal.h"
#include "policy/PolicyStore.h"
#include "provision/EnrolmentRecord.h"
#include "sync/SyncConfig.h"

#include <QDateTime>
#include <QObject>
#include <QQmlApplicationEngine>

#include <memory>
#include <optional>

class QQuickWindow;
class KioskInfo;

namespace kiosk {

class BacklogSigner;
class BinTotes;
class DayAudit;
class OrderDesk;
class SyncQueue;
class KioskSounds;
class Viewfinder;
class KioskSpeech;
class ReadAloud;
class ProductImageCache;
class DeviceFaultReporter;
class DropoffStation;
class FirstBootProvisioning;
class FirstBootSelfTest;
class MaintenanceSelfTest;
class SelfTestRunner;
class BackendProbe;
class HardwareSelection;
class KioskHealth;
class KioskService;
class ReturnSession;
class StockLookup;
class CacheMissLookup;
class SyncEngine;
namespace camera {
class FrameDecoder;
class FrameSource;
} // namespace camera

/// The composition root: builds every store, device, service and the QML engine from the command
/// line and kiosk.json, wires them together, and owns them. main(), the demo journey and the
/// end-to-end tests all start the kiosk through this one class.
class KioskApplication : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString dataDir;
        QString configPath;
        /// sim, a profile, or auto: the one chosen at first boot (hardware.json), else the one detection
        /// proposes.
        QString hardware = QStringLiteral("sim");
        QString seedOrders; ///< a data set imported into an empty cache at start
        QDateTime clockStart; ///< invalid: the wall clock
        QStringList cameraFrames; ///< images played as camera frames instead of a camera (sim)
        bool selfTest = false;
        /// Full-screen, frameless, no cursor, closing ignored: kiosk hardware profiles and --fullscreen.
        bool kioskWindow = false;
        /// Where hardware detection looks (tests point it at a fake /sys and /dev); the network printers
        /// of the profiles and of the store configuration are added to it.
        drivers::LinuxHardwareDetector::Sources detection;
        /// Room the journal must have at start-up (file system and SQLite's size limit).
        qint64 minFreeBytes = InstallCheck::MinFreeBytes;
    };

    /// Parses the command line; on error prints it and returns nullopt.
    static std::optional<Options> parseArguments(const QStringList &arguments);

    explicit KioskApplication(Options options, QObject *parent = nullptr);
    ~KioskApplication() override;

    /// Opens the data stores and builds the devices and services. False with a reason on failure,
    /// before any shopper can start: among others when the journal cannot be written (read-only,
    /// locked, I/O error) or has no room for a return (see checkStorage()).
    bool initialise(QString *error);
    /// Loads the QML UI. False when it failed to load.
    bool loadUi();
    /// Instantiates every screen once and reports QML errors: the --self-test.
    int runSelfTest();

    QQuickWindow *window() const;
    ReturnSession *session() const { return m_session.get(); }
    KioskSounds *sounds() const { return m_sounds.get(); }
    KioskSpeech *speech() const { return m_speech.get(); }
    ReadAloud *readAloud() const { return m_readAloud.get(); }
    KioskHealth *health() const { return m_health.get(); }
    BinTotes *totes() const { return m_totes.get(); }
    SyncQueue *syncQueue() const { return m_syncQueue.get(); }
    DayAudit *dayAudit() const { return m_dayAudit.get(); }
    OrderDesk *orderDesk() const { return m_orderDesk.get(); }
    KioskService *service() const { return m_service.get(); }
    /// The device self-tests the maintenance page and first boot run.
    SelfTestRunner *selfTest() const { return m_selfTest.get(); }
    FirstBootSelfTest *firstBootSelfTest() const { return m_firstBootSelfTest.get(); }
    /// The first chute (the only one on most kiosks).
    drivers::ChuteLock *chute() const { return &m_devices->firstChute(); }
    drivers::DeviceSet &devices() { return *m_devices; }
    Journal &journal() { return m_journal; }
    /// Decodes camera frames into codes for the session; any frame source may feed it.
    camera::FrameDecoder *frameDecoder() const { return m_decoder.get(); }
    /// The camera (--camera-frames in the sim); null on a kiosk without one.
    camera::FrameSource *camera() const { return m_camera.get(); }
    Viewfinder *viewfinder() const { return m_viewfinder.get(); }
    /// The first-boot flow; active only while kiosk.json requires an enrolment the data dir lacks.
    FirstBootProvisioning *provisioning() const { return m_provisioning.get(); }
    /// The first boot's hardware step; null unless first boot is under way.
    HardwareSelection *hardwareSelection() const { return m_hardware.get(); }
    /// Null when kiosk.json names no backend (an offline kiosk).
    SyncEngine *sync() const { return m_sync.get(); }
    /// Stock for exchanges: the backend's over HTTPS, or (no backend) a FixedStockLookup that knows none.
    StockLookup *stockLookup() const { return m_stock.get(); }
    CacheStore &cache() { return m_cache; }
    QQmlApplicationEngine &engine() { return m_engine; }

Q_SIGNALS:
    /// First boot is over (enrolled, hardware confirmed): the caller starts a new KioskApplication on the
    /// same data dir, which runs with the enrolment.
    void provisioned();
    /// First boot chose other hardware than the kiosk runs: the caller starts a new KioskApplication on
    /// the same data dir, which resumes first boot with it.
    void restartRequested();

private:
    /// Reads the data dir's enrolment (enrolment.json) over kiosk.json's identity and store settings.
    bool applyEnrolment(QString *error);
    /// kiosk.json requires an enrolment and the data dir has none: first boot.
    bool provisioningPending() const;
    /// The devices attached, as LinuxHardwareDetector finds them with the options' roots.
    QList<drivers::DetectedDevice> detectHardware() const;
    /// --hardware=auto: the saved choice, else detection's proposal, else (first boot only) sim.
    bool resolveAutoHardware(QString *profile, QString *error) const;
    void buildProvisioning();
    /// Hands a scanned or decoded code to provisioning while it is active, else to the session.
    void submitCode(const QString &text);
    /// The journal opened read-write and proven writable (a write in a transaction, rolled back), with
    /// room for a return: otherwise the kiosk must not take an item into its bin.
    bool checkStorage(QString *error);
    bool loadPolicy(QString *error);
    /// The policy in force bounds how long cache.db keeps order verifiers: told to the cache (which
    /// drops those past every return window at once, and at every import and sync) and pruned hourly,
    /// both off the GUI thread (VerifierPruner).
    void retainVerifiers();
    /// Where and how to reach the backend, from kiosk.json; none when the kiosk runs without one.
    std::optional<SyncConfig> syncConfig() const;
    void startSync();
    /// The camera: frames from --camera-frames, else the hardware profile's camera, if any.
    void takeCamera();
    void buildCamera();
    void buildHealth();
    /// The maintenance home's sync page and today's audit page (after startSync).
    void buildStaffPages();
    /// The bins' totes and the out-of-service state; false when the journal cannot open the totes.
    bool buildService(QString *error);
    /// The self-test runner with its maintenance and first-boot controllers (after startSync).
    void buildSelfTest();

    Options m_options;
    KioskConfig m_config;
    std::optional<EnrolmentRecord>
        m_enrolment; ///< the data dir's, when the kiosk is enrolled with a certificate
    std::unique_ptr<Clock> m_clock;
    CacheStore m_cache;
    Journal m_journal;
    std::unique_ptr<PolicyStore> m_policies;
    std::unique_ptr<drivers::DeviceSet> m_devices;
    std::unique_ptr<StockLookup> m_stock; ///< outlives the session that asks it
    std::unique_ptr<ProductImageCache> m_images; ///< outlives the session that shows them
    /// Orders the cache lacks, from the backend; none without one (a miss is then "not found").
    std::unique_ptr<CacheMissLookup> m_cacheMiss;
    std::unique_ptr<DropoffStation> m_station;
    std::unique_ptr<DeviceFaultReporter> m_faults; ///< `fault` events for the backend
    std::unique_ptr<ReturnSession> m_session;
    std::unique_ptr<KioskHealth> m_health; ///< the maintenance home's view of every part
    std::unique_ptr<BinTotes> m_totes; ///< after the session: it reads the session's sign-in
    std::unique_ptr<KioskService> m_service;
    std::unique_ptr<BacklogSigner> m_exportSigner; ///< none on a kiosk that is not enrolled
    std::unique_ptr<SyncQueue> m_syncQueue;
    std::unique_ptr<DayAudit> m_dayAudit;
    std::unique_ptr<OrderDesk> m_orderDesk;
    std::unique_ptr<BackendProbe> m_backendProbe; ///< none without a backend
    std::unique_ptr<SelfTestRunner> m_selfTest;
    std::unique_ptr<MaintenanceSelfTest> m_maintenanceSelfTest;
    std::unique_ptr<FirstBootSelfTest> m_firstBootSelfTest;
    std::unique_ptr<SyncEngine> m_sync;
    std::unique_ptr<camera::FrameDecoder> m_decoder;
    std::unique_ptr<camera::FrameSource> m_camera; ///< none on a kiosk without a camera
    std::unique_ptr<Viewfinder> m_viewfinder; ///< after the camera and the decoder it listens to
    std::unique_ptr<KioskInfo> m_info;
    std::unique_ptr<KioskSounds> m_sounds; ///< a read, a failed read, the chute, a timeout warning
    std::unique_ptr<KioskSpeech> m_speech; ///< the read-aloud mode's voice
    std::unique_ptr<ReadAloud> m_readAloud;
    std::unique_ptr<HardwareSelection> m_hardware;
    std::unique_ptr<FirstBootProvisioning> m_provisioning;
    std::unique_ptr<VerifierPruner> m_verifierPrune; ///< hourly, on its own thread and cache.db connection
    QQmlApplicationEngine m_engine;
    QList<QQmlError> m_qmlErrors;
};

} // namespace kiosk
