#include "CliConfig.h"

#include "config/KioskPaths.h"

#include <QFile>

using namespace Qt::Literals::StringLiterals;

namespace kiosk::cli {

QCommandLineOption CliConfig::kioskConfigOption()
{
    return { u"config"_s, u"The kiosk config file."_s, u"file"_s,
        KioskPaths::configOverrideDir() + u"/kiosk.json"_s };
}

QCommandLineOption CliConfig::dataDirOption()
{
    return { u"data-dir"_s, u"The kiosk's data directory."_s, u"dir"_s, KioskPaths::dataDir() };
}

QString CliConfig::configDir()
{
    return KioskPaths::shareDir();
}

PolicyLoader::TrustedKeys CliConfig::trustedKeys(const QString &path, QTextStream &err)
{
    QString file = path;
    if (file.isEmpty()) {
        file = configDir() + u"/trusted-policy-keys.json"_s;
        if (!QFile::exists(file)) {
            file = configDir() + u"/demo/trusted-policy-keys.json"_s;
            err << "kioskctl: trusting the DEMO policy key (" << file << "); use --trust on real kiosks\n";
        }
    }
    QStringList errors;
    PolicyLoader::TrustedKeys keys = PolicyLoader::loadTrustedKeys(file, &errors);
    for (const QString &error : errors)
        err << "kioskctl: " << error << '\n';
    return keys;
}

} // namespace kiosk::cli
