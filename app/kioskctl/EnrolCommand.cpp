#include "EnrolCommand.h"

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
    const QCommandLineOption config = cli::CliConfig::kioskConfigOption();
    const QCommandLineOption dataDir = cli::CliConfig::dataDirOption();
    const QCommandLineOption json(u"json"_s, u"Print JSON."_s);
    const QCommandLineOption help = cli::CliHelp::option();
    parser.setApplicationDescription(
        u"Enrols the kiosk with the backend named in the config's \"sync\" object\nand stores the device "
        "token in its deviceTokenFile.\n"
        "Exit 0 when enrolled, 1 when refused or unreachable, 2 for bad usage or config."_s);
    parser.addOptions({ help, code, config, dataDir, json });
    const bool parsed = parser.parse(args);
    if (parser.isSet(help))
        return cli::CliHelp::print(
            parser, u"kioskctl enrol --code CODE [--config FILE] [--data-dir DIR] [--json]"_s, out);
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
    const DeviceEnrolment::Result result = DeviceEnrolment::enrol(*loaded.config, parser.value(code));
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
