#pragma once

#include "detect/DetectedDevice.h"
#include "detect/ProfileCatalog.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>

namespace kiosk::cli {

/// Hardware detection for `kioskctl hardware` and `kioskctl provision --profile`: the profiles of the
/// hardware directories, the devices LinuxHardwareDetector finds (its roots and extra network printers
/// from the command line, the printers the profiles and the enrolled store name), and the choice of a
/// profile checked against them.
class HardwareProbe
{
public:
    /// --sys-root DIR, --dev-root DIR, --printer HOST[:PORT] (repeatable).
    static QList<QCommandLineOption> options();

    struct Result
    {
        drivers::ProfileCatalog catalog;
        QList<drivers::DetectedDevice> found;
        QList<drivers::ProfileFit> ranked; ///< best first
        std::optional<drivers::ProfileFit> proposal;
    };
    static Result run(const QCommandLineParser &parser, const QString &dataDir);

    /// @p name (or, for "auto", the proposal) when every device it requires was found; otherwise empty
    /// with @p error naming the missing devices. `sim` is always accepted.
    static QString choose(const QString &name, const Result &probe, QString *error);
};

} // namespace kiosk::cli
