#pragma once

#include "policy/PolicyLoader.h"

#include <QCommandLineOption>
#include <QString>
#include <QTextStream>

namespace kiosk::cli {

/// Where kioskctl finds kiosk-config/ and which policy keys it trusts: $KIOSK_CONFIG_DIR, else the
/// source tree's kiosk-config/. Trust comes from trusted-policy-keys.json there, else (loudly) the demo keys.
class CliConfig
{
public:
    static QString configDir();
    /// Loads the trusted keys from `path`, or the default place when empty; problems go to err.
    static PolicyLoader::TrustedKeys trustedKeys(const QString &path, QTextStream &err);
    /// --config FILE: the kiosk config (default /etc/returns-kiosk/config.json).
    static QCommandLineOption kioskConfigOption();
    /// --data-dir DIR: journal.db, cache.db and sync-status.json (default /var/lib/returns-kiosk).
    static QCommandLineOption dataDirOption();
};

} // namespace kiosk::cli
