#include "EnrolCommand.h"

#include "BacklogGuard.h"
#include "CliConfig.h"
#include "CliHelp.h"

#include "sync/DeviceEnrolment.h"
#include "sync/SyncConfigJson.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;
using namespace kiosk;

int runEnrolCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption code(u"code"_s, u"The one-time enrolment code."_s, u"code"_s);
    const QCommandLineOption again(u"again"_s,
        u"Enrol an enrolled kiosk anew; its device token is replaced once the backend issued one."_s);
    const QCommandLineOption exportFile = cli::BacklogGuard::exportOption();
    const QCommandLineOption config = cli::CliConfig::kioskConfigOption();
    const QCommandLineOption dataDir = cli::CliConfig::dataDirOption();
    const QCommandLineOption json(u"json"_s, u"Print JSON."_s);
    const QCommandLineOption help = cli::CliHelp::option();
    parser.setApplicationDescription(
        u"Enrols the kiosk with the backend named in the config's \"sync\" object\nand stores the device "
        "token in its deviceTokenFile.\n"
        "An enrolled kiosk is enrolled anew only with --again, and never while journal.db holds returns or\n"
        "events the backend has not received (they were sent as this enrolment): deliver them first\n"
        "(kioskctl sync --once) or add --export FILE to write them to a signed file for kioskctl returns "
        "import.\n"
        "Exit 0 when enrolled, 1 when refused or unreachable (or already enrolled), 2 for bad usage or "
        "config,\n"
        "9 re-enrolment refused: journal.db holds unsynced returns or events (how many is printed)."_s);
    parser.addOptions({ help, code, again, exportFile, config, dataDir, json });
    const bool parsed = parser.parse(args);
    if (parser.isSet(help))
        return cli::CliHelp::print(parser,
            u"kioskctl enrol --code CODE [--again [--export FILE]] [--config FILE] [--data-dir DIR] [--json]"_s,
            out);
    if (!parsed || !parser.isSet(code)) {
        err << (parser.errorText().isEmpty() ? u"--code is required"_s : parser.errorText()) << Qt::endl;
        return 2;
    }
    const auto loaded = SyncConfigJson::fromFile(
        parser.value(config), parser.value(dataDir), SyncConfigJson::Token::NotYetEnrolled);
    if (!loaded.config) {
        err << loaded.error << Qt::endl;
        return 2;
    }
    const bool enrolled = !loaded.config->deviceToken.isEmpty();
    if (enrolled) {
        int exitCode = 1;
        const auto backlog = cli::BacklogGuard::count(parser.value(dataDir), err, &exitCode);
        if (!backlog)
            return exitCode;
        if (!backlog->isEmpty() && !parser.isSet(exportFile))
            return cli::BacklogGuard::refuse(*backlog, u"re-enrolment"_s, err);
        if (parser.isSet(again) && parser.isSet(exportFile)) {
            if (const int exported = cli::BacklogGuard::exportTo(
                    parser.value(exportFile), *loaded.config, parser.value(dataDir), out, err))
                return exported;
        }
    }
    const DeviceEnrolment::Result result = DeviceEnrolment::enrol(*loaded.config, parser.value(code),
        parser.isSet(again) ? DeviceEnrolment::Existing::Replace : DeviceEnrolment::Existing::Refuse);
    if (parser.isSet(json)) {
        QJsonObject report { { u"enrolled"_s, result.ok } };
        report.insert(result.ok ? u"kioskId"_s : u"error"_s, result.ok ? result.kioskId : result.error);
        out << QJsonDocument(report).toJson(QJsonDocument::Compact) << Qt::endl;
    } else if (result.ok) {
        out << "enrolled as " << result.kioskId << "; device token in " << loaded.config->deviceTokenPath
            << Qt::endl;
    }
    if (!result.ok)
        err << result.error << Qt::endl;
    return result.ok ? 0 : 1;
}
