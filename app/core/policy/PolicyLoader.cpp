#include "PolicyLoader.h"

#include "JsonChecker.h"
#include "PolicyMigration.h"
#include "PolicyV1Reader.h"
#include "PolicyV2Reader.h"
#include "crypto/Ed25519.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcPolicy, "kiosk.policy")

namespace kiosk {

namespace {

constexpr qint64 MaxBundleBytes = 1024 * 1024;

} // namespace

PolicyLoader::Result PolicyLoader::fromJson(const QJsonObject &json, const QString &root)
{
    if (json.value(u"schemaVersion"_s) == QJsonValue(2))
        return PolicyV2Reader::read(json, root, PolicyV2Reader::Mode::Strict);
    const QStringList errors = PolicyV1Reader::check(json, root);
    if (!errors.isEmpty())
        return { nullptr, errors };
    return PolicyV2Reader::read(PolicyMigration::toV2(json), root, PolicyV2Reader::Mode::Migrated);
}

QByteArray PolicyLoader::canonicalBytes(const QJsonObject &policy)
{
    return QJsonDocument(policy).toJson(QJsonDocument::Compact);
}

QJsonObject PolicyLoader::signBundle(
    const QJsonObject &policy, const QString &keyId, const QByteArray &privateKey)
{
    const QByteArray signature = crypto::Ed25519::sign(privateKey, canonicalBytes(policy));
    return QJsonObject { { u"policy"_s, policy },
        { u"signature"_s,
            QJsonObject { { u"keyId"_s, keyId }, { u"alg"_s, u"Ed25519"_s },
                { u"value"_s, QString::fromLatin1(signature.toBase64()) } } } };
}

PolicyLoader::Result PolicyLoader::fromBundle(const QByteArray &bundleJson, const TrustedKeys &trustedKeys)
{
    QStringList errors;
    if (bundleJson.size() > MaxBundleBytes)
        return { nullptr, { u"$: bundle is larger than 1 MiB"_s } };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bundleJson, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return {
            nullptr,
            { u"$: malformed JSON at offset %1: %2"_s.arg(parseError.offset).arg(parseError.errorString()) }
        };
    if (!doc.isObject())
        return { nullptr, { u"$: must be an object"_s } };
    const QJsonObject bundle = doc.object();
    JsonChecker c(errors);
    c.allowOnly(bundle, u"$"_s, { u"policy"_s, u"signature"_s });
    const QJsonObject policyJson = c.object(bundle, u"$"_s, u"policy"_s, true);
    const QJsonObject signature = c.object(bundle, u"$"_s, u"signature"_s, true);
    if (bundle.value(u"signature"_s).isObject()) {
        c.allowOnly(signature, u"$.signature"_s, { u"keyId"_s, u"alg"_s, u"value"_s });
        const QString keyId = c.text(signature, u"$.signature"_s, u"keyId"_s);
        const QString alg = c.text(signature, u"$.signature"_s, u"alg"_s);
        const QByteArray value
            = QByteArray::fromBase64(c.text(signature, u"$.signature"_s, u"value"_s).toLatin1(),
                QByteArray::AbortOnBase64DecodingErrors);
        if (!alg.isEmpty() && alg != u"Ed25519"_s)
            c.error(u"$.signature.alg"_s, u"must be \"Ed25519\""_s);
        if (value.size() != crypto::Ed25519::SignatureSize)
            c.error(u"$.signature.value"_s, u"must be a base64 Ed25519 signature (64 bytes)"_s);
        else if (!keyId.isEmpty() && !trustedKeys.contains(keyId))
            c.error(u"$.signature.keyId"_s, u"key \"%1\" is not trusted by this kiosk"_s.arg(keyId));
        else if (!keyId.isEmpty()
            && !crypto::Ed25519::verify(trustedKeys.value(keyId), canonicalBytes(policyJson), value))
            c.error(u"$.signature.value"_s, u"does not verify with key \"%1\""_s.arg(keyId));
    }
    // The document is read only once its signature holds: nobody but a trusted key's holder reaches
    // the policy parser.
    Result checked;
    if (errors.isEmpty()) {
        checked = fromJson(policyJson, u"$.policy"_s);
        errors += checked.errors;
    }
    if (!errors.isEmpty()) {
        qCWarning(lcPolicy) << "policy bundle rejected:" << errors.size()
                            << "error(s), first:" << errors.first();
        return { nullptr, errors };
    }
    return checked;
}

PolicyLoader::Result PolicyLoader::fromBundleFile(const QString &path, const TrustedKeys &trustedKeys)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return { nullptr, { u"$: cannot read %1: %2"_s.arg(path, file.errorString()) } };
    return fromBundle(file.read(MaxBundleBytes + 1), trustedKeys);
}

PolicyLoader::TrustedKeys PolicyLoader::loadTrustedKeys(const QString &path, QStringList *errors)
{
    TrustedKeys keys;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        errors->append(u"%1: %2"_s.arg(path, file.errorString()));
        return keys;
    }
    const QJsonArray list = QJsonDocument::fromJson(file.readAll()).object().value(u"keys"_s).toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject key = list.at(i).toObject();
        const QByteArray raw = QByteArray::fromBase64(
            key.value(u"publicKey"_s).toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (raw.size() != crypto::Ed25519::PublicKeySize || key.value(u"keyId"_s).toString().isEmpty())
            errors->append(
                u"%1: $.keys[%2]: needs a keyId and a base64 32-byte publicKey"_s.arg(path).arg(i));
        else
            keys.insert(key.value(u"keyId"_s).toString(), raw);
    }
    if (list.isEmpty())
        errors->append(u"%1: no trusted keys"_s.arg(path));
    return keys;
}

} // namespace kiosk
