#include "KioskConfig.h"

#include "ColourContrast.h"
#include "JsonInteger.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace kiosk {

namespace {

/// A whole number setting `key` of `object` (at `path`, "$." or "$.staff.") into `out`, when present.
std::optional<QString> readNumber(
    const QJsonObject &object, const QString &path, const QString &key, int &out, int min, int max)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return std::nullopt;
    const JsonInteger::Result number = JsonInteger::read(value, min, max);
    if (!number.value)
        return path + key + u": "_s + number.error;
    out = *number.value;
    return std::nullopt;
}

/// kiosk.json's "sound" object: {"volume": 0..100 (percent; 0 is silent), "speechEngine": "speechd" or
/// "flite", "speechRate": -1..1}.
std::optional<QString> parseSound(const QJsonValue &value, KioskConfig::Sound &sound)
{
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isObject())
        return u"$.sound: must be an object"_s;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        if (!QStringList { u"volume"_s, u"speechEngine"_s, u"speechRate"_s }.contains(it.key()))
            return u"$.sound.%1: unknown setting"_s.arg(it.key());
    if (const QJsonValue engine = object.value(u"speechEngine"_s); !engine.isUndefined()) {
        if (!KioskConfig::SpeechEngines.contains(engine.toString()))
            return u"$.sound.speechEngine: must be one of %1"_s.arg(KioskConfig::SpeechEngines.join(u", "_s));
        sound.speechEngine = engine.toString();
    }
    if (const QJsonValue rate = object.value(u"speechRate"_s); !rate.isUndefined()) {
        if (!rate.isDouble() || rate.toDouble() < -1.0 || rate.toDouble() > 1.0)
            return u"$.sound.speechRate: must be a number from -1 (slowest) to 1 (fastest)"_s;
        sound.speechRate = rate.toDouble();
    }
    return readNumber(object, u"$.sound."_s, u"volume"_s, sound.volumePercent, 0, 100);
}

/// kiosk.json's "staff" object; an error names the offending field.
std::optional<QString> parseStaff(const QJsonValue &value, StaffSettings &staff)
{
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isObject())
        return u"$.staff: must be an object"_s;
    const QJsonObject object = value.toObject();
    static const QSet<QString> known { u"members"_s, u"pinIterations"_s, u"pinDigits"_s, u"maxPinAttempts"_s,
        u"lockoutSeconds"_s, u"signedInSeconds"_s };
    for (auto it = object.begin(); it != object.end(); ++it)
        if (!known.contains(it.key()))
            return u"$.staff.%1: unknown setting"_s.arg(it.key());
    const QString path = u"$.staff."_s;
    if (object.value(u"pinDigits"_s).isDouble()
        && object.value(u"pinDigits"_s).toDouble() < StaffSettings::MinPinDigits)
        return u"$.staff.pinDigits: staff PINs need at least %1 digits (a 4-digit PIN falls to a guess in "
               "minutes once its hash is read); give every colleague a new PIN of %1 or more digits and "
               "set pinDigits to its length"_s.arg(StaffSettings::MinPinDigits);
    for (const auto &error :
        { readNumber(object, path, u"pinIterations"_s, staff.pinIterations, 1000, 10000000),
            readNumber(object, path, u"pinDigits"_s, staff.pinDigits, StaffSettings::MinPinDigits,
                StaffSettings::MaxPinDigits),
            readNumber(object, path, u"maxPinAttempts"_s, staff.maxPinAttempts, 1, 20),
            readNumber(object, path, u"lockoutSeconds"_s, staff.lockoutSeconds, 1, 86400),
            readNumber(object, path, u"signedInSeconds"_s, staff.signedInSeconds, 1, 3600) })
        if (error)
            return error;
    static const QRegularExpression id(u"^[A-Za-z0-9]{3,16}$"_s);
    static const QRegularExpression hex(u"^([0-9a-fA-F]{2}){8,64}$"_s);
    if (object.contains(u"members"_s) && !object.value(u"members"_s).isArray())
        return u"$.staff.members: must be an array"_s;
    const QJsonArray members = object.value(u"members"_s).toArray();
    for (qsizetype i = 0; i < members.size(); ++i) {
        const QJsonObject m = members.at(i).toObject();
        const QString where = u"$.staff.members[%1]"_s.arg(i);
        for (auto it = m.begin(); it != m.end(); ++it)
            if (it.key() != u"id" && it.key() != u"pinSalt" && it.key() != u"pinHash")
                return where + u".%1: unknown setting"_s.arg(it.key());
        StaffSettings::Member member;
        member.id = m.value(u"id"_s).toString().toUpper();
        if (!id.match(member.id).hasMatch())
            return where + u".id: must be 3 to 16 letters or digits, as on the badge"_s;
        if (staff.member(member.id))
            return where + u".id: \"%1\" is listed twice"_s.arg(member.id);
        const QString salt = m.value(u"pinSalt"_s).toString();
        const QString hash = m.value(u"pinHash"_s).toString();
        if (salt.isEmpty() || hash.isEmpty())
            return where
                + u": needs pinSalt and pinHash: a badge only names a colleague, their PIN signs them in"_s;
        if (!salt.isEmpty() && !hex.match(salt).hasMatch())
            return where + u".pinSalt: must be 8 to 64 bytes in hex"_s;
        if (!hash.isEmpty() && (hash.size() != 64 || !hex.match(hash).hasMatch()))
            return where + u".pinHash: must be 32 bytes (PBKDF2-HMAC-SHA256) in hex"_s;
        member.pinSalt = QByteArray::fromHex(salt.toLatin1());
        member.pinHash = QByteArray::fromHex(hash.toLatin1());
        staff.members.push_back(std::move(member));
    }
    return std::nullopt;
}

} // namespace

