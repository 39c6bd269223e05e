#include "SelfTestCommand.h"

#include "CliConfig.h"
#include "CliHelp.h"

#include "Clock.h"
#include "DeviceFactory.h"
#include "SelfTestRunner.h"
#include "config/KioskConfig.h"
#include "config/KioskPaths.h"
#include "journal/Journal.h"
#include "provision/EnrolmentRecord.h"
#include "scanner/Scanner.h"
#include "sync/HttpsBackendProbe.h"
#include "sync/KioskSyncConfig.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>

#include <utility>

using namespace Qt::Literals::StringLiterals;
using namespace kiosk;

namespace {

/// Journals the run as the kiosk's `selftest.completed` event when the data directory exists (journal.db
/// is opened as the kiosk opens it), so the backend hears of it at the next sync. A journal that cannot
/// record it is said, not fatal.
void record(const SelfTestRunner &runner, const QString &dataDir, QTextStream &err)
{
    if (!QDir(dataDir).exists())
        return;
    const QString path = QDir(dataDir).filePath(u"journal.db"_s);
    Journal journal;
    const Journal::Event event = runner.completedEvent(u"technician"_s, u"kioskctl"_s);
    if (!journal.open(path) || !journal.recordEvent(event.id, event.type, event.payload, event.at))
        err << "selftest: not recorded in " << path << ": " << journal.lastError() << Qt::endl;
}

} // namespace

int runSelfTestCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption hardware(u"hardware"_s,
        u"The hardware profile: sim, a profile name or a JSON file (default: $KIOSK_HARDWARE, else sim)."_s,
        u"profile"_s, qEnvironmentVariable("KIOSK_HARDWARE", u"sim"_s));
    const QCommandLineOption skip(u"skip"_s,
        u"Skip a part: %1 (repeatable)."_s.arg(SelfTestRunner::partIds().join(u", "_s)), u"part"_s);
    const QCommandLineOption scanSeconds(u"scan-seconds"_s,
        u"How long to wait for the test page's barcode at the scanner (1 to 300, default 20)."_s,
        u"seconds"_s, u"20"_s);
    const QCommandLineOption config = cli::CliConfig::kioskConfigOption();
    const QCommandLineOption dataDir = cli::CliConfig::dataDirOption();
    const QCommandLineOption json(u"json"_s, u"Print the report as JSON."_s);
    const QCommandLineOption help = cli::CliHelp::option();
    parser.setApplicationDescription(
        u"Runs the kiosk's device self-tests on its hardware, as the maintenance page does: prints a test\n"
        "page, opens the chute and sees it closed within 2 s, reads the scale, flashes the light, waits\n"
        "for the test page's barcode at the scanner, and asks the backend of kiosk.json (or of the data\n"
        "directory's enrolment) for GET /v1/health. Stop the kiosk service first: it holds the devices.\n"
        "The run is journaled as a selftest.completed event when the data directory exists.\n"
        "Exit 0 when every part passed or was skipped, 10 when a part failed (each failed part is named\n"
        "on stderr, \"chute: Chute: did not report closed within 2 s\"), 1 when the hardware profile\n"
        "cannot be opened or kiosk.json cannot be read, 2 on usage errors."_s);
    parser.addOptions({ help, hardware, skip, scanSeconds, config, dataDir, json });
    const bool parsed = parser.parse(args);
    if (parser.isSet(help))
        return cli::CliHelp::print(parser,
            u"kioskctl selftest [--hardware PROFILE] [--skip PART]... [--scan-seconds N] [--config FILE] "
            "[--data-dir DIR] [--json]"_s,
            out);
    if (!parsed || !parser.positionalArguments().isEmpty()) {
        err << (parsed ? u"selftest takes no arguments"_s : parser.errorText()) << Qt::endl;
        return 2;
    }
    const QStringList skipped = parser.values(skip);
    for (const QString &part : skipped) {
        if (!SelfTestRunner::partIds().contains(part)) {
            err << "selftest: no part \"" << part << "\"; the parts are "
                << SelfTestRunner::partIds().join(u", "_s) << Qt::endl;
            return 2;
        }
    }
    bool secondsOk = false;
    const int seconds = parser.value(scanSeconds).toInt(&secondsOk);
    if (!secondsOk || seconds < 1 || seconds > 300) {
        err << "selftest: --scan-seconds must be 1 to 300, not \"" << parser.value(scanSeconds) << '"'
            << Qt::endl;
        return 2;
    }

    KioskConfig kiosk;
    if (parser.isSet(config) || QFile::exists(parser.value(config))) {
        const KioskConfig::Result loaded = KioskConfig::load(parser.value(config));
        if (!loaded.config) {
            err << "selftest: " << loaded.error << Qt::endl;
            return 1;
        }
        kiosk = *loaded.config;
    }
    EnrolmentRecord::Loaded enrolment = EnrolmentRecord::load(parser.value(dataDir));
    if (!enrolment.error.isEmpty()) {
        err << "selftest: " << enrolment.error << Qt::endl;
        return 1;
    }
    QString backendError;
    const std::optional<SyncConfig> backend
        = KioskSyncConfig::resolve(kiosk, enrolment.record, parser.value(dataDir), &backendError);
    if (!backendError.isEmpty()) {
        err << "selftest: the backend in " << parser.value(config) << " cannot be used: " << backendError
            << Qt::endl;
        return 1;
    }

    const QString profile = parser.value(hardware);
    drivers::DeviceFactory::Result devices
        = drivers::DeviceFactory::build(profile, KioskPaths::hardwareDir(profile));
    if (!devices.devices) {
        err << "selftest: " << devices.error << Qt::endl;
        return 1;
    }
    std::unique_ptr<HttpsBackendProbe> probe
        = backend ? std::make_unique<HttpsBackendProbe>(*backend) : nullptr;
    drivers::DeviceSet &set = *devices.devices;
    SystemClock clock;
    SelfTestRunner::Config settings;
    settings.scanMs = seconds * 1000;
    settings.kioskId = enrolment.record ? enrolment.record->kioskId : kiosk.kioskId;
    settings.storeName = kiosk.storeName;
    settings.profile = set.profile;
    settings.storeZone = kiosk.storeZone;
    SelfTestRunner runner({ set.printer.get(), set.namedChutes(), set.scale.get(), set.indicator.get(),
                              set.scanner.get(), false, probe.get() },
        clock, settings);
    if (set.scanner)
        QObject::connect(set.scanner.get(), &scanner::Scanner::scanned, &runner,
            [&runner](const QString &text) { runner.codeRead(text); });
    if (!parser.isSet(json)) {
        QObject::connect(&runner, &SelfTestRunner::changed, &runner, [&runner, &out, told = false]() mutable {
            if (runner.wantsCode() && !std::exchange(told, true))
                out << "hold the test page's barcode (" << runner.testCode() << ") to the scanner"
                    << Qt::endl;
        });
    }
    // The results are printed here; the runner's log lines would only repeat them on stderr.
    QLoggingCategory::setFilterRules(u"kiosk.selftest.info=false"_s);
    QEventLoop loop;
    QObject::connect(&runner, &SelfTestRunner::finished, &loop, &QEventLoop::quit);
    runner.run(skipped);
    loop.exec();

    record(runner, parser.value(dataDir), err);
    const QStringList failed = runner.failedParts();
    if (parser.isSet(json)) {
        out << QJsonDocument(runner.report()).toJson(QJsonDocument::Indented);
    } else {
        for (const SelfTestResult &result : runner.results()) {
            out << SelfTestResult::outcomeCode(result.outcome).leftJustified(8) << result.message << '\n';
            if (!result.check.isEmpty() && result.failed())
                out << "        check: " << result.check << '\n';
        }
        out << (failed.isEmpty() ? "self-test passed" : "self-test failed") << Qt::endl;
    }
    for (const SelfTestResult &result : runner.results())
        if (result.failed())
            err << result.part << ": " << result.message << Qt::endl;
    return failed.isEmpty() ? 0 : SelfTestFailed;
}
