#pragma once

#include "DetectedDevice.h"
#include "HardwareProfile.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace kiosk::drivers {

/// How well one hardware profile's match rules fit the devices found: which device each rule took,
/// which required devices are missing. Each found device answers one rule at most.
struct ProfileFit
{
    QString profile; ///< its name ("counter-v1")
    QString label; ///< the profile in words, or its name
    QString error; ///< the profile file could not be read or checked (then it never fits)
    bool hasRules = false; ///< false: no "match" section; it can be picked, never proposed
    QStringList matched; ///< "receipt printer: usb-printer /dev/usb/lp0 … [0416:5011]"
    QStringList missing; ///< required devices not found: "receipt printer (usb-printer 0416:5011)"
    QStringList missingOptional;
    int score = 0; ///< rules matched, the more specific (USB ids, name) counting more

    /// Every required device found (and the profile has rules).
    bool fits() const { return error.isEmpty() && hasRules && missing.isEmpty(); }
    /// Why it cannot be used, for kioskctl: "counter-v1: missing receipt printer (usb-printer)"; empty when
    /// it fits.
    QString problem() const;
    QJsonObject toJson() const;

    static ProfileFit evaluate(
        const QString &name, const HardwareProfile &profile, const QList<DetectedDevice> &found);
    /// Whether @p device is one @p rule asks for (kind, USB ids, name pattern; a network printer must
    /// answer).
    static bool matches(const HardwareProfile::MatchRule &rule, const DetectedDevice &device);
    /// Best first: fitting profiles, then by score, then by name.
    static bool better(const ProfileFit &a, const ProfileFit &b);
};

} // namespace kiosk::drivers
