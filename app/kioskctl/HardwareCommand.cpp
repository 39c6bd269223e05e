#include "HardwareCommand.h"

#include "CliConfig.h"
#include "CliHelp.h"
#include "HardwareProbe.h"

#include "detect/HardwareChoice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;
using namespace kiosk;

namespace {
constexpr int NoProfileFits = 10;
}

int runHardwareCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption dataDir = cli::CliConfig::dataDirOption();
    const QCommandLineOption json(u"json"_s, u"Print JSON."_s);
    const QCommandLineOption help = cli::CliHelp::option();
    parser.setApplicationDescription(
        u"Lists the devices hardware detection finds (serial ports with their USB ids, evdev barcode\n"
        "scanners, USB printers, network printers answering on their port, cameras, GPIO chips), every\n"
        "hardware profile ranked against them (the best fitting one proposed, each other with the\n"
        "required devices it misses) and the profile chosen at provisioning (hardware.json in the data\n"
        "directory, what returns-kiosk --hardware=auto starts with). Network printers probed: those the\n"
        "profiles and the enrolled store configuration name, and --printer.\n"
        "Exit 0 when a profile fits, 10 when none does, 2 for bad usage."_s);
    parser.addOptions({ help, json, dataDir });
    parser.addOptions(cli::HardwareProbe::options());
    const bool parsed = parser.parse(args);
    if (parser.isSet(help))
        return cli::CliHelp::print(parser,
            u"kioskctl hardware [--json] [--sys-root DIR] [--dev-root DIR] [--printer HOST[:PORT]]... "
            "[--data-dir DIR]"_s,
            out);
    if (!parsed || !parser.positionalArguments().isEmpty()) {
        err << (parsed ? u"hardware takes no arguments"_s : parser.errorText()) << Qt::endl;
        return 2;
    }
    const cli::HardwareProbe::Result probe = cli::HardwareProbe::run(parser, parser.value(dataDir));
    const drivers::HardwareChoice::Loaded chosen = drivers::HardwareChoice::load(parser.value(dataDir));
    const QString proposed = probe.proposal ? probe.proposal->profile : QString();
    if (parser.isSet(json)) {
        QJsonArray found;
        for (const drivers::DetectedDevice &device : probe.found)
            found.append(device.toJson());
        QJsonArray profiles;
        for (const drivers::ProfileFit &fit : probe.ranked)
            profiles.append(fit.toJson());
        QJsonObject report { { u"found"_s, found }, { u"profiles"_s, profiles },
            { u"proposed"_s, proposed.isEmpty() ? QJsonValue() : QJsonValue(proposed) },
            { u"chosen"_s, chosen.choice ? QJsonValue(chosen.choice->profile) : QJsonValue() } };
        if (!chosen.error.isEmpty())
            report.insert(u"chosenError"_s, chosen.error);
        out << QJsonDocument(report).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        out << "found:" << (probe.found.isEmpty() ? " nothing" : "") << '\n';
        for (const drivers::DetectedDevice &device : probe.found)
            out << "  " << device.describe() << '\n';
        out << "profiles, best first:" << (probe.ranked.isEmpty() ? " none" : "") << '\n';
        for (const drivers::ProfileFit &fit : probe.ranked) {
            out << (fit.profile == proposed ? "* " : "  ") << fit.profile << ": "
                << (fit.fits() ? (fit.profile == proposed ? u"fits, proposed"_s : u"fits"_s)
                               : fit.problem().section(u": "_s, 1))
                << " (" << fit.label << ")\n";
        }
        out << "chosen: "
            << (chosen.choice ? chosen.choice->profile + u" ("_s
                           + drivers::HardwareChoice::file(parser.value(dataDir)) + u')'
                              : u"none"_s)
            << Qt::endl;
    }
    if (!chosen.error.isEmpty())
        err << chosen.error << Qt::endl;
    if (!probe.proposal) {
        err << "no hardware profile fits the devices found" << Qt::endl;
        return NoProfileFits;
    }
    return 0;
}
