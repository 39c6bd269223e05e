#include "PolicyV2Reader.h"

#include "PolicySchema.h"
#include "crypto/Ed25519.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace kiosk {

namespace {

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out.append(v.toString());
    return out;
}

std::optional<Policy::Anchor> anchor(const QJsonValue &value)
{
    if (value.isUndefined())
        return std::nullopt;
    return value.toString() == u"purchase"_s ? Policy::Anchor::Purchase : Policy::Anchor::Delivery;
}

/// Maps one schema-valid document onto Policy and checks what the schema cannot.
class Reader
{
public:
    Reader(const QJsonObject &json, QString root, PolicyV2Reader::Mode mode)
        : m_json(json)
        , m_root(std::move(root))
        , m_mode(mode)
    { }

    PolicyLoader::Result read()
    {
        auto policy = std::make_shared<Policy>();
        m_policy = policy.get();
        header();
        const QJsonArray rules = m_json.value(u"rules"_s).toArray();
        for (qsizetype i = 0; i < rules.size(); ++i)
            m_policy->rules.push_back(rule(rules.at(i).toObject(), i));
        limits();
        if (m_mode == PolicyV2Reader::Mode::Strict) {
            shadowed();
            defaults();
        }
        if (!m_errors.isEmpty())
            return { nullptr, m_errors };
        return { std::move(policy), {} };
    }

private:
    QString rulePath(qsizetype index) const { return m_root + u".rules["_s + QString::number(index) + u']'; }

    /// "$.rules[3].effects.fee (rule "fee.opened")": where, and which rule.
    QString at(qsizetype rule, const QString &tail) const
    {
        const QString id = m_json.value(u"rules"_s).toArray().at(rule).toObject().value(u"id"_s).toString();
        return rulePath(rule) + tail + u" (rule \""_s + id + u"\")"_s;
    }

    void error(const QString &path, const QString &message) { m_errors.append(path + u": "_s + message); }

    void uniqueId(const QString &id, const QString &path)
    {
        if (m_ids.contains(id))
            error(path, u"duplicate rule id \"%1\""_s.arg(id));
        m_ids.insert(id);
    }

    QDate date(const QJsonValue &value, const QString &path)
    {
        const QDate d = QDate::fromString(value.toString(), Qt::ISODate);
        if (!d.isValid())
            error(path, u"\"%1\" is not a calendar date"_s.arg(value.toString()));
        return d;
    }

    QDateTime time(const QString &name)
    {
        const QDateTime t = QDateTime::fromString(m_json.value(name).toString(), Qt::ISODateWithMs);
        if (!t.isValid())
            error(m_root + u'.' + name, u"must be an ISO 8601 time with offset"_s);
        return t;
    }

    void knownReason(const QString &code, const QString &path)
    {
        if (!m_policy->reason(code))
            error(path, u"unknown reason \"%1\""_s.arg(code));
    }

