#pragma once

#include <QDir>
#include <QString>
#include <QStringList>

namespace kiosk {

/// Where the kiosk's shared data, configuration overrides and state live, decided at run time: under the
/// install prefix for an installed binary (/usr/share/returns-kiosk, /etc/returns-kiosk,
/// /var/lib/returns-kiosk), beside the build tree for a developer's build. The app and kioskctl ask here,
/// so they agree on one data directory.
class KioskPaths
{
public:
    /// True when the running binary sits in the install prefix's bin directory (e.g. /usr/bin).
    static bool installed();
    /// Hardware profiles, default config, policies and schemas: $KIOSK_CONFIG_DIR; installed,
    /// /usr/share/returns-kiosk; otherwise the nearest share/returns-kiosk at or above the binary's
    /// directory (the build tree links it to the source tree's kiosk-config/).
    static QString shareDir();
    /// Local overrides: /etc/returns-kiosk.
    static QString configOverrideDir();
    /// journal.db, cache.db, sync-status.json: $STATE_DIRECTORY (systemd's StateDirectory=), else
    /// $KIOSK_DATA_DIR; installed, /var/lib/returns-kiosk; otherwise ~/.local/share/returns-kiosk.
    static QString dataDir();
    /// The directory to read hardware profile `name` from: /etc/returns-kiosk/hardware when it holds
    /// that profile, else the shared hardware directory.
    static QDir hardwareDir(const QString &name);
    /// Every directory hardware profiles are read from, the overrides first.
    static QStringList hardwareDirs();
};

} // namespace kiosk
