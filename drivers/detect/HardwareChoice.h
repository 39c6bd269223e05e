#pragma once

#include "DetectedDevice.h"

#include <QList>
#include <QString>

#include <optional>

namespace kiosk::drivers {

/// The hardware profile the technician chose at first boot (or `kioskctl provision --profile`), kept
/// in the data directory as hardware.json with what was found then; `--hardware=auto` starts with it.
/// `kioskctl reset` removes it.
struct HardwareChoice
{
    QString profile;
    QString proposed; ///< what detection proposed then; empty when no profile fitted
    QList<DetectedDevice> found;

    static QString file(const QString &dataDir);

    struct Loaded;
    static Loaded load(const QString &dataDir);
    /// Written whole or not at all (QSaveFile), mode 0600. False with @p error set on failure.
    bool save(const QString &dataDir, QString *error) const;
};

struct HardwareChoice::Loaded
{
    std::optional<HardwareChoice> choice; ///< none: no choice saved (or an error)
    QString error; ///< the file is there but unreadable or damaged
};

} // namespace kiosk::drivers
