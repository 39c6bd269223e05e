#include "KioskPaths.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace kiosk {

namespace {

// Install locations (GNUInstallDirs, set by CMake): never a source or build tree path.
const QString BinDir = QStringLiteral(KIOSK_INSTALL_BINDIR);
const QString ShareDir = QStringLiteral(KIOSK_INSTALL_DATADIR);
const QString ConfigDir = QStringLiteral(KIOSK_INSTALL_SYSCONFDIR);
const QString StateDir = QStringLiteral(KIOSK_INSTALL_STATEDIR);

} // namespace

bool KioskPaths::installed()
{
    return QFileInfo(QCoreApplication::applicationDirPath()).canonicalFilePath()
        == QFileInfo(BinDir).canonicalFilePath();
}

QString KioskPaths::shareDir()
{
    const QString fromEnv = qEnvironmentVariable("KIOSK_CONFIG_DIR");
    if (!fromEnv.isEmpty())
        return fromEnv;
    if (installed())
        return ShareDir;
    QDir dir(QCoreApplication::applicationDirPath());
    do {
        if (dir.exists(u"share/returns-kiosk"_s))
            return dir.filePath(u"share/returns-kiosk"_s);
    } while (dir.cdUp());
    return ShareDir;
}

QString KioskPaths::configOverrideDir()
{
    return ConfigDir;
}

QString KioskPaths::dataDir()
{
    for (const char *variable : { "STATE_DIRECTORY", "KIOSK_DATA_DIR" }) {
        // systemd may list several state directories, separated by colons: the first is the kiosk's.
        const QString fromEnv = qEnvironmentVariable(variable).section(u':', 0, 0);
        if (!fromEnv.isEmpty())
            return fromEnv;
    }
    if (installed())
        return StateDir;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/returns-kiosk"_s;
}

QDir KioskPaths::hardwareDir(const QString &name)
{
    const QDir overrides(ConfigDir + u"/hardware"_s);
    if (overrides.exists(name + u".json"_s))
        return overrides;
    return QDir(shareDir() + u"/hardware"_s);
}

QStringList KioskPaths::hardwareDirs()
{
    return { ConfigDir + u"/hardware"_s, shareDir() + u"/hardware"_s };
}

} // namespace kiosk
