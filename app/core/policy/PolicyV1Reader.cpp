#include "PolicyV1Reader.h"

#include "JsonChecker.h"
#include "PolicyV1.h"
#include "crypto/Ed25519.h"

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace kiosk {

namespace {

constexpr qint64 MaxAmount = 1'000'000'000'000;
constexpr int FormatVersion = 1;

} // namespace

QStringList PolicyV1Reader::check(const QJsonObject &json, const QString &root)
{
    QStringList errors;
    JsonChecker c(errors);
    auto policy = std::make_shared<PolicyV1>();
    static const QRegularExpression slug(u"^[a-z0-9][a-z0-9-]*$"_s);
    static const QRegularExpression currency(u"^[A-Z]{3}$"_s);

    c.allowOnly(json, root,
        { u"schemaVersion"_s, u"policyId"_s, u"version"_s, u"retailer"_s, u"retailerId"_s, u"notBefore"_s,
            u"notAfter"_s, u"currency"_s, u"issuedAt"_s, u"defaultReason"_s, u"storeCreditBonusPercent"_s,
            u"windows"_s, u"tierExtensions"_s, u"holidayExtensions"_s, u"finalSaleCategories"_s,
            u"nonReturnableCategories"_s, u"conditionQuestions"_s, u"reasons"_s, u"restockingFees"_s,
            u"keepIt"_s, u"customerLimits"_s, u"offlineLimits"_s, u"bins"_s, u"returnTokenKeys"_s,
            u"receipts"_s, u"overrideReasons"_s, u"description"_s });
    if (c.present(json, root, u"schemaVersion"_s, true)
        && c.integer(json, root, u"schemaVersion"_s, 1, 1000) != FormatVersion)
        c.error(root + u".schemaVersion"_s,
            u"must be %1 or 2 (the policy formats this build reads)"_s.arg(FormatVersion));
    policy->policyId = c.text(json, root, u"policyId"_s, true, slug, u"a lower-case slug"_s);
    policy->version = int(c.integer(json, root, u"version"_s, 1, 1'000'000'000));
    policy->retailer = c.text(json, root, u"retailer"_s);
    policy->currency = c.text(json, root, u"currency"_s, true, currency, u"an ISO 4217 code"_s);
    static const QRegularExpression retailerId(u"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"_s);
    c.text(json, root, u"retailerId"_s, true, retailerId, u"the retailer id kiosks are enrolled with"_s);
    for (const QString &name : { u"issuedAt"_s, u"notBefore"_s, u"notAfter"_s }) {
        const QString text = c.text(json, root, name);
        const QDateTime time = QDateTime::fromString(text, Qt::ISODate);
        if (!text.isEmpty() && (!time.isValid() || time.timeSpec() == Qt::LocalTime))
            c.error(root + u'.' + name, u"must be an ISO 8601 time with offset"_s);
    }
    if (json.contains(u"description"_s)
        && (!json.value(u"description"_s).isString()
            || json.value(u"description"_s).toString().size() > 2000))
        c.error(root + u".description"_s, u"must be a string of at most 2000 characters"_s);
    policy->storeCreditBonusPercent = int(c.integer(json, root, u"storeCreditBonusPercent"_s, 0, 100, false));

    c.objects(json, root, u"windows"_s, true, 1, [&](const QJsonObject &o, const QString &at) {
        c.allowOnly(o, at, { u"id"_s, u"categories"_s, u"days"_s, u"from"_s });
        PolicyV1::Window w;
        w.id = c.ruleId(o, at);
        w.categories = c.categories(o, at, u"categories"_s, true, true);
        w.days = int(c.integer(o, at, u"days"_s, 1, 3650));
        const QString from = c.text(o, at, u"from"_s);
        if (from == u"purchase"_s)
            w.anchor = PolicyV1::Window::Anchor::Purchase;
        else if (!from.isEmpty() && from != u"delivery"_s)
            c.error(at + u".from"_s, u"must be \"delivery\" or \"purchase\""_s);
        policy->windows.push_back(w);
    });
    c.objects(json, root, u"tierExtensions"_s, false, 0, [&](const QJsonObject &o, const QString &at) {
        c.allowOnly(o, at, { u"id"_s, u"tier"_s, u"extraDays"_s });
        PolicyV1::TierExtension t { c.ruleId(o, at), c.text(o, at, u"tier"_s),
            int(c.integer(o, at, u"extraDays"_s, 1, 3650)) };
        if (!t.tier.isEmpty() && policy->tierExtension(t.tier))
            c.error(at + u".tier"_s, u"duplicate tier \"%1\""_s.arg(t.tier));
        policy->tierExtensions.push_back(t);
    });
    c.objects(json, root, u"holidayExtensions"_s, false, 0, [&](const QJsonObject &o, const QString &at) {
        c.allowOnly(o, at, { u"id"_s, u"purchasedFrom"_s, u"purchasedUntil"_s, u"returnUntil"_s });
        PolicyV1::HolidayExtension h { c.ruleId(o, at), c.date(o, at, u"purchasedFrom"_s),
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
        PolicyV1::Reason r;
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
        PolicyV1::ConditionQuestion q;
        q.id = c.ruleId(o, at);
        q.messageKey = c.text(o, at, u"messageKey"_s);
        q.categories = c.categories(o, at, u"categories"_s, true, true);
        const QString onFail = c.text(o, at, u"onFail"_s);
        if (onFail == u"ineligible"_s)
            q.onFail = PolicyV1::ConditionQuestion::OnFail::Ineligible;
        else if (!onFail.isEmpty() && onFail != u"needsStaff"_s)
            c.error(at + u".onFail"_s, u"must be \"ineligible\" or \"needsStaff\""_s);
        policy->conditionQuestions.push_back(q);
    });
    c.objects(json, root, u"restockingFees"_s, false, 0, [&](const QJsonObject &o, const QString &at) {
        c.allowOnly(o, at, { u"id"_s, u"categories"_s, u"reasons"_s, u"percent"_s });
        PolicyV1::RestockingFee f;
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
            = PolicyV1::KeepIt { c.ruleId(keepIt, at), c.integer(keepIt, at, u"maxValue"_s, 0, MaxAmount),
                  c.categories(keepIt, at, u"categories"_s, true, true) };
    }
    {
        const QJsonObject o = c.object(json, root, u"customerLimits"_s, true);
        const QString at = root + u".customerLimits"_s;
        if (!o.isEmpty()) {
            c.allowOnly(o, at, { u"id"_s, u"maxReturnsPer30Days"_s, u"maxValueWithoutStaff"_s });
            // Format 1: 0 is no limit here (and nothing without a colleague offline).
            const int returns = int(c.integer(o, at, u"maxReturnsPer30Days"_s, 0, 10000));
            const MinorUnits value = c.integer(o, at, u"maxValueWithoutStaff"_s, 0, MaxAmount);
            policy->customerLimits = { c.ruleId(o, at), returns ? std::optional(returns) : std::nullopt,
                value ? std::optional(value) : std::nullopt };
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
    {
        const QJsonObject o = c.object(json, root, u"receipts"_s, false);
        const QString at = root + u".receipts"_s;
        c.allowOnly(o, at, { u"secondFactor"_s });
        const QString factor = c.text(o, at, u"secondFactor"_s, false);
        if (!factor.isEmpty() && factor != u"cardLast4"_s && factor != u"billingZip"_s)
            c.error(at + u".secondFactor"_s, u"must be \"billingZip\" or \"cardLast4\""_s);
    }
    QStringList overrideIds;
    c.objects(json, root, u"overrideReasons"_s, false, 0, [&](const QJsonObject &o, const QString &at) {
        c.allowOnly(o, at, { u"id"_s, u"label"_s });
        static const QRegularExpression id(u"^[a-z][a-z0-9_]*$"_s);
        const QString code = c.text(o, at, u"id"_s, true, id, u"lower-case letters, digits and _"_s);
        if (overrideIds.contains(code))
            c.error(at + u".id"_s, u"duplicate override reason \"%1\""_s.arg(code));
        overrideIds.append(code);
        const QJsonObject label = c.object(o, at, u"label"_s, true);
        c.allowOnly(label, at + u".label"_s, { u"en"_s, u"es"_s, u"fr"_s });
        for (const QString &language : { u"en"_s, u"es"_s, u"fr"_s })
            c.text(label, at + u".label"_s, language, language == u"en"_s);
    });
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

    return errors;
}

} // namespace kiosk
