#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace kiosk {

/// The store a kiosk stands in, as the backend hands it over at enrolment (POST /v1/enrol "store"): who
/// the store and retailer are, its time zone and languages, where shoppers go while the kiosk is closed,
/// and the keys the kiosk trusts for signed policies. Parsed strictly; kept in the data dir's
/// enrolment.json and overriding kiosk.json's fields of the same meaning.
struct StoreConfig
{
    QString storeId;
    QString storeName;
    QString retailerId;
    QTimeZone timeZone;
    QStringList languages; ///< "en", "es", ...; the first is the kiosk's default
    QMap<QString, QString> serviceDesk; ///< text per language
    QJsonArray policyKeys; ///< [{"keyId", "publicKey"}], as trusted-policy-keys.json's "keys"
    QStringList networkPrinters; ///< optional: "host" or "host:port" (9100) hardware detection probes

    struct Parsed;
    static Parsed fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
};

struct StoreConfig::Parsed
{
    std::optional<StoreConfig> store;
    QString error; ///< names the field: "store.timeZone: unknown time zone \"Mars/Base\""
};

} // namespace kiosk
