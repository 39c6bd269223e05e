#include "SyncCommand.h"

#include "CliConfig.h"

#include "Clock.h"
#include "config/KioskConfig.h"
#include "policy/PolicyStore.h"
#include "sync/SyncConfigJson.h"
#include "sync/SyncEngine.h"
#include "sync/SyncRunner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QTimer>

#include <atomic>
#include <csignal>

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
    if (!status.lastError.isEmpty())
        out << ", last error: " << status.lastError;
    out << Qt::endl;
}

/// Offers a bundle from the backend to the kiosk's PolicyStore (data dir policy.json), trusting the
/// keys kiosk.json names, as the app does. False when it was refused; the policy in force stays.
bool applyPolicy(
    const QByteArray &bundle, const QString &configPath, const QString &dataDir, QTextStream &err)
{
    const auto kiosk = KioskConfig::load(configPath);
    QStringList errors;
    const PolicyLoader::TrustedKeys keys = kiosk.config && !kiosk.config->trustedPolicyKeys.isEmpty()
        ? PolicyLoader::loadTrustedKeys(kiosk.config->trustedPolicyKeys, &errors)
        : PolicyLoader::TrustedKeys();
    PolicyStore store(keys, QDir(dataDir).filePath(u"policy.json"_s));
    store.loadActive();
    const PolicyLoader::Result offered = store.offer(bundle);
    if (!offered.policy)
        err << "policy from the backend refused: " << (errors + offered.errors).join(u"; "_s) << Qt::endl;
    return bool(offered.policy);
}

} // namespace

int runSyncCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption once(u"once"_s, u"One pass, then exit."_s);
    const QCommandLineOption config = cli::CliConfig::kioskConfigOption();
    const QCommandLineOption dataDir = cli::CliConfig::dataDirOption();
    const QCommandLineOption json(u"json"_s, u"Print JSON."_s);
    parser.addOptions({ once, config, dataDir, json });
    if (!parser.parse(args)) {
        err << parser.errorText() << Qt::endl;
        return 2;
    }
    const auto loaded = SyncConfigJson::fromFile(parser.value(config), parser.value(dataDir));
    if (!loaded.config) {
        err << loaded.error << Qt::endl;
        return 2;
    }
    SystemClock clock;
    if (parser.isSet(once)) {
        SyncRunner runner(*loaded.config, clock);
        if (!runner.open()) {
            err << runner.lastError() << Qt::endl;
            return 1;
        }
        runner.runCycle(SyncRunner::Mode::Forced);
        const auto bundle = runner.takePolicyBundle();
        const bool policyOk
            = !bundle || applyPolicy(*bundle, parser.value(config), parser.value(dataDir), err);
        const SyncStatus status = runner.status();
        printStatus(status, parser.isSet(json), out);
        return status.online && status.lastError.isEmpty() && policyOk ? 0 : 1;
    }

    SyncEngine engine(*loaded.config, clock);
    const bool asJson = parser.isSet(json);
    QObject::connect(&engine, &SyncEngine::statusChanged,
        [&out, asJson](const SyncStatus &status) { printStatus(status, asJson, out); });
    QObject::connect(&engine, &SyncEngine::policyReceived, [&](const QByteArray &bundle) {
        applyPolicy(bundle, parser.value(config), parser.value(dataDir), err);
    });
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
