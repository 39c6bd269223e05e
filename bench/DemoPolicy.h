#pragma once

#include "policy/PolicyLoader.h"

#include <QString>

namespace kiosk::bench {

/// Loads a policy bundle signed with the demo key (kiosk-config/demo/trusted-policy-keys.json), as every
/// bundle the benches decide with is; the loader's result, with its errors when it fails.
inline PolicyLoader::Result loadDemoSignedPolicy(const QString &bundle)
{
    QStringList trustErrors;
    const auto trust = PolicyLoader::loadTrustedKeys(
        QStringLiteral(KIOSK_SOURCE_CONFIG_DIR "/demo/trusted-policy-keys.json"), &trustErrors);
    return PolicyLoader::fromBundleFile(bundle, trust);
}

} // namespace kiosk::bench