    void header()
    {
        Policy &p = *m_policy;
        p.formatVersion = m_mode == PolicyV2Reader::Mode::Migrated ? 1 : 2;
        p.policyId = m_json.value(u"policyId"_s).toString();
        p.version = m_json.value(u"version"_s).toInt();
        p.retailer = m_json.value(u"retailer"_s).toString();
        p.retailerId = m_json.value(u"retailerId"_s).toString();
        p.currency = m_json.value(u"currency"_s).toString();
        p.issuedAt = time(u"issuedAt"_s);
        p.notBefore = time(u"notBefore"_s);
        p.notAfter = time(u"notAfter"_s);
        if (p.notBefore.isValid() && p.notAfter.isValid() && p.notAfter <= p.notBefore)
            error(m_root + u".notAfter"_s,
                u"must be after notBefore (%1)"_s.arg(p.notBefore.toString(Qt::ISODate)));
        const QJsonArray reasons = m_json.value(u"reasons"_s).toArray();
        for (qsizetype i = 0; i < reasons.size(); ++i) {
            const QJsonObject o = reasons.at(i).toObject();
            const Policy::Reason r { o.value(u"id"_s).toString(), o.value(u"messageKey"_s).toString() };
            if (p.reason(r.code))
                error(m_root + u".reasons[%1].id"_s.arg(i), u"duplicate reason \"%1\""_s.arg(r.code));
            p.reasons.push_back(r);
        }
        p.defaultReason = m_json.value(u"defaultReason"_s).toString();
        knownReason(p.defaultReason, m_root + u".defaultReason"_s);
        const QJsonArray overrides = m_json.value(u"overrideReasons"_s).toArray();
        for (qsizetype i = 0; i < overrides.size(); ++i) {
            const QJsonObject o = overrides.at(i).toObject();
            Policy::OverrideReason r { o.value(u"id"_s).toString(), {} };
            const QJsonObject label = o.value(u"label"_s).toObject();
            for (auto it = label.begin(); it != label.end(); ++it)
                r.label.insert(it.key(), it.value().toString());
            if (p.overrideReason(r.id))
                error(m_root + u".overrideReasons[%1].id"_s.arg(i),
                    u"duplicate override reason \"%1\""_s.arg(r.id));
            p.overrideReasons.push_back(std::move(r));
        }
        const QJsonArray questions = m_json.value(u"questions"_s).toArray();
        for (qsizetype i = 0; i < questions.size(); ++i) {
            const QJsonObject o = questions.at(i).toObject();
            const Policy::Question q { o.value(u"id"_s).toString(), o.value(u"messageKey"_s).toString() };
            if (p.question(q.id))
                error(m_root + u".questions[%1].id"_s.arg(i), u"duplicate question \"%1\""_s.arg(q.id));
            p.questions.push_back(q);
        }
        p.bins = strings(m_json.value(u"bins"_s));
        if (m_json.value(u"receipts"_s).toObject().value(u"secondFactor"_s).toString() == u"cardLast4"_s)
            p.receiptFactor = SecondFactor::CardLast4;
        const QJsonArray keys = m_json.value(u"returnTokenKeys"_s).toArray();
        for (qsizetype i = 0; i < keys.size(); ++i) {
            const QJsonObject o = keys.at(i).toObject();
            const QString keyId = o.value(u"keyId"_s).toString();
            const QByteArray key = QByteArray::fromBase64(
                o.value(u"publicKey"_s).toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            const QString path = m_root + u".returnTokenKeys[%1]"_s.arg(i);
            if (key.size() != crypto::Ed25519::PublicKeySize)
                error(path + u".publicKey"_s, u"must be a base64 Ed25519 public key (32 bytes)"_s);
            else if (p.returnTokenKeys.contains(keyId))
                error(path + u".keyId"_s, u"duplicate key id \"%1\""_s.arg(keyId));
            else
                p.returnTokenKeys.insert(keyId, key);
        }
    }

    Policy::Match match(const QJsonObject &o, qsizetype index)
    {
        Policy::Match m;
        m.categories = strings(o.value(u"categories"_s));
        m.brands = strings(o.value(u"brands"_s));
        m.tags = strings(o.value(u"tags"_s));
        m.tiers = strings(o.value(u"tiers"_s));
        m.channels = strings(o.value(u"channels"_s));
        m.reasons = strings(o.value(u"reasons"_s));
        for (qsizetype i = 0; i < m.reasons.size(); ++i)
            knownReason(m.reasons[i], at(index, u".match.reasons[%1]"_s.arg(i)));
        const QJsonObject price = o.value(u"unitPrice"_s).toObject();
        if (price.contains(u"min"_s))
            m.minUnitPrice = price.value(u"min"_s).toInteger();
        if (price.contains(u"max"_s))
            m.maxUnitPrice = price.value(u"max"_s).toInteger();
        if (m.minUnitPrice && m.maxUnitPrice && *m.minUnitPrice > *m.maxUnitPrice)
            error(at(index, u".match.unitPrice"_s), u"can never match: min is above max"_s);
        const QJsonObject answers = o.value(u"answers"_s).toObject();
        for (auto it = answers.begin(); it != answers.end(); ++it) {
            if (!m_policy->question(it.key()))
                error(at(index, u".match.answers[\"%1\"]"_s.arg(it.key())),
                    u"unknown question \"%1\""_s.arg(it.key()));
            m.answers.emplace_back(it.key(), it.value().toBool());
        }
        return m;
    }

    Policy::Holidays holidays(const QJsonObject &o, qsizetype index)
    {
        Policy::Holidays h;
        h.by = *anchor(o.value(u"by"_s));
        const QJsonArray periods = o.value(u"periods"_s).toArray();
        for (qsizetype i = 0; i < periods.size(); ++i) {
            const QJsonObject p = periods.at(i).toObject();
            const QString tail = u".effects.holidays.periods[%1]"_s.arg(i);
            Policy::HolidayPeriod period { p.value(u"id"_s).toString(),
                date(p.value(u"from"_s), at(index, tail + u".from"_s)),
                date(p.value(u"until"_s), at(index, tail + u".until"_s)),
                date(p.value(u"returnUntil"_s), at(index, tail + u".returnUntil"_s)) };
            uniqueId(period.id, at(index, tail + u".id"_s));
            if (period.from.isValid() && period.until.isValid() && period.until < period.from)
                error(at(index, tail + u".until"_s), u"must not be before from"_s);
            if (period.until.isValid() && period.returnUntil.isValid() && period.returnUntil < period.until)
                error(at(index, tail + u".returnUntil"_s), u"must not be before until"_s);
            for (size_t j = 0; m_mode == PolicyV2Reader::Mode::Strict && j < h.periods.size(); ++j) {
                const Policy::HolidayPeriod &other = h.periods[j];
                if (period.from.isValid() && period.until.isValid() && other.from.isValid()
                    && other.until.isValid() && period.from <= other.until && other.from <= period.until)
                    error(at(index, tail),
                        u"period \"%1\" overlaps period \"%2\" (%3 to %4)"_s.arg(period.id, other.id,
                            other.from.toString(Qt::ISODate), other.until.toString(Qt::ISODate)));
            }
            h.periods.push_back(period);
        }
        return h;
    }

    Policy::Effects effects(const QJsonObject &o, qsizetype index)
    {
        Policy::Effects e;
        if (o.contains(u"window"_s)) {
            const QJsonObject w = o.value(u"window"_s).toObject();
            Policy::Window window;
            if (w.contains(u"until"_s)) {
                window.until = date(w.value(u"until"_s), at(index, u".effects.window.until"_s));
            } else {
                window.days = w.value(u"days"_s).toInt();
                window.anchor = *anchor(w.value(u"from"_s));
            }
            e.window = window;
        }
        if (o.contains(u"extraDays"_s))
            e.extraDays = o.value(u"extraDays"_s).toInt();
        if (o.contains(u"holidays"_s))
            e.holidays = holidays(o.value(u"holidays"_s).toObject(), index);
        if (o.contains(u"fee"_s)) {
            const QJsonObject f = o.value(u"fee"_s).toObject();
            Policy::Fee fee { f.value(u"percent"_s).toInt(), f.value(u"amount"_s).toInteger(),
                strings(f.value(u"waivedFor"_s)) };
            for (qsizetype i = 0; i < fee.waivedFor.size(); ++i)
                knownReason(fee.waivedFor[i], at(index, u".effects.fee.waivedFor[%1]"_s.arg(i)));
            e.fee = fee;
        }
        if (o.contains(u"keepIt"_s)) {
            const QJsonObject k = o.value(u"keepIt"_s).toObject();
            e.keepIt = Policy::KeepIt { o.value(u"keepIt"_s).isObject(),
                k.value(u"maxUnitValue"_s).toInteger(-1), k.value(u"maxLineValue"_s).toInteger(-1) };
        }
        if (o.contains(u"resolutions"_s)) {
            std::vector<Resolution> resolutions;
            for (const QString &name : strings(o.value(u"resolutions"_s)))
                resolutions.push_back(*resolutionFromName(name));
            e.resolutions = resolutions;
        }
        if (o.contains(u"storeCreditBonusPercent"_s))
            e.storeCreditBonusPercent = o.value(u"storeCreditBonusPercent"_s).toInt();
        if (o.contains(u"bin"_s)) {
            e.bin = o.value(u"bin"_s).toString();
            if (!m_policy->bins.contains(*e.bin))
                error(at(index, u".effects.bin"_s), u"unknown bin \"%1\" (not in $.bins)"_s.arg(*e.bin));
        }
        if (o.contains(u"outcome"_s))
            e.outcome = outcomeFromName(o.value(u"outcome"_s).toString());
        const QJsonObject message = o.value(u"message"_s).toObject();
        for (auto it = message.begin(); it != message.end(); ++it)
            e.message.insert(it.key(), it.value().toString());
        return e;
    }

    Policy::Rule rule(const QJsonObject &o, qsizetype index)
    {
        const QString id = o.value(u"id"_s).toString();
        uniqueId(id, at(index, u".id"_s));
        return { id, match(o.value(u"match"_s).toObject(), index),
            effects(o.value(u"effects"_s).toObject(), index) };
    }

    /// A limit as the schema allows it: "none", or an object holding the number under its unit's name.
    template<typename T> static std::optional<T> limit(const QJsonObject &block, const QString &name)
    {
        const QJsonValue value = block.value(name);
        if (value.isString())
            return std::nullopt; // "none"
        const QJsonObject object = value.toObject();
        return T(object.begin().value().toInteger());
    }

    void limits()
    {
        const QJsonObject customer = m_json.value(u"customerLimits"_s).toObject();
        m_policy->customerLimits
            = { customer.value(u"id"_s).toString(), limit<int>(customer, u"maxReturnsPer30Days"_s),
                  limit<MinorUnits>(customer, u"maxValueWithoutStaff"_s) };
        uniqueId(m_policy->customerLimits.id, m_root + u".customerLimits.id"_s);
        const QJsonObject offline = m_json.value(u"offlineLimits"_s).toObject();
        m_policy->offlineLimits = { offline.value(u"id"_s).toString(), limit<int>(offline, u"maxCacheAge"_s),
            limit<MinorUnits>(offline, u"maxRefundPerReturn"_s),
            limit<MinorUnits>(offline, u"maxRefundPerDay"_s) };
        uniqueId(m_policy->offlineLimits.id, m_root + u".offlineLimits.id"_s);
    }

    /// A rule is dead when a later rule applies to every line it applies to and overrides every effect
    /// it sets: nothing it says can ever reach a decision.
    void shadowed()
    {
        const std::vector<Policy::Rule> &rules = m_policy->rules;
        for (size_t i = 0; i < rules.size(); ++i) {
            const QStringList effects = rules[i].effects.names();
            for (size_t j = i + 1; j < rules.size(); ++j) {
                const QStringList later = rules[j].effects.names();
                const bool overridesAll = std::all_of(
                    effects.begin(), effects.end(), [&](const QString &e) { return later.contains(e); });
                if (overridesAll && rules[j].match.covers(rules[i].match)) {
                    error(at(qsizetype(i), {}),
                        u"can never decide anything: rule \"%1\" (%2) comes later, applies to every line "
                        u"this "
                        "rule applies to and sets %3"_s.arg(
                            rules[j].id, rulePath(qsizetype(j)), effects.join(u", "_s)));
                    break;
                }
            }
        }
    }

    /// Every line needs a window and a bin: rules that apply to everything must set them.
    void defaults()
    {
        bool window = false;
        bool bin = false;
        for (const Policy::Rule &r : m_policy->rules) {
            if (!r.match.isEmpty())
                continue;
            window = window || r.effects.window;
            bin = bin || r.effects.bin;
        }
        if (!window)
            error(m_root + u".rules"_s,
                u"no rule without a match sets a window: lines no other rule fits would have none (give your "
                "first rule an empty match and a window)"_s);
        if (!bin)
            error(m_root + u".rules"_s,
                u"no rule without a match sets a bin: lines no other rule fits would have none (give your "
                "first rule an empty match and a bin)"_s);
    }

    const QJsonObject &m_json;
    const QString m_root;
    const PolicyV2Reader::Mode m_mode;
    Policy *m_policy = nullptr;
    QStringList m_errors;
    QSet<QString> m_ids;
};

} // namespace

PolicyLoader::Result PolicyV2Reader::read(const QJsonObject &json, const QString &root, Mode mode)
{
    QStringList errors = PolicySchema::validate(json, root);
    if (!errors.isEmpty()) {
        // Name the rule an error sits in, as the typed checks do.
        static const QRegularExpression inRule(u"\\.rules\\[(\\d+)\\]([^:]*):"_s);
        const QJsonArray rules = json.value(u"rules"_s).toArray();
        for (QString &e : errors) {
            const QRegularExpressionMatch m = inRule.match(e);
            // (at most 100 characters of it: an id longer than that is itself the error)
            const QString id = rules.at(m.captured(1).toInt()).toObject().value(u"id"_s).toString().left(100);
            if (m.hasMatch() && !id.isEmpty())
                e.insert(m.capturedEnd(2), u" (rule \"%1\")"_s.arg(id));
        }
        return { nullptr, errors };
    }
    return Reader(json, root, mode).read();
}

} // namespace kiosk
