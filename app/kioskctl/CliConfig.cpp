#include "CliConfig.h"

#include <QFile>

using namespace Qt::Literals::StringLiterals;

namespace kiosk::cli {

QCommandLineOption CliConfig::kioskConfigOption()
{
    return { u"config"_s, u"The kiosk config file."_s, u"file"_s, u"/etc/returns-kiosk/config.json"_s };
}

QCommandLineOption CliConfig::dataDirOption()
{
    return { u"data-dir"_s, u"The kiosk's data directory."_s, u"dir"_s, u"/var/lib/returns-kiosk"_s };
}

QString CliConfig::configDir()
{
    const QString fromEnv = qEnvironmentVariable("KIOSK_CONFIG_DIR");
    return fromEnv.isEmpty() ? QStringLiteral(KIOSK_SOURCE_CONFIG_DIR) : fromEnv;
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
