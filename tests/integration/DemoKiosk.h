#pragma once

#include "BackendProcess.h"
#include "KioskApplication.h"

#include <QDir>
#include <QFile>

namespace kiosk::test {

/// The kiosk id the demo kiosk.json leaves at KioskConfig's default.
inline const QString DemoKioskId = QStringLiteral("kiosk-demo-1");

/// The assembled demo kiosk pointed at a reference backend on loopback: its kiosk.json and options,
/// shared by the integration tests so each states only what it does with the kiosk.
inline KioskApplication::Options demoKioskOptions(const QString &dir, int backendPort)
{
    using namespace Qt::Literals::StringLiterals;
    KioskApplication::Options options;
    options.configPath = QDir(dir).filePath(u"kiosk.json"_s);
    QFile file(options.configPath);
    if (file.open(QIODevice::WriteOnly))
        file.write(
            u"{\"backendUrl\": \"https://127.0.0.1:%1\", \"caBundle\": \"%2\", \"deviceToken\": \"%3\", "
            "\"storeTimeZone\": \"America/Chicago\", \"retailerId\": \"northwind\", "
            "\"policyBundle\": \"%4/kiosk-config/policies/apparel.policy.json\", "
            "\"trustedPolicyKeys\": \"%4/kiosk-config/demo/trusted-policy-keys.json\"}"_s.arg(backendPort)
                .arg(BackendProcess::caFile(), BackendProcess::tokenOf(DemoKioskId),
                    QStringLiteral(KIOSK_SOURCE_DIR))
                .toUtf8());
    options.dataDir = QDir(dir).filePath(u"kiosk"_s);
    options.seedOrders = QStringLiteral(KIOSK_SOURCE_DIR "/kiosk-config/demo/orders.json");
    options.clockStart = QDateTime(QDate(2026, 11, 20), QTime(15, 0), Qt::UTC);
    return options;
}

} // namespace kiosk::test
