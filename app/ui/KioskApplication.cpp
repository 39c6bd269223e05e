#include "KioskApplication.h"

#include "DeviceFactory.h"
#include "DeviceFaultReporter.h"
#include "DropoffStation.h"
#include "FirstBootProvisioning.h"
#include "FirstBootSelfTest.h"
#include "HardwareSelection.h"
#include "KioskInfo.h"
#include "KioskSounds.h"
#include "KioskSpeech.h"
#include "MaintenanceSelfTest.h"
#include "ManifestImageProvider.h"
#include "QmlSingletons.h"
#include "ReceiptQrImageProvider.h"
#include "ReturnSession.h"
#include "SelfTestRunner.h"
#include "Viewfinder.h"
#include "backlog/BacklogSigner.h"
#include "camera/FolderFrameSource.h"
#include "camera/FrameDecoder.h"
#include "config/InstallCheck.h"
#include "config/KioskPaths.h"
#include "crypto/FileKeyStore.h"
#include "detect/HardwareChoice.h"
#include "images/ProductImageCache.h"
#include "stock/FixedStockLookup.h"
#include "stock/HttpsStockLookup.h"
#include "sync/HttpsBackendProbe.h"
#include "sync/HttpsCacheMissLookup.h"
#include "sync/KioskSyncConfig.h"
#include "sync/SyncEngine.h"

#include <QCommandLineParser>
#include <QDir>
#include <QLoggingCategory>
#include <QQuickItem>
#include <QQuickWindow>

#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcApp, "kiosk.app")

