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
        // Never the public demo key unasked: anyone can sign with it.
        if (!QFile::exists(file)) {
            err << "kioskctl: no trusted policy keys: " << file
                << " is not installed; pass --trust FILE (the "
                << "demo's is " << configDir() << "/demo/trusted-policy-keys.json)\n";
            return {};
        }
    }
    QStringList errors;
    PolicyLoader::TrustedKeys keys = PolicyLoader::loadTrustedKeys(file, &errors);
    for (const QString &error : errors)
        err << "kioskctl: " << error << '\n';
    return keys;
}

} // namespace kiosk::cli
