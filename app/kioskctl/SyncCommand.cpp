#include "SyncCommand.h"

#include "CliConfig.h"
#include "CliHelp.h"
#include "StatusCommand.h"

#include "Clock.h"
#include "config/KioskConfig.h"
#include "policy/PolicyStore.h"
#include "provision/EnrolmentRecord.h"
#include "sync/SyncConfigJson.h"
#include "sync/SyncEngine.h"
#include "sync/SyncRunner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace kiosk;

namespace {

std::atomic<bool> g_stopRequested { false };

void requestStop(int)
{
    g_stopRequested = true;
}

void printStatus(const SyncStatus &status, bool json, QTextStream &out)
{
    if (json) {
        out << QJsonDocument(status.toJson()).toJson(QJsonDocument::Compact) << Qt::endl;
        return;
    }
    out << (status.online ? "online" : "offline") << ", " << status.queueDepth << " waiting, "
        << status.deadLetters << " dead letters";
    out << ", pushed " << status.lastPushReturns << " returns (" << status.lastPushRejected << " rejected)";
    if (status.lastOrderPull.isValid())
        out << ", pulled " << status.lastPullOrders << " orders (" << status.lastPullDeleted
            << " deleted) at " << status.lastOrderPull.toString(Qt::ISODate);
    if (!status.lastError.isEmpty())
        out << ", last error: " << status.lastError;
    out << Qt::endl;
}

/// The kiosk's policies as the app keeps them (PolicyStore::forKiosk with the keys kiosk.json names),
/// set up once, when the backend first sends a bundle.
class BackendPolicy
{
public:
    BackendPolicy(QString configPath, QString dataDir)
        : m_configPath(std::move(configPath))
        , m_dataDir(std::move(dataDir))
    { }

    /// Offers a bundle from the backend. False when it was refused; the policy in force stays.
    bool offer(const QByteArray &bundle, QTextStream &err)
    {
        if (!m_store && m_setUpErrors.isEmpty())
            setUp();
        if (!m_store) {
            err << "policy from the backend refused: " << m_setUpErrors.join(u"; "_s) << Qt::endl;
            return false;
        }
        const PolicyLoader::Result offered = m_store->offer(bundle);
        if (!offered.policy)
            err << "policy from the backend refused: " << offered.errors.join(u"; "_s) << Qt::endl;
        return bool(offered.policy);
    }

private:
    void setUp()
    {
        const auto kiosk = KioskConfig::load(m_configPath);
        if (!kiosk.config) {
            m_setUpErrors.append(kiosk.error);
            return;
        }
        // An enrolled kiosk's retailer is the one its enrolment named, as the app reads it.
        const std::optional<EnrolmentRecord> enrolment = EnrolmentRecord::load(m_dataDir).record;
        const QString retailerId = enrolment ? enrolment->store.retailerId : kiosk.config->retailerId;
        m_store = PolicyStore::forKiosk(
            kiosk.config->trustedPolicyKeys, m_dataDir, retailerId, m_clock, &m_setUpErrors);
        if (m_store)
            m_store->loadActive();
    }

    QString m_configPath;
    QString m_dataDir;
    SystemClock m_clock;
    std::unique_ptr<PolicyStore> m_store;
    QStringList m_setUpErrors;
};

} // namespace

int runSyncCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption once(u"once"_s, u"One pass, then exit."_s);
    const QCommandLineOption config = cli::CliConfig::kioskConfigOption();
    const QCommandLineOption dataDir = cli::CliConfig::dataDirOption();
    const QCommandLineOption json(u"json"_s, u"Print JSON."_s);
    const QCommandLineOption help = cli::CliHelp::option();
    parser.setApplicationDescription(
        u"Sends the journal's returns to the backend and takes its policy bundles.\nWith --once, one forced "
        "pass; without, syncs in the foreground until SIGINT/SIGTERM, printing each status change.\n"
        "Exit 0 when the pass succeeded (or the loop was stopped), 1 when the backend failed or refused "
        "something, 2 on usage or config errors.\nA journal or cache that cannot record keeps the pass in "
        "error whatever the backend answered.\n"_s
        + storageExitCodesHelp() + u"The journal's fault comes before the cache's."_s);
    parser.addOptions({ help, once, config, dataDir, json });
    const bool parsed = parser.parse(args);
    if (parser.isSet(help))
        return cli::CliHelp::print(
            parser, u"kioskctl sync [--once] [--config FILE] [--data-dir DIR] [--json]"_s, out);
    if (!parsed) {
        err << parser.errorText() << Qt::endl;
        return 2;
    }
    auto loaded = SyncConfigJson::fromFile(parser.value(config), parser.value(dataDir));
    if (!loaded.config) {
        err << loaded.error << Qt::endl;
        return 2;
    }
    loaded.config->softwareVersion = QCoreApplication::applicationVersion();
    SystemClock clock;
    if (parser.isSet(once)) {
        SyncRunner runner(*loaded.config, clock);
        if (!runner.open()) {
            err << runner.lastError() << Qt::endl;
            return std::max(1, storageExitCode(runner.lastFault()));
        }
        runner.runCycle(SyncRunner::Mode::Forced);
        const auto bundle = runner.takePolicyBundle();
        BackendPolicy policy(parser.value(config), parser.value(dataDir));
        const bool policyOk = !bundle || policy.offer(*bundle, err);
        const SyncStatus status = runner.status();
        printStatus(status, parser.isSet(json), out);
        if (runner.storageFault() != sql::StorageFault::None)
            return storageExitCode(runner.storageFault());
        return status.online && status.lastError.isEmpty() && policyOk ? 0 : 1;
    }

    SyncEngine engine(*loaded.config, clock);
    const bool asJson = parser.isSet(json);
    QObject::connect(&engine, &SyncEngine::statusChanged,
        [&out, asJson](const SyncStatus &status) { printStatus(status, asJson, out); });
    BackendPolicy policy(parser.value(config), parser.value(dataDir));
    QObject::connect(&engine, &SyncEngine::policyReceived,
        [&policy, &err](const QByteArray &bundle) { policy.offer(bundle, err); });
    std::signal(SIGINT, requestStop);
    std::signal(SIGTERM, requestStop);
    QTimer stopPoll;
    QObject::connect(&stopPoll, &QTimer::timeout, [] {
        if (g_stopRequested)
            QCoreApplication::quit();
    });
    stopPoll.start(200);
    engine.start();
    QCoreApplication::exec();
    engine.stop();
    return 0;
}
