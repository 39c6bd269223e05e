#pragma once

#include <QString>
#include <QTimeZone>
#include <QUrl>

#include <optional>

namespace kiosk {

/// The kiosk's own settings (kiosk.json): who it is, which store it stands in, how it reaches the
/// backend and how it looks. Parsed strictly: an unknown or malformed field is an error naming it.
struct KioskConfig
{
    QString kioskId = QStringLiteral("kiosk-demo-1");
    QString retailerName = QStringLiteral("Returns Kiosk");
    QTimeZone storeZone = QTimeZone::utc();
    int returnWindowDays = 30;
    int idleTimeoutSeconds = 60;
    QUrl backendUrl;       ///< empty: no sync (offline demo)
    QString caBundle;      ///< PEM file trusted for the backend; relative paths are against the config file
    QString deviceToken;
    QString accentColor = QStringLiteral("#0b5cad");

    struct Result;
    static Result load(const QString &path);
};

struct KioskConfig::Result
{
    std::optional<KioskConfig> config;
    QString error; ///< "kiosk.json: $.storeTimeZone: unknown time zone \"Mars/Base\""
};

} // namespace kiosk
