#include "HardwareProbe.h"

#include "config/KioskPaths.h"
#include "detect/LinuxHardwareDetector.h"
#include "provision/EnrolmentRecord.h"

using namespace Qt::Literals::StringLiterals;

namespace kiosk::cli {

namespace {
const QString SysRoot = u"sys-root"_s;
const QString DevRoot = u"dev-root"_s;
const QString Printer = u"printer"_s;
} // namespace

QList<QCommandLineOption> HardwareProbe::options()
{
    return { { SysRoot, u"Where sysfs is (default /sys; a mounted image, tests)."_s, u"dir"_s, u"/sys"_s },
        { DevRoot, u"Where the device nodes are (default /dev)."_s, u"dir"_s, u"/dev"_s },
        { Printer, u"Also probe this network printer (port 9100 unless given); repeatable."_s,
            u"host[:port]"_s } };
}

HardwareProbe::Result HardwareProbe::run(const QCommandLineParser &parser, const QString &dataDir)
{
    Result result { drivers::ProfileCatalog::load(KioskPaths::hardwareDirs()), {}, {}, std::nullopt };
    drivers::LinuxHardwareDetector::Sources sources;
    sources.sysRoot = parser.value(SysRoot);
    sources.devRoot = parser.value(DevRoot);
    sources.networkPrinters = parser.values(Printer) + result.catalog.networkPrinters();
    if (const std::optional<EnrolmentRecord> enrolment = EnrolmentRecord::load(dataDir).record)
        sources.networkPrinters += enrolment->store.networkPrinters;
    sources.networkPrinters.removeDuplicates();
    result.found = drivers::LinuxHardwareDetector(sources).detect();
    result.ranked = result.catalog.rank(result.found);
    result.proposal = drivers::ProfileCatalog::proposal(result.ranked);
    return result;
}

QString HardwareProbe::choose(const QString &name, const Result &probe, QString *error)
{
    if (name == u"sim")
        return name;
    if (name == u"auto") {
        if (probe.proposal)
            return probe.proposal->profile;
        QStringList problems;
        for (const drivers::ProfileFit &fit : probe.ranked)
            problems.append(fit.problem());
        *error = u"no hardware profile fits the devices found: "_s
            + (problems.isEmpty() ? u"there are no profiles"_s : problems.join(u"; "_s));
        return {};
    }
    const auto fit = std::find_if(probe.ranked.cbegin(), probe.ranked.cend(),
        [&name](const drivers::ProfileFit &f) { return f.profile == name; });
    if (fit == probe.ranked.cend()) {
        *error = u"no hardware profile \"%1\" (kioskctl hardware lists them)"_s.arg(name);
        return {};
    }
    if (!fit->error.isEmpty() || !fit->missing.isEmpty()) {
        *error = u"hardware profile refused: "_s + fit->problem();
        return {};
    }
    return name;
}

} // namespace kiosk::cli
