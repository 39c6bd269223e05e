#include "PolicyLoader.h"

#include "crypto/Ed25519.h"
#include "domain/CategoryCatalogue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcPolicy, "kiosk.policy")

namespace kiosk {

namespace {

constexpr qint64 MaxBundleBytes = 1024 * 1024;
constexpr qint64 MaxAmount = 1'000'000'000'000;
constexpr qsizetype MaxTextLength = 200;
constexpr int SupportedSchemaVersion = 1;

/// Walks a JSON object, recording every problem with its path instead of stopping at the first.
class Checker
{
public:
    explicit Checker(QStringList &errors)
        : m_errors(errors)
    { }

    void error(const QString &path, const QString &message) { m_errors.append(path + u": "_s + message); }

    void allowOnly(const QJsonObject &object, const QString &path, const QStringList &keys)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!keys.contains(it.key()))
                error(path + u'.' + it.key(), u"unknown property"_s);
        }
    }

    bool present(const QJsonObject &object, const QString &path, const QString &key, bool required)
    {
        if (object.contains(key))
            return true;
        if (required)
            error(path + u'.' + key, u"is required"_s);
        return false;
    }

    QString text(const QJsonObject &object, const QString &path, const QString &key, bool required = true,
        const QRegularExpression &pattern = {}, const QString &patternText = {})
    {
        if (!present(object, path, key, required))
            return {};
        const QJsonValue value = object.value(key);
        const QString at = path + u'.' + key;
        if (!value.isString() || value.toString().isEmpty()) {
            error(at, u"must be a non-empty string"_s);
            return {};
        }
        const QString s = value.toString();
        if (s.size() > MaxTextLength) {
            error(at, u"must be at most %1 characters"_s.arg(MaxTextLength));
            return {};
        }
        if (pattern.isValid() && !pattern.pattern().isEmpty() && !pattern.match(s).hasMatch()) {
            error(at, u"must be "_s + patternText);
            return {};
        }
        return s;
    }

    qint64 integer(const QJsonObject &object, const QString &path, const QString &key, qint64 min, qint64 max,
        bool required = true, qint64 fallback = 0)
    {
        if (!present(object, path, key, required))
            return fallback;
        const QJsonValue value = object.value(key);
        const QString at = path + u'.' + key;
        const double d = value.toDouble(-1);
        if (!value.isDouble() || !std::isfinite(d) || d != std::floor(d) || d < double(min)) {
            error(at,
                min == 1       ? u"must be a positive integer"_s
                    : min == 0 ? u"must be a non-negative integer"_s
                               : u"must be an integer of at least %1"_s.arg(min));
            return fallback;
        }
        if (d > double(max)) {
            error(at, u"must be at most %1"_s.arg(max));
            return fallback;
        }
        return qint64(d);
    }

    bool boolean(const QJsonObject &object, const QString &path, const QString &key)
    {
        if (!present(object, path, key, false))
            return false;
        if (!object.value(key).isBool()) {
            error(path + u'.' + key, u"must be true or false"_s);
            return false;
        }
        return object.value(key).toBool();
    }

    QDate date(const QJsonObject &object, const QString &path, const QString &key)
    {
        const QString s = text(object, path, key);
        if (s.isEmpty())
            return {};
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (!d.isValid() || s.size() != 10)
            error(path + u'.' + key, u"must be a date YYYY-MM-DD"_s);
        return d;
    }

    QJsonObject object(const QJsonObject &parent, const QString &path, const QString &key, bool required)
    {
        if (!present(parent, path, key, required))
            return {};
        if (!parent.value(key).isObject()) {
            error(path + u'.' + key, u"must be an object"_s);
            return {};
        }
        return parent.value(key).toObject();
    }

    /// Calls visit(object, path) for each element; elements that are not objects are errors.
    template<typename Visit>
    void objects(const QJsonObject &parent, const QString &path, const QString &key, bool required,
        qsizetype minItems, Visit visit)
    {
        if (!present(parent, path, key, required))
            return;
        const QString at = path + u'.' + key;
        if (!parent.value(key).isArray()) {
            error(at, u"must be an array"_s);
            return;
        }
        const QJsonArray array = parent.value(key).toArray();
        if (array.size() < minItems)
            error(at, u"must have at least %1 item(s)"_s.arg(minItems));
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString itemPath = at + u'[' + QString::number(i) + u']';
            if (!array.at(i).isObject())
                error(itemPath, u"must be an object"_s);
            else
                visit(array.at(i).toObject(), itemPath);
        }
    }

    QStringList strings(const QJsonObject &parent, const QString &path, const QString &key, bool required,
        qsizetype minItems = 0)
    {
        QStringList out;
        if (!present(parent, path, key, required))
            return out;
        const QString at = path + u'.' + key;
        if (!parent.value(key).isArray()) {
            error(at, u"must be an array of strings"_s);
            return out;
        }
        const QJsonArray array = parent.value(key).toArray();
        if (array.size() < minItems)
            error(at, u"must have at least %1 item(s)"_s.arg(minItems));
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isString() || array.at(i).toString().isEmpty())
                error(at + u'[' + QString::number(i) + u']', u"must be a non-empty string"_s);
            else if (out.contains(array.at(i).toString()))
                error(
                    at + u'[' + QString::number(i) + u']', u"duplicate \"%1\""_s.arg(array.at(i).toString()));
            else
                out.append(array.at(i).toString());
        }
        return out;
    }

    QStringList categories(
        const QJsonObject &parent, const QString &path, const QString &key, bool required, bool wildcard)
    {
        const QStringList list = strings(parent, path, key, required, required ? 1 : 0);
        for (qsizetype i = 0; i < list.size(); ++i) {
            const bool ok = CategoryCatalogue::contains(list[i]) || (wildcard && list[i] == u"*"_s);
            if (!ok)
                error(path + u'.' + key + u'[' + QString::number(i) + u']',
                    u"unknown category \"%1\""_s.arg(list[i]));
        }
        return list;
    }

    /// Rule ids are what the engine reports; they must be unique across the whole policy.
    QString ruleId(const QJsonObject &object, const QString &path)
    {
        static const QRegularExpression idPattern(u"^[a-z0-9][a-z0-9._-]*$"_s);
        const QString id
            = text(object, path, u"id"_s, true, idPattern, u"lower-case letters, digits, . _ -"_s);
        if (!id.isEmpty() && m_ids.contains(id))
            error(path + u".id"_s, u"duplicate rule id \"%1\""_s.arg(id));
        m_ids.insert(id);
        return id;
    }

