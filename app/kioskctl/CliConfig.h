#pragma once

#include "policy/PolicyLoader.h"

#include <QCommandLineOption>
#include <QString>
#include <QTextStream>

namespace kiosk::cli {

/// Where kioskctl finds kiosk-config/ and which policy keys it trusts: KioskPaths::shareDir()
/// ($KIOSK_CONFIG_DIR, /usr/share/returns-kiosk, or the build tree's link to kiosk-config/). Trust comes from
/// trusted-policy-keys.json there, else (loudly) the demo keys.
class CliConfig
{
public:
    static QString configDir();
    /// Loads the trusted keys from `path`, or the default place when empty; problems go to err.
    static PolicyLoader::TrustedKeys trustedKeys(const QString &path, QTextStream &err);
    /// --config FILE: the kiosk config (default /etc/returns-kiosk/kiosk.json).
    static QCommandLineOption kioskConfigOption();
    /// --data-dir DIR: journal.db, cache.db and sync-status.json (default KioskPaths::dataDir(), the app's).
    static QCommandLineOption dataDirOption();
};

} // namespace kiosk::cli
