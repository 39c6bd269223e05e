#pragma once

#include "DetectedDevice.h"
#include "ProfileFit.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace kiosk::drivers {

/// The hardware profiles a kiosk can run with (every *.json of the hardware profile directories, the
/// first directory's winning a name both have) and their ranking against the devices found: the best
/// fitting profile is the one proposed, and every other says which required device it misses.
class ProfileCatalog
{
public:
    struct Entry
    {
        QString name;
        QString path;
        std::optional<HardwareProfile> profile; ///< none when the file is unreadable or refused
        QString error;
    };

    static ProfileCatalog load(const QStringList &dirs);

    const QList<Entry> &entries() const { return m_entries; }
    const Entry *find(const QString &name) const;
    /// Every profile, best first (ProfileFit::better).
    QList<ProfileFit> rank(const QList<DetectedDevice> &found) const;
    /// `sim` as a choice: every device simulated; it always fits and ranks below any real profile that fits.
    static ProfileFit simulated();
    /// The best profile when it fits; none when no profile does.
    static std::optional<ProfileFit> proposal(const QList<ProfileFit> &ranked);
    /// What detection should probe as network printers: the hosts of the profiles' tcp printers and of
    /// their network-printer rules (without wildcards), as "host:port" or "host".
    QStringList networkPrinters() const;

private:
    QList<Entry> m_entries;
};

} // namespace kiosk::drivers