namespace kiosk {

std::optional<KioskApplication::Options> KioskApplication::parseArguments(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Returns Kiosk: in-store, label-free returns."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(u"data-dir"_s, u"Where cache.db and journal.db live."_s, u"dir"_s);
    const QCommandLineOption config(u"config"_s, u"The kiosk.json to use."_s, u"file"_s);
    const QCommandLineOption hardware(u"hardware"_s,
        u"Hardware profile: sim, a profile name (/etc/returns-kiosk/hardware, then the shared hardware "
        "profiles), a JSON file, or auto: the profile chosen at first boot (hardware.json in the data "
        "directory), else the one hardware detection proposes. Any profile but sim shows the kiosk window "
        "full-screen."_s,
        u"profile"_s, u"sim"_s);
    const QCommandLineOption seed(
        u"seed-orders"_s, u"Import this order data set into an empty cache."_s, u"file"_s);
    const QCommandLineOption clock(
        u"clock"_s, u"Start the kiosk's clock at this ISO 8601 time (demos, tests)."_s, u"time"_s);
    const QCommandLineOption cameraFrames(u"camera-frames"_s,
        u"Play these images (files or folders) as camera frames, over and over, while a code is wanted (sim "
        "hardware); the identify screen and the chute show them in the viewfinder."_s,
        u"path"_s);
    const QCommandLineOption selfTest(u"self-test"_s, u"Load every screen, report QML errors and exit."_s);
    const QCommandLineOption fullScreen(u"fullscreen"_s,
        u"The kiosk window: full-screen, frameless, no cursor, closing ignored (as on kiosk hardware)."_s);
    parser.addOptions({ dataDir, config, hardware, seed, clock, cameraFrames, selfTest, fullScreen });
    if (!parser.parse(arguments)) {
        qCritical().noquote() << parser.errorText();
        return std::nullopt;
    }
    if (parser.isSet(u"help"_s))
        parser.showHelp();
    if (parser.isSet(u"version"_s))
        parser.showVersion();

    Options options;
    options.dataDir = parser.value(dataDir);
    if (options.dataDir.isEmpty())
        options.dataDir = KioskPaths::dataDir();
    options.configPath = parser.value(config);
    if (options.configPath.isEmpty() && KioskPaths::installed())
        options.configPath = KioskPaths::configOverrideDir() + u"/kiosk.json"_s;
    options.hardware = parser.value(hardware);
    options.kioskWindow = parser.isSet(fullScreen) || options.hardware != u"sim"_s;
    options.seedOrders = parser.value(seed);
    options.selfTest = parser.isSet(selfTest);
    options.cameraFrames = parser.values(cameraFrames);
    if (parser.isSet(clock)) {
        options.clockStart = QDateTime::fromString(parser.value(clock), Qt::ISODate);
        if (!options.clockStart.isValid()) {
            qCritical().noquote() << "--clock: not an ISO 8601 time:" << parser.value(clock);
            return std::nullopt;
        }
    }
    return options;
}

KioskApplication::KioskApplication(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{ }

KioskApplication::~KioskApplication()
{
    if (m_camera)
        m_camera->stop();
    if (m_decoder)
        m_decoder->waitForIdle();
    if (m_sync)
        m_sync->stop();
    SessionForeign::s_instance = nullptr;
    HealthForeign::s_instance = nullptr;
    TotesForeign::s_instance = nullptr;
    ServiceForeign::s_instance = nullptr;
    SyncQueueForeign::s_instance = nullptr;
    DayAuditForeign::s_instance = nullptr;
    OrderDeskForeign::s_instance = nullptr;
    KioskInfo::s_instance = nullptr;
    Viewfinder::s_instance = nullptr;
    ProvisioningForeign::s_instance = nullptr;
    ReadAloudForeign::s_instance = nullptr;
    SelfTestRunForeign::s_instance = nullptr;
    SelfTestForeign::s_instance = nullptr;
    FirstBootSelfTestForeign::s_instance = nullptr;
    HardwareForeign::s_instance = nullptr;
}

bool KioskApplication::initialise(QString *error)
{
    if (KioskPaths::installed()) {
        const QStringList problems = InstallCheck::problems({ m_options.configPath, m_options.dataDir,
            uint(geteuid()), uint(getegid()), m_options.minFreeBytes });
        if (!problems.isEmpty()) {
            *error = u"cannot start: "_s + problems.join(u"; "_s);
            return false;
        }
    }
    if (!m_options.configPath.isEmpty()) {
        KioskConfig::Result loaded = KioskConfig::load(m_options.configPath);
        if (!loaded.config) {
            *error = loaded.error;
            return false;
        }
        m_config = *loaded.config;
    }
    if (!applyEnrolment(error))
        return false;
    QLocale::setDefault(m_config.locale);
    if (m_options.clockStart.isValid())
        m_clock = std::make_unique<OffsetClock>(m_options.clockStart);
    else
        m_clock = std::make_unique<SystemClock>();

    if (!QDir().mkpath(m_options.dataDir)) {
        *error = u"cannot create data directory %1"_s.arg(m_options.dataDir);
        return false;
    }
    const QDir data(m_options.dataDir);
    if (!m_journal.open(data.filePath(u"journal.db"_s))) {
        *error = u"out of service for drop-off: "_s + m_journal.lastError();
        return false;
    }
    if (!checkStorage(error))
        return false;
    if (!m_cache.open(data.filePath(u"cache.db"_s))) {
        *error = u"cannot open the order cache: "_s + m_cache.lastError();
        return false;
    }
    if (!m_options.seedOrders.isEmpty() && m_cache.orderCount() == 0) {
        const CacheStore::ImportReport report = m_cache.importFile(m_options.seedOrders);
        if (!report.fatal.isEmpty()) {
            *error = report.fatal;
            return false;
        }
        qCInfo(lcApp) << "seeded cache with" << report.imported << "orders," << report.rejected << "rejected";
    }

    if (!loadPolicy(error))
        return false;
    m_verifierPrune = std::make_unique<VerifierPruner>(data.filePath(u"cache.db"_s), *m_clock);
    m_verifierPrune->start();
    retainVerifiers();

    QString profile = m_options.hardware;
    if (profile == u"auto"_s && !resolveAutoHardware(&profile, error))
        return false;
    drivers::DeviceFactory::Result devices
        = drivers::DeviceFactory::build(profile, KioskPaths::hardwareDir(profile));
    if (!devices.devices) {
        *error = devices.error;
        return false;
    }
    m_devices = std::move(devices.devices);

    ReturnSession::Config sessionConfig;
    sessionConfig.kioskId = m_config.kioskId;
    sessionConfig.retailerId = m_config.retailerId;
    sessionConfig.storeZone = m_config.storeZone;
    sessionConfig.idleTimeoutSeconds = m_config.idleTimeoutSeconds;
    sessionConfig.assistanceTimeoutSeconds = m_config.assistanceTimeoutSeconds;
    sessionConfig.retailerName = m_config.retailerName;
    sessionConfig.eReceiptBase = m_config.eReceiptUrl;
    sessionConfig.staff = m_config.staff;
    m_station = std::make_unique<DropoffStation>(m_devices->namedChutes(), m_devices->bins, *m_devices->scale,
        *m_devices->indicator, DropoffStation::Config {});
    m_session = std::make_unique<ReturnSession>(
        m_cache, m_journal, *m_policies, *m_station, *m_devices->printer, *m_clock, sessionConfig);
    // Device faults go to the backend from here, whichever screen is showing.
    m_faults = std::make_unique<DeviceFaultReporter>(m_journal, *m_clock, m_config.kioskId);
    m_faults->watch(*m_devices->printer);
    for (const drivers::DeviceSet::Chute &chute : m_devices->chutes)
        m_faults->watch(
            *chute.lock, chute.lock.get() == &m_devices->firstChute() ? u"chute"_s : u"chute:"_s + chute.id);
    if (scanner::Scanner *scanner = m_devices->scanner.get()) {
        m_faults->watch(*scanner);
        connect(scanner, &scanner::Scanner::scanned, this, &KioskApplication::submitCode);
        connect(scanner, &scanner::Scanner::connectedChanged, m_session.get(),
            &ReturnSession::setScannerConnected);
        m_session->setScannerConnected(scanner->isConnected());
    }
    m_info = std::make_unique<KioskInfo>(
        m_config.retailerName, m_config.accentColor, m_config.kioskId, m_devices->readerAt);
    m_sounds = std::make_unique<KioskSounds>(m_config.sound.volumePercent);
    connect(m_session.get(), &ReturnSession::codeRead, m_sounds.get(),
        [sounds = m_sounds.get()] { sounds->play(KioskSounds::Sound::GoodRead); });
    connect(m_session.get(), &ReturnSession::readFailed, m_sounds.get(),
        [sounds = m_sounds.get()] { sounds->play(KioskSounds::Sound::FailedRead); });
    connect(m_station.get(), &DropoffStation::opened, m_sounds.get(),
        [sounds = m_sounds.get()] { sounds->play(KioskSounds::Sound::ChuteOpening); });
    connect(m_session.get(), &ReturnSession::timeoutWarning, m_sounds.get(),
        [sounds = m_sounds.get()] { sounds->play(KioskSounds::Sound::TimeoutWarning); });
    m_speech = std::make_unique<KioskSpeech>(KioskSpeech::Settings {
        m_config.sound.speechEngine, m_config.sound.speechRate, m_config.sound.volumePercent });
    m_readAloud = std::make_unique<ReadAloud>(*m_session, *m_speech, m_devices->keys);
    ReadAloudForeign::s_instance = m_readAloud.get();

    SessionForeign::s_instance = m_session.get();
    KioskInfo::s_instance = m_info.get();
    buildProvisioning();
    if (!buildService(error))
        return false;
    startSync();
    takeCamera(); // before the self-test, which reads its test code with it
    buildSelfTest();
    buildCamera();
    buildHealth();
    buildStaffPages();
    return true;
}

void KioskApplication::buildStaffPages()
{
    if (const std::optional<SyncConfig> config = syncConfig(); config && !config->deviceToken.isEmpty())
        m_exportSigner = std::make_unique<DeviceTokenSigner>(config->deviceToken.toUtf8());
    m_syncQueue = std::make_unique<SyncQueue>(m_journal, *m_clock, *m_session->signIn(), m_exportSigner.get(),
        SyncQueue::Config { m_config.kioskId, m_config.storeZone, m_options.dataDir + u"/exports"_s });
    if (m_sync) {
        connect(m_sync.get(), &SyncEngine::statusChanged, m_syncQueue.get(), &SyncQueue::setStatus);
        connect(m_syncQueue.get(), &SyncQueue::syncRequested, m_sync.get(), &SyncEngine::syncNow);
    }
    m_dayAudit = std::make_unique<DayAudit>(m_journal, *m_clock, m_config.storeZone);
    m_orderDesk = std::make_unique<OrderDesk>(m_cache, m_journal, *m_policies, *m_clock, *m_session->signIn(),
        OrderDesk::Config { m_config.kioskId, m_config.retailerId, ReturnSession::Config {}.orderPrefix,
            m_config.storeZone });
    m_orderDesk->setBinInService(
        [station = m_station.get()](const QString &bin) { return station->binInService(bin); });
    connect(
        m_orderDesk.get(), &OrderDesk::startRequested, m_session.get(), &ReturnSession::startAssistedReturn);
    if (m_sync)
        connect(m_sync.get(), &SyncEngine::statusChanged, m_orderDesk.get(),
            [desk = m_orderDesk.get()](const SyncStatus &status) { desk->setOnline(status.online); });
    SyncQueueForeign::s_instance = m_syncQueue.get();
    DayAuditForeign::s_instance = m_dayAudit.get();
    OrderDeskForeign::s_instance = m_orderDesk.get();
}

bool KioskApplication::applyEnrolment(QString *error)
{
    EnrolmentRecord::Loaded loaded = EnrolmentRecord::load(m_options.dataDir);
    if (!loaded.error.isEmpty()) {
        *error = loaded.error;
        return false;
    }
    if (!loaded.record)
        return true;
    m_enrolment = std::move(loaded.record);
    const StoreConfig &store = m_enrolment->store;
    m_config.kioskId = m_enrolment->kioskId;
    m_config.retailerId = store.retailerId;
    m_config.storeName = store.storeName;
    m_config.storeZone = store.timeZone;
    m_config.serviceDesk = store.serviceDesk;
    m_config.trustedPolicyKeys = EnrolmentRecord::policyKeysFile(m_options.dataDir);
    return true;
}

bool KioskApplication::provisioningPending() const
{
    return (m_config.provisioning.required && !m_enrolment && m_config.sync.isEmpty()
               && m_config.backendUrl.isEmpty())
        || FirstBootProvisioning::pendingIn(m_options.dataDir);
}

QList<drivers::DetectedDevice> KioskApplication::detectHardware() const
{
    drivers::LinuxHardwareDetector::Sources sources = m_options.detection;
    sources.networkPrinters += drivers::ProfileCatalog::load(KioskPaths::hardwareDirs()).networkPrinters();
    // Read when asked: at first boot the store's printers are known only once the kiosk is enrolled.
    if (const std::optional<EnrolmentRecord> enrolment = EnrolmentRecord::load(m_options.dataDir).record)
        sources.networkPrinters += enrolment->store.networkPrinters;
    sources.networkPrinters.removeDuplicates();
    if (!sources.cameras && !m_options.cameraFrames.isEmpty()) {
        sources.cameras = [] {
            return QList<drivers::DetectedDevice> { { u"camera"_s, u"--camera-frames"_s, u"image files"_s,
                {} } };
        };
    }
    return drivers::LinuxHardwareDetector(sources).detect();
}

bool KioskApplication::resolveAutoHardware(QString *profile, QString *error) const
{
    const drivers::HardwareChoice::Loaded saved = drivers::HardwareChoice::load(m_options.dataDir);
    if (!saved.error.isEmpty()) {
        *error = u"--hardware=auto: "_s + saved.error;
        return false;
    }
    if (saved.choice) {
        *profile = saved.choice->profile;
        return true;
    }
    const QList<drivers::ProfileFit> ranked
        = drivers::ProfileCatalog::load(KioskPaths::hardwareDirs()).rank(detectHardware());
    if (const std::optional<drivers::ProfileFit> proposal = drivers::ProfileCatalog::proposal(ranked)) {
        *profile = proposal->profile;
        qCInfo(lcApp).noquote() << "--hardware=auto: no profile chosen yet; detection proposes" << *profile;
        return true;
    }
    if (provisioningPending()) { // the technician picks one in first boot's hardware step
        *profile = u"sim"_s;
        qCWarning(lcApp)
            << "--hardware=auto: no hardware profile fits the devices found; simulated until one is chosen";
        return true;
    }
    QStringList problems;
    for (const drivers::ProfileFit &fit : ranked)
        problems.append(fit.problem());
    *error
        = u"--hardware=auto: no hardware profile chosen (hardware.json) and none fits the devices found: %1. "
          "kioskctl hardware lists what was found; kioskctl provision --profile NAME chooses one"_s.arg(
              problems.isEmpty() ? u"there are no profiles"_s : problems.join(u"; "_s));
    return false;
}

void KioskApplication::buildProvisioning()
{
    FirstBootProvisioning::Setup setup;
    setup.required = provisioningPending();
    setup.dataDir = m_options.dataDir;
    setup.retailerId = m_config.retailerId;
    setup.caBundle = m_config.caBundle;
    setup.typed = m_config.provisioning;
    setup.profile = m_devices->profile;
    setup.runsChosenProfile = m_options.hardware == u"auto"_s;
    setup.enrolment = m_enrolment ? &*m_enrolment : nullptr;
    m_hardware = std::make_unique<HardwareSelection>(HardwareSelection::Setup {
        [this] { return detectHardware(); }, drivers::ProfileCatalog::load(KioskPaths::hardwareDirs()),
        m_options.dataDir, m_options.hardware == u"sim"_s }); // never offered to a kiosk on real hardware
    setup.hardware = m_hardware.get();
    HardwareForeign::s_instance = m_hardware.get();
    m_provisioning = std::make_unique<FirstBootProvisioning>(
        setup, std::make_unique<FileKeyStore>(EnrolmentRecord::keyFile(m_options.dataDir)));
    connect(m_provisioning.get(), &FirstBootProvisioning::finished, this, &KioskApplication::provisioned,
        Qt::QueuedConnection);
    connect(m_provisioning.get(), &FirstBootProvisioning::restartRequested, this,
        &KioskApplication::restartRequested, Qt::QueuedConnection);
    ProvisioningForeign::s_instance = m_provisioning.get();
    // Detection runs once enrolled: the store configuration may name network printers.
    if (m_provisioning->active() && m_provisioning->step() == FirstBootProvisioning::Step::Hardware) {
        m_hardware->detect(); // resumed at the hardware step
        return;
    }
    auto entered = std::make_shared<QMetaObject::Connection>();
    *entered
        = connect(m_provisioning.get(), &FirstBootProvisioning::changed, m_hardware.get(), [this, entered] {
              if (m_provisioning->step() != FirstBootProvisioning::Step::Hardware)
                  return;
              disconnect(*entered);
              m_hardware->detect();
          });
}

void KioskApplication::buildSelfTest()
{
    if (const std::optional<SyncConfig> config = syncConfig())
        m_backendProbe = std::make_unique<HttpsBackendProbe>(*config);
    SelfTestRunner::Devices devices { m_devices->printer.get(), m_devices->namedChutes(),
        m_devices->scale.get(), m_devices->indicator.get(), m_devices->scanner.get(), m_camera != nullptr,
        m_backendProbe.get() };
    SelfTestRunner::Config config;
    config.kioskId = m_config.kioskId;
    config.storeName = m_config.storeName;
    config.profile = m_devices->profile;
    config.storeZone = m_config.storeZone;
    m_selfTest = std::make_unique<SelfTestRunner>(devices, *m_clock, config);
    m_maintenanceSelfTest
        = std::make_unique<MaintenanceSelfTest>(*m_selfTest, m_journal, *m_session->signIn(), *m_service);
    m_firstBootSelfTest
        = std::make_unique<FirstBootSelfTest>(*m_selfTest, m_journal, *m_devices->printer, *m_clock);
    m_provisioning->setSelfTest(m_firstBootSelfTest.get());
    // First boot: the backend the kiosk just enrolled with, over its new certificate, before the test runs.
    connect(m_provisioning.get(), &FirstBootProvisioning::changed, this, [this] {
        if (m_backendProbe || m_provisioning->step() != FirstBootProvisioning::Step::SelfTest)
            return;
        QString error;
        const std::optional<SyncConfig> config = KioskSyncConfig::resolve(
            m_config, EnrolmentRecord::load(m_options.dataDir).record, m_options.dataDir, &error);
        if (!config)
            return;
        m_backendProbe = std::make_unique<HttpsBackendProbe>(*config);
        m_selfTest->setBackend(m_backendProbe.get());
    });
    SelfTestRunForeign::s_instance = m_selfTest.get();
    SelfTestForeign::s_instance = m_maintenanceSelfTest.get();
    FirstBootSelfTestForeign::s_instance = m_firstBootSelfTest.get();
}

void KioskApplication::submitCode(const QString &text)
{
    if (m_selfTest && m_selfTest->codeRead(text))
        return; // the test page's code, held up for the self-test
    if (m_provisioning && m_provisioning->active())
        m_provisioning->submitCode(text);
    else
        m_session->submitCode(text);
}

void KioskApplication::buildHealth()
{
    KioskHealth::Sources sources;
    sources.journal = &m_journal;
    sources.cache = &m_cache;
    sources.policies = m_policies.get();
    sources.faults = m_faults.get();
    sources.scale = m_devices->scale.get();
    sources.indicator = m_devices->indicator.get();
    sources.scanner = m_devices->scanner.get();
    sources.camera = m_camera != nullptr;
    sources.dataDir = m_options.dataDir;
    sources.backend = m_sync != nullptr;
    sources.storeZone = m_config.storeZone;
    m_health = std::make_unique<KioskHealth>(sources, *m_clock);
    if (m_sync)
        connect(m_sync.get(), &SyncEngine::statusChanged, m_health.get(), &KioskHealth::setSyncStatus);
    HealthForeign::s_instance = m_health.get();
}

bool KioskApplication::buildService(QString *error)
{
    m_totes = std::make_unique<BinTotes>(m_journal, m_cache, *m_devices->printer, *m_clock,
        *m_session->signIn(), m_devices->bins,
        ToteManifestBuilder::Config {
            m_config.retailerName, m_config.storeName, m_config.kioskId, m_config.storeZone });
    if (!m_totes->open()) {
        *error = u"out of service for drop-off: "_s + m_journal.lastError();
        return false;
    }
    m_totes->watch(*m_devices->scale);
    connect(m_session.get(), &ReturnSession::returnRecorded, m_totes.get(), &BinTotes::refresh);
    m_service = std::make_unique<KioskService>(
        m_journal, *m_clock, *m_session->signIn(), m_config.kioskId, m_config.serviceDesk);
    // Back in service by a colleague or the backend after a failed check: the chutes are vouched for.
    connect(m_service.get(), &KioskService::changed, m_station.get(),
        [this, wasOff = m_service->switchedOff()]() mutable {
            const bool off = m_service->switchedOff();
            if (std::exchange(wasOff, off) && !off)
                m_station->putChutesBackInService();
        });
    connect(m_station.get(), &DropoffStation::serviceChanged, this, [this] {
        m_totes->setChutesDown(m_station->chutesDown());
        m_service->setChutesDown(m_station->allChutesDown());
    });
    m_service->setBinFull(m_totes->full());
    connect(m_totes.get(), &BinTotes::fullChanged, m_service.get(), &KioskService::setBinFull);
    m_session->setService(m_service.get());
    TotesForeign::s_instance = m_totes.get();
    ServiceForeign::s_instance = m_service.get();
    return true;
}

bool KioskApplication::checkStorage(QString *error)
{
    // Checked before any shopper starts: finding out at the first return would be after the shopper's
    // item is in the bin.
    if (m_journal.checkWritable(m_options.minFreeBytes))
        return true;
    *error = u"out of service for drop-off: "_s + m_journal.lastError();
    qCCritical(lcApp).noquote() << *error;
    return false;
}

void KioskApplication::takeCamera()
{
    if (!m_options.cameraFrames.isEmpty()) {
        auto frames = std::make_unique<camera::FolderFrameSource>(m_options.cameraFrames);
        frames->setLoop(true); // a camera keeps showing what is in front of it
        m_camera = std::move(frames);
    } else {
        m_camera = std::move(m_devices->camera); // the hardware profile's, if it has one
    }
}

void KioskApplication::buildCamera()
{
    m_decoder = std::make_unique<camera::FrameDecoder>();
    m_decoder->setProfile(camera::ScanProfile::orderCodes());
    if (m_camera) {
        connect(m_camera.get(), &camera::FrameSource::errorOccurred, this,
            [](const QString &message) { qCWarning(lcApp).noquote() << "camera:" << message; });
        connect(m_camera.get(), &camera::FrameSource::frameReady, m_decoder.get(),
            [decoder = m_decoder.get()](const QVideoFrame &frame) { decoder->submit(frame); });
    }
    // The viewfinder first: its tick starts before the read changes the screen.
    m_viewfinder = std::make_unique<Viewfinder>(m_camera.get(), *m_decoder);
    Viewfinder::s_instance = m_viewfinder.get();
    connect(m_decoder.get(), &camera::FrameDecoder::decoded, this,
        [this](const camera::DecodedBarcode &code) { submitCode(code.text); });
    // The decoder looks for what the screen wants: at the chute the awaited item's tag, whose GTIN a read
    // from zbar or an aggressive pass may open the chute with at once; elsewhere order codes. The camera
    // runs only while a code is wanted.
    auto follow = [this] {
        const bool selfTest = m_selfTest->wantsCode();
        const bool provisioning = m_provisioning->active();
        const bool tag = !selfTest && !provisioning && m_session->awaitingTag()
            && FlowScreen::traits(m_session->screen()).scans != FlowScreen::Scans::StaffBadges;
        m_decoder->setProfile(tag ? camera::ScanProfile::itemTags() : camera::ScanProfile::orderCodes());
        m_decoder->setExpectedCodes(tag ? m_session->awaitedGtins() : QStringList());
        if (!m_camera)
            return;
        const bool wanted = selfTest || tag
            || (provisioning
                    ? m_provisioning->step() == FirstBootProvisioning::Step::Scan
                    : FlowScreen::traits(m_session->screen()).scans == FlowScreen::Scans::OrderCodes);
        if (!wanted)
            m_camera->stop();
        else if (!m_camera->isActive())
            m_camera->start();
    };
    connect(m_session.get(), &ReturnSession::screenChanged, m_decoder.get(), follow);
    connect(m_session.get(), &ReturnSession::dropoffChanged, m_decoder.get(), follow);
    connect(m_provisioning.get(), &FirstBootProvisioning::changed, m_decoder.get(), follow);
    connect(m_selfTest.get(), &SelfTestRunner::changed, m_decoder.get(), follow);
    follow();
}

bool KioskApplication::loadPolicy(QString *error)
{
    QStringList keyErrors;
    m_policies = PolicyStore::forKiosk(
        m_config.trustedPolicyKeys, m_options.dataDir, m_config.retailerId, *m_clock, &keyErrors);
    if (!m_policies) {
        *error = u"trusted policy keys: "_s + keyErrors.join(u"; "_s);
        return false;
    }
    if (m_policies->loadActive().policy)
        return true;
    if (!m_config.policyBundle.isEmpty()) {
        QFile bundle(m_config.policyBundle);
        if (!bundle.open(QIODevice::ReadOnly)) {
            *error = u"cannot read policy bundle %1: %2"_s.arg(m_config.policyBundle, bundle.errorString());
            return false;
        }
        const PolicyLoader::Result offered = m_policies->offer(bundle.readAll());
        if (!offered.policy) {
            *error
                = u"policy bundle %1 rejected: %2"_s.arg(m_config.policyBundle, offered.errors.join(u"; "_s));
            return false;
        }
    }
    // No policy at all: the kiosk starts, and tells shoppers it cannot take returns.
    if (!m_policies->current())
        qCWarning(lcApp) << "no return policy in force: returns are refused until one arrives";
    return true;
}

void KioskApplication::retainVerifiers()
{
    if (const auto policy = m_policies->current())
        m_verifierPrune->retain(VerifierRetention::fromPolicy(*policy));
}

std::optional<SyncConfig> KioskApplication::syncConfig() const
{
    QString error;
    std::optional<SyncConfig> config
        = KioskSyncConfig::resolve(m_config, m_enrolment, m_options.dataDir, &error);
    if (!error.isEmpty())
        qCCritical(lcApp).noquote() << "sync not started:" << error;
    return config;
}

void KioskApplication::startSync()
{
    m_images = std::make_unique<ProductImageCache>(
        ProductImageCache::Settings { m_options.dataDir + u"/images"_s });
    m_session->setProductImages(m_images.get());
    std::optional<SyncConfig> config = syncConfig();
    if (!config) {
        m_stock = std::make_unique<FixedStockLookup>(); // no backend: stock is never confirmed
        m_session->setStockLookup(m_stock.get());
        return;
    }
    config->softwareVersion = QCoreApplication::applicationVersion();
    config->hardwareProfile = m_devices->profile;
    m_stock = std::make_unique<HttpsStockLookup>(*config);
    m_session->setStockLookup(m_stock.get());
    m_images->setBackend(*config); // the pictures order lines name, fetched in the background
    m_cacheMiss = std::make_unique<HttpsCacheMissLookup>(*config); // writes fetched orders to cache.db
    m_session->setCacheMissLookup(m_cacheMiss.get());
    m_sync = std::make_unique<SyncEngine>(*config, *m_clock);
    connect(m_sync.get(), &SyncEngine::statusChanged, m_session.get(),
        [session = m_session.get()](const SyncStatus &status) { session->setOnline(status.online); });
    connect(m_session.get(), &ReturnSession::returnRecorded, m_sync.get(), &SyncEngine::syncNow);
    // Out of service and back from the backend; the sync engine carries out the rest itself.
    connect(m_sync.get(), &SyncEngine::commandsReceived, m_service.get(), &KioskService::applyCommands);
    // Verified here, on the thread that reads the policy; a refused bundle leaves the current one in force.
    connect(m_sync.get(), &SyncEngine::policyReceived, this, [this](const QByteArray &bundle) {
        const PolicyLoader::Result offered = m_policies->offer(bundle);
        if (!offered.policy)
            qCWarning(lcApp).noquote() << "policy from the backend refused:" << offered.errors.join(u"; "_s);
        else
            retainVerifiers();
    });
    m_sync->start();
}

bool KioskApplication::loadUi()
{
    connect(&m_engine, &QQmlEngine::warnings, this,
        [this](const QList<QQmlError> &warnings) { m_qmlErrors.append(warnings); });
    m_engine.addImportPath(u"qrc:/"_s);
    m_engine.addImageProvider(u"receiptqr"_s, new ReceiptQrImageProvider);
    m_engine.addImageProvider(u"manifest"_s, new ManifestImageProvider(*m_totes));
    m_engine.load(QUrl(u"qrc:/ReturnsKiosk/Main.qml"_s));
    m_readAloud->setWindow(window());
    return window() != nullptr;
}

QQuickWindow *KioskApplication::window() const
{
    const auto roots = m_engine.rootObjects();
    return roots.isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(roots.constFirst());
}

int KioskApplication::runSelfTest()
{
    QQuickWindow *root = window();
    if (!root) {
        qCritical() << "self-test: Main.qml did not load";
        return 1;
    }
    const QStringList screens = root->property("screenNames").toStringList();
    for (const QString &screen : screens) {
        root->setProperty("previewScreen", screen);
        QCoreApplication::processEvents();
        auto *loader = root->findChild<QQuickItem *>(u"screenLoader"_s);
        if (!loader || !loader->property("item").value<QObject *>()) {
            qCritical().noquote() << "self-test: screen" << screen << "did not load";
            return 1;
        }
    }
    QCoreApplication::processEvents();
    for (const QQmlError &e : std::as_const(m_qmlErrors))
        qCritical().noquote() << "self-test:" << e.toString();
    if (!m_qmlErrors.isEmpty() || screens.isEmpty())
        return 1;
    qInfo().noquote() << "self-test: loaded" << screens.size() << "screens without QML warnings";
    return 0;
}

} // namespace kiosk