const QStringList KioskConfig::SpeechEngines { u"speechd"_s, u"flite"_s };

std::optional<QString> KioskConfig::parseServiceDesk(
    const QJsonValue &value, QMap<QString, QString> &serviceDesk)
{
    if (value.isUndefined())
        return std::nullopt;
    static const QRegularExpression language(u"^[a-z]{2,3}$"_s);
    const QJsonObject object = value.toObject();
    if (!value.isObject() || object.isEmpty())
        return u"$.serviceDesk: must be an object of texts by language, like {\"en\": \"...\"}"_s;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString text = it.value().toString();
        if (!language.match(it.key()).hasMatch() || text.isEmpty() || text.size() > 256)
            return u"$.serviceDesk.%1: must be a language code with a text of at most 256 characters"_s.arg(
                it.key());
        serviceDesk.insert(it.key(), text);
    }
    return std::nullopt;
}

KioskConfig::Result KioskConfig::load(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    auto fail = [&name](const QString &what) { return Result { std::nullopt, name + u": "_s + what }; };

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(u"cannot read: "_s + file.errorString());
    if (file.size() > 1024 * 1024)
        return fail(u"larger than 1 MiB"_s);
    return parse(file.readAll(), path);
}

KioskConfig::Result KioskConfig::parse(const QByteArray &json, const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    auto fail = [&name](const QString &what) { return Result { std::nullopt, name + u": "_s + what }; };

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(u"invalid JSON at offset %1: %2"_s.arg(parseError.offset).arg(parseError.errorString()));
    if (!doc.isObject())
        return fail(u"$: must be an object"_s);
    const QJsonObject object = doc.object();

    static const QSet<QString> known { u"kioskId"_s, u"retailerId"_s, u"retailerName"_s, u"storeTimeZone"_s,
        u"policyBundle"_s, u"trustedPolicyKeys"_s, u"idleTimeoutSeconds"_s, u"assistanceTimeoutSeconds"_s,
        u"backendUrl"_s, u"caBundle"_s, u"deviceToken"_s, u"accentColor"_s, u"locale"_s, u"eReceiptUrl"_s,
        u"staff"_s, u"sync"_s, u"storeName"_s, u"serviceDesk"_s, u"provisioning"_s, u"sound"_s };
    for (auto it = object.begin(); it != object.end(); ++it)
        if (!known.contains(it.key()))
            return fail(u"$.%1: unknown setting"_s.arg(it.key()));

    KioskConfig config;
    auto text = [&](const QString &key, QString &out) -> std::optional<QString> {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return std::nullopt;
        if (!value.isString() || value.toString().isEmpty() || value.toString().size() > 256)
            return u"$.%1: must be a non-empty string of at most 256 characters"_s.arg(key);
        out = value.toString();
        return std::nullopt;
    };
    auto number = [&](const QString &key, int &out, int min, int max) {
        return readNumber(object, u"$."_s, key, out, min, max);
    };

    QString zone;
    QString url;
    QString eReceipt;
    QString locale;
    for (const auto &error : { text(u"kioskId"_s, config.kioskId), text(u"retailerId"_s, config.retailerId),
             text(u"retailerName"_s, config.retailerName), text(u"storeName"_s, config.storeName),
             text(u"storeTimeZone"_s, zone),
             KioskConfig::parseServiceDesk(object.value(u"serviceDesk"_s), config.serviceDesk),
             text(u"backendUrl"_s, url), text(u"eReceiptUrl"_s, eReceipt),
             text(u"caBundle"_s, config.caBundle), text(u"deviceToken"_s, config.deviceToken),
             text(u"accentColor"_s, config.accentColor), text(u"locale"_s, locale),
             text(u"policyBundle"_s, config.policyBundle),
             text(u"trustedPolicyKeys"_s, config.trustedPolicyKeys),
             number(u"idleTimeoutSeconds"_s, config.idleTimeoutSeconds, 10, 3600),
             number(u"assistanceTimeoutSeconds"_s, config.assistanceTimeoutSeconds, 30, 3600),
             parseStaff(object.value(u"staff"_s), config.staff),
             parseSound(object.value(u"sound"_s), config.sound) }) {
        if (error)
            return fail(*error);
    }
    if (!zone.isEmpty()) {
        config.storeZone = QTimeZone(zone.toUtf8());
        if (!config.storeZone.isValid())
            return fail(u"$.storeTimeZone: unknown time zone \"%1\""_s.arg(zone));
    }
    if (!locale.isEmpty()) {
        config.locale = QLocale(locale);
        if (config.locale.name() != locale)
            return fail(u"$.locale: unknown locale \"%1\" (use a name like en_US)"_s.arg(locale));
    }
    if (const QJsonValue sync = object.value(u"sync"_s); !sync.isUndefined()) {
        if (!sync.isObject())
            return fail(u"$.sync: must be an object"_s);
        if (!url.isEmpty() || !config.caBundle.isEmpty() || !config.deviceToken.isEmpty())
            return fail(u"$.sync: use either \"sync\" or backendUrl/caBundle/deviceToken, not both"_s);
        config.sync = sync.toObject();
    }
    if (const QJsonValue provisioning = object.value(u"provisioning"_s); !provisioning.isUndefined()) {
        const QJsonObject first = provisioning.toObject();
        static const QSet<QString> keys { u"required"_s, u"backendUrl"_s, u"pin"_s };
        const QStringList given = first.keys();
        const bool wellFormed = provisioning.isObject() && first.value(u"required"_s).isBool()
            && std::all_of(given.cbegin(), given.cend(), [](const QString &k) { return keys.contains(k); });
        const QString backend = first.value(u"backendUrl"_s).toString();
        const QString pin = first.value(u"pin"_s).toString();
        if (!wellFormed || (backend.isEmpty() != pin.isEmpty())
            || (!backend.isEmpty() && !backend.startsWith(u"https://"_s))
            || (!pin.isEmpty() && !pin.startsWith(u"sha256//"_s)))
            return fail(
                u"$.provisioning: must be {\"required\": true|false} with optionally both \"backendUrl\" "
                "(https://) and \"pin\" (sha256//...) for typed enrolment codes"_s);
        config.provisioning = { first.value(u"required"_s).toBool(), backend, pin };
    }
    config.configDir = QFileInfo(path).absolutePath();
    if (!url.isEmpty()) {
        config.backendUrl = QUrl(url, QUrl::StrictMode);
        if (!config.backendUrl.isValid() || config.backendUrl.scheme() != u"https")
            return fail(u"$.backendUrl: must be an https:// URL"_s);
    }
    if (!eReceipt.isEmpty()) {
        config.eReceiptUrl = QUrl(eReceipt, QUrl::StrictMode);
        if (!config.eReceiptUrl.isValid() || config.eReceiptUrl.scheme() != u"https")
            return fail(u"$.eReceiptUrl: must be an https:// URL"_s);
    }
    const std::optional<unsigned int> accent = ColourContrast::parseHex(config.accentColor);
    if (!accent)
        return fail(u"$.accentColor: must be a colour like #0b5cad"_s);
    // Buttons put white text on the accent, and the accent as text on white.
    if (const double ratio = ColourContrast::ratio(*accent, 0xffffff); ratio < ColourContrast::TextMinimum)
        return fail(
            u"$.accentColor: white text on %1 has a contrast of only %2; the kiosk's text needs at least "
            "%3 (WCAG AA), so choose a darker colour"_s.arg(config.accentColor, ColourContrast::format(ratio),
                ColourContrast::format(ColourContrast::TextMinimum)));
    // File settings are relative to kiosk.json, so a config folder can move as a whole.
    for (QString *file : { &config.caBundle, &config.policyBundle, &config.trustedPolicyKeys }) {
        if (!file->isEmpty() && QFileInfo(*file).isRelative())
            *file = QFileInfo(path).absoluteDir().absoluteFilePath(*file);
    }
    return { config, {} };
}

} // namespace kiosk