private:
    QStringList &m_errors;
    QSet<QString> m_ids;
};

} // namespace

PolicyLoader::Result PolicyLoader::fromJson(const QJsonObject &json, const QString &root)
{
    QStringList errors;
    Checker c(errors);
    auto policy = std::make_shared<Policy>();
    static const QRegularExpression slug(u"^[a-z0-9][a-z0-9-]*$"_s);
    static const QRegularExpression currency(u"^[A-Z]{3}$"_s);

    c.allowOnly(json, root,
        { u"schemaVersion"_s, u"policyId"_s, u"version"_s, u"retailer"_s, u"currency"_s, u"issuedAt"_s,
            u"defaultReason"_s, u"storeCreditBonusPercent"_s, u"windows"_s, u"tierExtensions"_s,
            u"holidayExtensions"_s, u"finalSaleCategories"_s, u"nonReturnableCategories"_s,
            u"conditionQuestions"_s, u"reasons"_s, u"restockingFees"_s, u"keepIt"_s, u"customerLimits"_s,
            u"offlineLimits"_s, u"bins"_s, u"returnTokenKeys"_s, u"receipts"_s, u"description"_s });
    if (c.present(json, root, u"schemaVersion"_s, true)
        && c.integer(json, root, u"schemaVersion"_s, 1, 1000) != SupportedSchemaVersion)
        c.error(root + u".schemaVersion"_s,
            u"must be %1 (this build's policy format)"_s.arg(SupportedSchemaVersion));
    policy->policyId = c.text(json, root, u"policyId"_s, true, slug, u"a lower-case slug"_s);
    policy->version = int(c.integer(json, root, u"version"_s, 1, 1'000'000'000));
    policy->retailer = c.text(json, root, u"retailer"_s);
    policy->currency = c.text(json, root, u"currency"_s, true, currency, u"an ISO 4217 code"_s);
    const QString issued = c.text(json, root, u"issuedAt"_s);
    policy->issuedAt = QDateTime::fromString(issued, Qt::ISODate);
    if (!issued.isEmpty() && (!policy->issuedAt.isValid() || policy->issuedAt.timeSpec() == Qt::LocalTime))
        c.error(root + u".issuedAt"_s, u"must be an ISO 8601 time with offset"_s);
    if (json.contains(u"description"_s)
        && (!json.value(u"description"_s).isString()
            || json.value(u"description"_s).toString().size() > 2000))
        c.error(root + u".description"_s, u"must be a string of at most 2000 characters"_s);
    policy->storeCreditBonusPercent = int(c.integer(json, root, u"storeCreditBonusPercent"_s, 0, 100, false));

    c.objects(json, root, u"windows"_s, true, 1, [&](const QJsonObject &o, const QString &at) {
        c.allowOnly(o, at, { u"id"_s, u"categories"_s, u"days"_s, u"from"_s });
        Policy::Window w;
        w.id = c.ruleId(o, at);
        w.categories = c.categories(o, at, u"categories"_s, true, true);
        w.days = int(c.integer(o, at, u"days"_s, 1, 3650));
        const QString from = c.text(o, at, u"from"_s);
        if (from == u"purchase"_s)
            w.anchor = Policy::Window::Anchor::Purchase;
        else if (!from.isEmpty() && from != u"delivery"_s)
            c.error(at + u".from"_s, u"must be \"delivery\" or \"purchase\""_s);
        policy->windows.push_back(w);
    });
    c.objects(json, root, u"tierExtensions"_s, false, 0, [&](const QJsonObject &o, const QString &at) {
        c.allowOnly(o, at, { u"id"_s, u"tier"_s, u"extraDays"_s });
        Policy::TierExtension t { c.ruleId(o, at), c.text(o, at, u"tier"_s),
            int(c.integer(o, at, u"extraDays"_s, 1, 3650)) };
        if (!t.tier.isEmpty() && policy->tierExtension(t.tier))
            c.error(at + u".tier"_s, u"duplicate tier \"%1\""_s.arg(t.tier));
        policy->tierExtensions.push_back(t);
    });
    c.objects(json, root, u"holidayExtensions"_s, false, 0, [&](const QJsonObject &o, const QString &at) {
        c.allowOnly(o, at, { u"id"_s, u"purchasedFrom"_s, u"purchasedUntil"_s, u"returnUntil"_s });
        Policy::HolidayExtension h { c.ruleId(o, at), c.date(o, at, u"purchasedFrom"_s),
            c.date(o, at, u"purchasedUntil"_s), c.date(o, at, u"returnUntil"_s) };
        if (h.purchasedFrom.isValid() && h.purchasedUntil.isValid() && h.purchasedUntil < h.purchasedFrom)
            c.error(at + u".purchasedUntil"_s, u"must not be before purchasedFrom"_s);
        if (h.purchasedUntil.isValid() && h.returnUntil.isValid() && h.returnUntil < h.purchasedUntil)
            c.error(at + u".returnUntil"_s, u"must not be before purchasedUntil"_s);
        policy->holidayExtensions.push_back(h);
    });
    policy->finalSaleCategories = c.categories(json, root, u"finalSaleCategories"_s, false, false);
    policy->nonReturnableCategories = c.categories(json, root, u"nonReturnableCategories"_s, false, false);

    c.objects(json, root, u"reasons"_s, true, 1, [&](const QJsonObject &o, const QString &at) {
        c.allowOnly(o, at, { u"code"_s, u"messageKey"_s, u"resolutions"_s, u"waivesRestockingFee"_s });
        static const QRegularExpression code(u"^[a-z][a-z0-9_]*$"_s);
        Policy::Reason r;
        r.code = c.text(o, at, u"code"_s, true, code, u"a lower-case identifier"_s);
        if (!r.code.isEmpty() && policy->reason(r.code))
            c.error(at + u".code"_s, u"duplicate reason \"%1\""_s.arg(r.code));
        r.messageKey = c.text(o, at, u"messageKey"_s);
        const QStringList names = c.strings(o, at, u"resolutions"_s, true, 1);
        for (qsizetype i = 0; i < names.size(); ++i) {
            if (const auto res = resolutionFromName(names[i]))
                r.resolutions.push_back(*res);
            else
                c.error(at + u".resolutions["_s + QString::number(i) + u']',
                    u"must be \"refund\", \"storeCredit\" or \"exchange\""_s);
        }
        r.waivesRestockingFee = c.boolean(o, at, u"waivesRestockingFee"_s);
        policy->reasons.push_back(r);
    });
    policy->defaultReason = c.text(json, root, u"defaultReason"_s);
    if (!policy->defaultReason.isEmpty() && !policy->reason(policy->defaultReason))
        c.error(root + u".defaultReason"_s, u"must be one of the reasons' codes"_s);

    c.objects(json, root, u"conditionQuestions"_s, false, 0, [&](const QJsonObject &o, const QString &at) {
        c.allowOnly(o, at, { u"id"_s, u"messageKey"_s, u"categories"_s, u"onFail"_s });
        Policy::ConditionQuestion q;
        q.id = c.ruleId(o, at);
        q.messageKey = c.text(o, at, u"messageKey"_s);
        q.categories = c.categories(o, at, u"categories"_s, true, true);
        const QString onFail = c.text(o, at, u"onFail"_s);
        if (onFail == u"ineligible"_s)
            q.onFail = Policy::ConditionQuestion::OnFail::Ineligible;
        else if (!onFail.isEmpty() && onFail != u"needsStaff"_s)
            c.error(at + u".onFail"_s, u"must be \"ineligible\" or \"needsStaff\""_s);
        policy->conditionQuestions.push_back(q);
    });
    c.objects(json, root, u"restockingFees"_s, false, 0, [&](const QJsonObject &o, const QString &at) {
        c.allowOnly(o, at, { u"id"_s, u"categories"_s, u"reasons"_s, u"percent"_s });
        Policy::RestockingFee f;
        f.id = c.ruleId(o, at);
        f.categories = c.categories(o, at, u"categories"_s, true, true);
        f.reasons = c.strings(o, at, u"reasons"_s, false);
        for (qsizetype i = 0; i < f.reasons.size(); ++i) {
            if (!policy->reason(f.reasons[i]))
                c.error(at + u".reasons["_s + QString::number(i) + u']',
                    u"unknown reason \"%1\""_s.arg(f.reasons[i]));
        }
        f.percent = int(c.integer(o, at, u"percent"_s, 0, 100));
        policy->restockingFees.push_back(f);
    });
    const QJsonObject keepIt = c.object(json, root, u"keepIt"_s, false);
    if (json.contains(u"keepIt"_s) && json.value(u"keepIt"_s).isObject()) {
        const QString at = root + u".keepIt"_s;
        c.allowOnly(keepIt, at, { u"id"_s, u"maxValue"_s, u"categories"_s });
        policy->keepIt
            = Policy::KeepIt { c.ruleId(keepIt, at), c.integer(keepIt, at, u"maxValue"_s, 0, MaxAmount),
                  c.categories(keepIt, at, u"categories"_s, true, true) };
    }
    {
        const QJsonObject o = c.object(json, root, u"receipts"_s, false);
        const QString at = root + u".receipts"_s;
        c.allowOnly(o, at, { u"secondFactor"_s });
        const QString factor = c.text(o, at, u"secondFactor"_s, false);
        if (factor == u"cardLast4"_s)
            policy->receiptFactor = SecondFactor::CardLast4;
        else if (!factor.isEmpty() && factor != u"billingZip"_s)
            c.error(at + u".secondFactor"_s, u"must be \"billingZip\" or \"cardLast4\""_s);
    }
    {
        const QJsonObject o = c.object(json, root, u"customerLimits"_s, true);
        const QString at = root + u".customerLimits"_s;
        if (!o.isEmpty()) {
            c.allowOnly(o, at, { u"id"_s, u"maxReturnsPer30Days"_s, u"maxValueWithoutStaff"_s });
            policy->customerLimits
                = { c.ruleId(o, at), int(c.integer(o, at, u"maxReturnsPer30Days"_s, 0, 10000)),
                      c.integer(o, at, u"maxValueWithoutStaff"_s, 0, MaxAmount) };
        }
    }
    {
        const QJsonObject o = c.object(json, root, u"offlineLimits"_s, true);
        const QString at = root + u".offlineLimits"_s;
        if (!o.isEmpty()) {
            c.allowOnly(
                o, at, { u"id"_s, u"maxCacheAgeHours"_s, u"maxRefundPerReturn"_s, u"maxRefundPerDay"_s });
            policy->offlineLimits
                = { c.ruleId(o, at), int(c.integer(o, at, u"maxCacheAgeHours"_s, 1, 24 * 365)),
                      c.integer(o, at, u"maxRefundPerReturn"_s, 0, MaxAmount),
                      c.integer(o, at, u"maxRefundPerDay"_s, 0, MaxAmount) };
        }
    }
    c.objects(json, root, u"bins"_s, true, 1, [&](const QJsonObject &o, const QString &at) {
        c.allowOnly(o, at, { u"id"_s, u"categories"_s, u"bin"_s });
        static const QRegularExpression binName(u"^[A-Z0-9-]{1,8}$"_s);
        policy->bins.push_back({ c.ruleId(o, at), c.categories(o, at, u"categories"_s, true, true),
            c.text(o, at, u"bin"_s, true, binName, u"1-8 upper-case letters, digits or -"_s) });
    });
    c.objects(json, root, u"returnTokenKeys"_s, false, 0, [&](const QJsonObject &o, const QString &at) {
        c.allowOnly(o, at, { u"keyId"_s, u"publicKey"_s });
        const QString keyId = c.text(o, at, u"keyId"_s);
        const QByteArray key = QByteArray::fromBase64(
            c.text(o, at, u"publicKey"_s).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (key.size() != crypto::Ed25519::PublicKeySize)
            c.error(at + u".publicKey"_s, u"must be a base64 Ed25519 public key (32 bytes)"_s);
        else if (policy->returnTokenKeys.contains(keyId))
            c.error(at + u".keyId"_s, u"duplicate key id \"%1\""_s.arg(keyId));
        else
            policy->returnTokenKeys.insert(keyId, key);
    });

    // Coverage: every returnable category needs a window and a bin, so no shopper meets "no rule".
    if (!policy->windows.empty() && !policy->bins.empty()) {
        for (const QString &category : CategoryCatalogue::all()) {
            if (policy->nonReturnableCategories.contains(category)
                || policy->finalSaleCategories.contains(category))
                continue;
            if (!policy->windowFor(category))
                c.error(root + u".windows"_s,
                    u"no window covers category \"%1\" (add it or \"*\")"_s.arg(category));
            if (!policy->binFor(category))
                c.error(root + u".bins"_s, u"no bin takes category \"%1\" (add it or \"*\")"_s.arg(category));
        }
    }

    if (!errors.isEmpty())
        return { nullptr, errors };
    return { std::move(policy), {} };
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
    Checker c(errors);
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
