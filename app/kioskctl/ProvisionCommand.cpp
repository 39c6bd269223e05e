#include "ProvisionCommand.h"

#include "CliConfig.h"
#include "CliHelp.h"
#include "HardwareProbe.h"

#include "codes/CodeParser.h"
#include "config/KioskConfig.h"
#include "crypto/FileKeyStore.h"
#include "detect/HardwareChoice.h"
#include "provision/CertificateEnrolment.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;
using namespace kiosk;

int runProvisionCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption qr(u"enrolment-qr"_s, u"The enrolment QR's text (RKENROL1:...)."_s, u"text"_s);
    const QCommandLineOption code(
        u"code"_s, u"A typed one-time enrolment code (with --backend and --pin)."_s, u"code"_s);
    const QCommandLineOption backend(u"backend"_s, u"The backend, https://host[:port]."_s, u"url"_s);
    const QCommandLineOption pin(u"pin"_s, u"The backend's public-key pin, sha256//BASE64."_s, u"pin"_s);
    const QCommandLineOption config = cli::CliConfig::kioskConfigOption();
    const QCommandLineOption dataDir = cli::CliConfig::dataDirOption();
    const QCommandLineOption profile(u"profile"_s,
        u"The hardware profile this kiosk is built as, or auto: the one hardware detection proposes\n"
        "(kioskctl hardware). Checked before enrolling: a profile whose required device is missing is\n"
        "refused. Saved as hardware.json for returns-kiosk --hardware=auto."_s,
        u"name|auto"_s);
    const QCommandLineOption json(u"json"_s, u"Print JSON."_s);
    const QCommandLineOption help = cli::CliHelp::option();
    parser.setApplicationDescription(
        u"Enrols a new kiosk from its enrolment QR (or a code, the backend and its pin): makes the kiosk's\n"
        "key in the data directory (kiosk-key.pem, 0600), sends a certificate request with the code, and\n"
        "stores the certificate (client.pem) and the store configuration (enrolment.json, written last).\n"
        "kiosk.json (if readable) gives the retailer id a QR must name and an optional CA bundle.\n"
        "With --profile, the hardware profile is checked against the devices found before anything is\n"
        "written (a missing device refuses it, named) and saved as hardware.json once enrolled.\n"
        "Exit 0 when enrolled, 1 when refused (the profile too), unreachable or already enrolled (nothing\n"
        "half-written: retrying is safe), 2 for bad usage."_s);
    parser.addOptions({ help, qr, code, backend, pin, profile, config, dataDir, json });
    parser.addOptions(cli::HardwareProbe::options());
    const bool parsed = parser.parse(args);
    if (parser.isSet(help))
        return cli::CliHelp::print(parser,
            u"kioskctl provision (--enrolment-qr TEXT | --code CODE --backend URL --pin PIN) [--profile "
            u"NAME|auto] "
            "[--config FILE] [--data-dir DIR] [--json]"_s,
            out);
    const bool typed = parser.isSet(code) && parser.isSet(backend) && parser.isSet(pin);
    if (!parsed || parser.isSet(qr) == typed) {
        err << (parser.errorText().isEmpty() ? u"give --enrolment-qr, or --code with --backend and --pin"_s
                                             : parser.errorText())
            << Qt::endl;
        return 2;
    }
    KioskConfig kiosk;
    if (QFile::exists(parser.value(config))) {
        const KioskConfig::Result loaded = KioskConfig::load(parser.value(config));
        if (!loaded.config) {
            err << loaded.error << Qt::endl;
            return 2;
        }
        kiosk = *loaded.config;
    }
    const codes::ScannedCode scanned = codes::CodeParser(
        { kiosk.retailerId, {} }).parse(parser.value(typed ? code : qr), QDateTime::currentDateTimeUtc());
    QString error;
    drivers::HardwareChoice hardware;
    if (parser.isSet(profile)) { // before enrolling: a refused profile leaves the kiosk as it was
        const cli::HardwareProbe::Result probe = cli::HardwareProbe::run(parser, parser.value(dataDir));
        hardware = { cli::HardwareProbe::choose(parser.value(profile), probe, &error),
            probe.proposal ? probe.proposal->profile : QString(), probe.found };
    }
    CertificateEnrolment::Result result;
    const auto enrol = [&]() -> QString {
        if (scanned.kind != codes::ScannedCode::Kind::EnrolmentCode || !scanned.isValid())
            return scanned.kind == codes::ScannedCode::Kind::EnrolmentCode ? scanned.reason
                                                                           : u"not an enrolment code or QR"_s;
        if (!QDir().mkpath(parser.value(dataDir)))
            return u"cannot create the data directory %1"_s.arg(parser.value(dataDir));
        FileKeyStore keys(EnrolmentRecord::keyFile(parser.value(dataDir)));
        result = CertificateEnrolment::enrol(
            { typed ? parser.value(backend) : scanned.backendUrl, scanned.enrolmentCode,
                typed ? parser.value(pin) : scanned.backendPin, kiosk.caBundle, {}, parser.value(dataDir),
                std::chrono::seconds(20) },
            keys);
        QString saveError;
        if (result.record && !hardware.profile.isEmpty() && !hardware.save(parser.value(dataDir), &saveError))
            return u"enrolled, but the hardware choice was not saved: "_s + saveError;
        return result.error;
    };
    if (error.isEmpty()) // a refused profile enrols nothing
        error = enrol();
    if (parser.isSet(json)) {
        QJsonObject report { { u"enrolled"_s, result.record.has_value() } };
        if (result.record) {
            report.insert(u"kioskId"_s, result.record->kioskId);
            if (!hardware.profile.isEmpty())
                report.insert(u"profile"_s, hardware.profile);
            report.insert(u"store"_s, result.record->store.toJson());
        }
        if (!error.isEmpty())
            report.insert(u"error"_s, error);
        out << QJsonDocument(report).toJson(QJsonDocument::Compact) << Qt::endl;
    } else if (result.record) {
        out << "enrolled as " << result.record->kioskId << " for store " << result.record->store.storeId
            << " (" << result.record->store.storeName << "); enrolment in "
            << EnrolmentRecord::recordFile(parser.value(dataDir)) << Qt::endl;
        if (!hardware.profile.isEmpty())
            out << "hardware profile " << hardware.profile << " saved in "
                << drivers::HardwareChoice::file(parser.value(dataDir)) << Qt::endl;
    }
    if (!error.isEmpty())
        err << error << Qt::endl;
    return result.record && error.isEmpty() ? 0 : 1;
}
