#include "StoreConfig.h"

#include "config/KioskConfig.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace kiosk {

namespace {

StoreConfig::Parsed failed(const QString &error)
{
    return { std::nullopt, u"store."_s + error };
}

bool isShortText(const QJsonValue &value, int max = 128)
{
    return value.isString() && !value.toString().isEmpty() && value.toString().size() <= max;
}

} // namespace

StoreConfig::Parsed StoreConfig::fromJson(const QJsonObject &object)
{
    static const QStringList known { u"storeId"_s, u"storeName"_s, u"retailerId"_s, u"timeZone"_s,
        u"languages"_s, u"serviceDesk"_s, u"policyKeys"_s, u"networkPrinters"_s };
    for (const QString &key : object.keys()) {
        if (!known.contains(key))
            return failed(key + u": unknown field"_s);
    }
    StoreConfig store;
    for (const auto &[key, target] :
        { std::pair { u"storeId"_s, &store.storeId }, std::pair { u"storeName"_s, &store.storeName },
            std::pair { u"retailerId"_s, &store.retailerId } }) {
        if (!isShortText(object.value(key)))
            return failed(key + u": missing or not a string of 1 to 128 characters"_s);
        *target = object.value(key).toString();
    }
    const QString zone = object.value("timeZone"_L1).toString();
    store.timeZone = QTimeZone(zone.toUtf8());
    if (!store.timeZone.isValid())
        return failed(u"timeZone: unknown time zone \"%1\""_s.arg(zone));
    static const QRegularExpression language(u"^[a-z]{2,3}$"_s);
    const QJsonArray languages = object.value("languages"_L1).toArray();
    if (languages.isEmpty() || languages.size() > 16)
        return failed(u"languages: 1 to 16 language codes"_s);
    for (const QJsonValue &code : languages) {
        if (!language.match(code.toString()).hasMatch())
            return failed(u"languages: \"%1\" is not a language code"_s.arg(code.toString()));
        store.languages.append(code.toString());
    }
    if (const auto error = KioskConfig::parseServiceDesk(object.value("serviceDesk"_L1), store.serviceDesk))
        return { std::nullopt, error->mid(2) }; // "$.serviceDesk..." -> "serviceDesk..."
    store.policyKeys = object.value("policyKeys"_L1).toArray();
    if (store.policyKeys.isEmpty() || store.policyKeys.size() > 8)
        return failed(u"policyKeys: 1 to 8 keys"_s);
    for (const QJsonValue &key : std::as_const(store.policyKeys)) {
        const QJsonObject entry = key.toObject();
        if (!isShortText(entry.value("keyId"_L1), 64) || !isShortText(entry.value("publicKey"_L1), 128)
            || entry.size() != 2)
            return failed(u"policyKeys: each key is {\"keyId\", \"publicKey\"}"_s);
    }
    static const QRegularExpression printer(u"^[A-Za-z0-9]([A-Za-z0-9.-]{0,252})(:[1-9][0-9]{0,4})?$"_s);
    const QJsonArray printers = object.value("networkPrinters"_L1).toArray();
    if (printers.size() > 8)
        return failed(u"networkPrinters: at most 8"_s);
    for (const QJsonValue &entry : printers) {
        const QRegularExpressionMatch match = printer.match(entry.toString());
        if (!match.hasMatch() || (match.hasCaptured(2) && match.captured(2).mid(1).toInt() > 65535))
            return failed(
                u"networkPrinters: \"%1\" is not host or host:port"_s.arg(entry.toString().left(64)));
        store.networkPrinters.append(entry.toString());
    }
    return { store, {} };
}

QJsonObject StoreConfig::toJson() const
{
    QJsonObject desk;
    for (auto it = serviceDesk.begin(); it != serviceDesk.end(); ++it)
        desk.insert(it.key(), it.value());
    QJsonObject object { { "storeId"_L1, storeId }, { "storeName"_L1, storeName },
        { "retailerId"_L1, retailerId }, { "timeZone"_L1, QString::fromUtf8(timeZone.id()) },
        { "languages"_L1, QJsonArray::fromStringList(languages) }, { "policyKeys"_L1, policyKeys } };
    if (!desk.isEmpty())
        object.insert("serviceDesk"_L1, desk);
    if (!networkPrinters.isEmpty())
        object.insert("networkPrinters"_L1, QJsonArray::fromStringList(networkPrinters));
    return object;
}

} // namespace kiosk
