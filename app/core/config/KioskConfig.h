#pragma once

#include "StaffSettings.h"

#include <QJsonObject>
#include <QLocale>
#include <QMap>
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
    QString retailerId
        = QStringLiteral("northwind"); ///< in signed return codes; other retailers' are refused
    QString retailerName = QStringLiteral("Returns Kiosk");
    QString storeName; ///< the store on tote manifests ("Chicago Loop, store 112"); empty: none
    /// Where shoppers go while the kiosk is closed, per language code: {"en": "...", "es": "..."}.
    QMap<QString, QString> serviceDesk;
    QTimeZone storeZone = QTimeZone::utc();
    int idleTimeoutSeconds = 60;
    int assistanceTimeoutSeconds = 300; ///< "please ask a colleague": long enough for one to come over
    QUrl backendUrl; ///< empty: no sync (offline demo)
    QUrl eReceiptUrl; ///< receipts' QR codes link to <eReceiptUrl>/<return id>; empty: no QR
    QString caBundle; ///< PEM file trusted for the backend; relative paths are against the config file
    QString deviceToken;
    /// The "sync" object `kioskctl sync|enrol` read too (SyncConfigJson: backend, CA bundle, device
    /// token file from enrolment, pins, client certificate); empty when the three settings above are used.
    QJsonObject sync;
    QString configDir; ///< the folder of kiosk.json: relative paths in "sync" are against it
    QString policyBundle; ///< signed policy bundle offered at start when none is in force yet
    QString trustedPolicyKeys; ///< {"keys":[{keyId, publicKey}]}: who may sign policies
    QString accentColor = QStringLiteral("#0b5cad");
    QLocale locale = QLocale(QLocale::English, QLocale::UnitedStates); ///< money and dates
    StaffSettings staff; ///< colleagues who may take over on the assistance screen
    /// "sound": the shopper's sounds and the read-aloud mode's voice.
    struct Sound
    {
        int volumePercent = 70; ///< "volume": a read, a failed read, the chute opening, a timeout warning
        /// "speechEngine": the Qt TextToSpeech engine that reads screens aloud: "speechd" (speech-dispatcher
        /// with espeak-ng, every language the kiosk has) or "flite" (English only).
        QString speechEngine = QStringLiteral("speechd");
        double speechRate = 0.0; ///< "speechRate": -1 (slowest) to 1 (fastest); 0 is the engine's normal rate
    };
    static const QStringList SpeechEngines;
    Sound sound;
    /// First boot: whether the kiosk starts in provisioning while its data dir holds no enrolment, and
    /// the backend (URL and key pin) a typed enrolment code goes to; an enrolment QR names its own.
    struct Provisioning
    {
        bool required = false;
        QString backendUrl;
        QString pin;
    };
    Provisioning provisioning;

    struct Result;
    /// A "serviceDesk" object (texts by language, {"en": "...", "es": "..."}) into @p serviceDesk; the error
    /// names the field ("$.serviceDesk.xx: ...").
    static std::optional<QString> parseServiceDesk(
        const QJsonValue &value, QMap<QString, QString> &serviceDesk);
    static Result load(const QString &path);
    /// The checks of load() on bytes already read from `path` (which names errors and anchors relative
    /// file settings).
    static Result parse(const QByteArray &json, const QString &path);
};

struct KioskConfig::Result
{
    std::optional<KioskConfig> config;
    QString error; ///< "kiosk.json: $.storeTimeZone: unknown time zone \"Mars/Base\""
};

} // namespace kiosk
