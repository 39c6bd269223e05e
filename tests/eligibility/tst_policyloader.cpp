#include "crypto/Ed25519.h"
#include "policy/EffectsInForce.h"
#include "policy/PolicyLoader.h"
#include "policy/PolicyStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace kiosk;

namespace {

const QString ConfigDir = QStringLiteral(KIOSK_SOURCE_DIR "/kiosk-config");

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonObject sourcePolicy(const QString &name)
{
    return QJsonDocument::fromJson(readFile(ConfigDir + u"/policies/src/"_s + name + u".json"_s)).object();
}

QByteArray demoPrivateKey()
{
    return QByteArray::fromBase64(readFile(ConfigDir + u"/demo/keys/demo-policy-2026.key"_s).trimmed());
}

/// The demo policies' retailer kiosks, at the demo's time (inside the example policies' validity).
ManualClock s_clock(QDateTime(QDate(2026, 11, 20), QTime(15, 0), Qt::UTC));

PolicyLoader::TrustedKeys demoTrust()
{
    QStringList errors;
    const PolicyLoader::TrustedKeys keys
        = PolicyLoader::loadTrustedKeys(ConfigDir + u"/demo/trusted-policy-keys.json"_s, &errors);
    Q_ASSERT(errors.isEmpty());
    return keys;
}

QByteArray signedBytes(const QJsonObject &policy, const QByteArray &key = demoPrivateKey(),
    const QString &keyId = u"demo-policy-2026"_s)
{
    return QJsonDocument(PolicyLoader::signBundle(policy, keyId, key)).toJson();
}

QJsonObject withVersion(QJsonObject policy, int version)
{
    policy.insert(u"version"_s, version);
    return policy;
}

} // namespace

class TestPolicyLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void examplesLoad_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("apparel") << u"apparel"_s;
        QTest::newRow("electronics") << u"electronics"_s;
        QTest::newRow("department-holiday") << u"department-holiday"_s;
    }

    void examplesLoad()
    {
        QFETCH(QString, name);
        const auto result = PolicyLoader::fromBundleFile(
            ConfigDir + u"/policies/"_s + name + u".policy.json"_s, demoTrust());
        QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.join(u'\n')));
        QVERIFY(result.policy);
        QVERIFY(result.policy->returnTokenKeys.contains(u"demo-return-token-2026"_s));
        QVERIFY(!result.policy->rules.empty());
    }

    void loadsTheDocumentFieldByField()
    {
        const auto result
            = PolicyLoader::fromBundle(signedBytes(sourcePolicy(u"department-holiday"_s)), demoTrust());
        QVERIFY(result.policy);
        const Policy &p = *result.policy;
        QCOMPARE(p.version, 12);
        QCOMPARE(p.formatVersion, 1); // loaded through the migration to rules
        Order order;
        const auto effects = [&](const QString &category, const QString &reason = u"changed_mind"_s) {
            OrderLine line;
            line.category = category;
            return EffectsInForce::resolve(p, order, line, reason);
        };
        QCOMPARE(effects(u"home"_s).holidays->periods.at(0).returnUntil, QDate(2027, 1, 31));
        QCOMPARE(effects(u"home"_s).window->days, 90);
        QCOMPARE(effects(u"apparel"_s).window.rule->id, u"window.standard"_s);
        QCOMPARE(effects(u"phones"_s).window->anchor, Policy::Anchor::Purchase);
        QCOMPARE(*effects(u"phones"_s).bin, u"TECH"_s);
        QCOMPARE(effects(u"phones"_s).fee->percent, 10);
        QVERIFY(effects(u"phones"_s).fee->waivedFor.contains(u"defective"_s));
        QVERIFY(!effects(u"phones"_s, u"unwanted_gift"_s).fee);
        QCOMPARE(effects(u"books"_s).keepIt->maxLineValue, 1500);
        QCOMPARE(p.offlineLimits.maxCacheAgeHours.value_or(-1), 48);
        QCOMPARE(p.customerLimits.maxReturnsPer30Days.value_or(-1), 8);
        QCOMPARE(*effects(u"books"_s, u"unwanted_gift"_s).resolutions,
            (std::vector { Resolution::StoreCredit, Resolution::Exchange }));
        QCOMPARE(p.receiptFactor, SecondFactor::BillingZip); // no "receipts": the billing ZIP code
    }

    void receiptsNameTheirSecondFactor()
    {
        QJsonObject source = sourcePolicy(u"apparel"_s);
        source.insert(u"receipts"_s, QJsonObject { { u"secondFactor"_s, u"cardLast4"_s } });
        auto result = PolicyLoader::fromBundle(signedBytes(source), demoTrust());
        QVERIFY2(result.policy, qPrintable(result.errors.join(u'\n')));
        QCOMPARE(result.policy->receiptFactor, SecondFactor::CardLast4);
        source.insert(u"receipts"_s, QJsonObject { { u"secondFactor"_s, u"billingZip"_s } });
        result = PolicyLoader::fromBundle(signedBytes(source), demoTrust());
        QVERIFY2(result.policy, qPrintable(result.errors.join(u'\n')));
        QCOMPARE(result.policy->receiptFactor, SecondFactor::BillingZip);
    }

    /// `overrideReasons` in format 1 (migrated) and 2: ids and labels per language, English required.
    void overrideReasonsLoad()
    {
        auto result = PolicyLoader::fromBundle(signedBytes(sourcePolicy(u"apparel"_s)), demoTrust());
        QVERIFY2(result.policy, qPrintable(result.errors.join(u'\n')));
        QCOMPARE(result.policy->overrideReasons.size(), size_t(3));
        QCOMPARE(result.policy->overrideReasons.front().id, u"goodwill"_s);
        QCOMPARE(result.policy->overrideReason(u"store_error"_s)->label.value(u"fr"_s),
            u"Notre erreur (mauvais article, mauvais conseil)"_s);
        QVERIFY(!result.policy->overrideReason(u"because"_s));

        QJsonObject v2 = QJsonDocument::fromJson(
            readFile(QStringLiteral(KIOSK_SOURCE_DIR "/tests/data/policy-v2/good/everything.json")))
                             .object();
        QVERIFY(PolicyLoader::fromBundle(signedBytes(v2), demoTrust()).policy->overrideReasons.empty());
        const QJsonObject goodwill { { u"id"_s, u"goodwill"_s },
            { u"label"_s, QJsonObject { { u"en"_s, u"Goodwill"_s } } } };
        v2.insert(u"overrideReasons"_s, QJsonArray { goodwill });
        result = PolicyLoader::fromBundle(signedBytes(v2), demoTrust());
        QVERIFY2(result.policy, qPrintable(result.errors.join(u'\n')));
        QCOMPARE(result.policy->overrideReason(u"goodwill"_s)->label.value(u"en"_s), u"Goodwill"_s);

        const auto refused = [](const QJsonObject &policy, const QString &error) {
            const auto r = PolicyLoader::fromBundle(signedBytes(policy), demoTrust());
            QVERIFY(!r.policy);
            QVERIFY2(r.errors.join(u'\n').contains(error), qPrintable(r.errors.join(u'\n')));
        };
        v2.insert(u"overrideReasons"_s, QJsonArray { goodwill, goodwill });
        refused(v2, u"$.policy.overrideReasons[1].id: duplicate override reason \"goodwill\""_s);
        v2.insert(u"overrideReasons"_s, QJsonArray { QJsonObject { { u"id"_s, u"goodwill"_s } } });
        refused(v2, u"$.policy.overrideReasons[0]"_s);

        QJsonObject v1 = sourcePolicy(u"apparel"_s);
        v1.insert(u"overrideReasons"_s, QJsonArray { goodwill, goodwill });
        refused(v1, u"$.policy.overrideReasons[1].id: duplicate override reason \"goodwill\""_s);
        v1.insert(u"overrideReasons"_s,
            QJsonArray { QJsonObject {
                { u"id"_s, u"goodwill"_s }, { u"label"_s, QJsonObject { { u"es"_s, u"Cortesía"_s } } } } });
        refused(v1, u"$.policy.overrideReasons[0].label.en: is required"_s);
        v1.insert(u"overrideReasons"_s,
            QJsonArray { QJsonObject {
                { u"id"_s, u"Good Will"_s }, { u"label"_s, QJsonObject { { u"en"_s, u"x"_s } } } } });
        refused(v1, u"$.policy.overrideReasons[0].id"_s);
    }

    void rejectsBadBundles_data()
    {
        QTest::addColumn<QByteArray>("bundle");
        QTest::addColumn<QString>("error");
        const QJsonObject good = sourcePolicy(u"apparel"_s);
        QTest::newRow("malformed") << QByteArray("{\"policy\": {") << u"$: malformed JSON at offset"_s;
        QTest::newRow("not an object") << QByteArray("[1]") << u"$: must be an object"_s;
        QTest::newRow("unsigned") << QJsonDocument(QJsonObject { { u"policy"_s, good } }).toJson()
                                  << u"$.signature: is required"_s;
        QTest::newRow("wrong key") << signedBytes(good, crypto::Ed25519::generate().privateKey)
                                   << u"$.signature.value: does not verify with key \"demo-policy-2026\""_s;
        QTest::newRow("untrusted key id") << signedBytes(good, demoPrivateKey(), u"someone-else"_s)
                                          << u"$.signature.keyId: key \"someone-else\" is not trusted"_s;
        QJsonObject tampered = PolicyLoader::signBundle(good, u"demo-policy-2026"_s, demoPrivateKey());
        QJsonObject policy = tampered.value(u"policy"_s).toObject();
        policy.insert(u"storeCreditBonusPercent"_s, 50);
        tampered.insert(u"policy"_s, policy);
        QTest::newRow("tampered after signing")
            << QJsonDocument(tampered).toJson() << u"$.signature.value: does not verify"_s;
        QJsonObject badAlg = PolicyLoader::signBundle(good, u"demo-policy-2026"_s, demoPrivateKey());
        QJsonObject sig = badAlg.value(u"signature"_s).toObject();
        sig.insert(u"alg"_s, u"RS256"_s);
        badAlg.insert(u"signature"_s, sig);
        QTest::newRow("other algorithm")
            << QJsonDocument(badAlg).toJson() << u"$.signature.alg: must be \"Ed25519\""_s;

        auto broken
            = [&](const char *row, const std::function<void(QJsonObject &)> &edit, const QString &error) {
                  QJsonObject p = good;
                  edit(p);
                  QTest::newRow(row) << signedBytes(p) << error; // correctly signed, wrong content
              };
        broken(
            "zero-day window",
            [](QJsonObject &p) {
                QJsonArray w = p.value(u"windows"_s).toArray();
                QJsonObject first = w.at(1).toObject();
                first.insert(u"days"_s, 0);
                w[1] = first;
                p.insert(u"windows"_s, w);
            },
            u"$.policy.windows[1].days: must be a positive integer"_s);
        broken(
            "fractional percent", [](QJsonObject &p) { p.insert(u"storeCreditBonusPercent"_s, 12.5); },
            u"$.policy.storeCreditBonusPercent: must be a non-negative integer"_s);
        broken(
            "unknown category",
            [](QJsonObject &p) { p.insert(u"finalSaleCategories"_s, QJsonArray { u"spaceships"_s }); },
            u"$.policy.finalSaleCategories[0]: unknown category \"spaceships\""_s);
        broken(
            "typo in a property", [](QJsonObject &p) { p.insert(u"windowz"_s, QJsonArray()); },
            u"$.policy.windowz: unknown property"_s);
        broken(
            "undefined default reason", [](QJsonObject &p) { p.insert(u"defaultReason"_s, u"whim"_s); },
            u"$.policy.defaultReason: must be one of the reasons' codes"_s);
        broken(
            "missing offline limits", [](QJsonObject &p) { p.remove(u"offlineLimits"_s); },
            u"$.policy.offlineLimits: is required"_s);
        broken(
            "holiday dates reversed",
            [](QJsonObject &p) {
                p.insert(u"holidayExtensions"_s,
                    QJsonArray { QJsonObject { { u"id"_s, u"h"_s }, { u"purchasedFrom"_s, u"2026-12-01"_s },
                        { u"purchasedUntil"_s, u"2026-11-01"_s }, { u"returnUntil"_s, u"2027-01-31"_s } } });
            },
            u"$.policy.holidayExtensions[0].purchasedUntil: must not be before purchasedFrom"_s);
        broken(
            "category without a window",
            [](QJsonObject &p) {
                p.insert(u"windows"_s,
                    QJsonArray {
                        QJsonObject { { u"id"_s, u"w"_s }, { u"categories"_s, QJsonArray { u"apparel"_s } },
                            { u"days"_s, 30 }, { u"from"_s, u"delivery"_s } } });
            },
            u"$.policy.windows: no window covers category \"footwear\""_s);
        broken(
            "duplicate rule id",
            [](QJsonObject &p) {
                QJsonObject limits = p.value(u"offlineLimits"_s).toObject();
                limits.insert(u"id"_s, u"limits.customer"_s);
                p.insert(u"offlineLimits"_s, limits);
            },
            u"$.policy.offlineLimits.id: duplicate rule id \"limits.customer\""_s);
        broken(
            "bad token key",
            [](QJsonObject &p) {
                p.insert(u"returnTokenKeys"_s,
                    QJsonArray { QJsonObject { { u"keyId"_s, u"k"_s }, { u"publicKey"_s, u"AAAA"_s } } });
            },
            u"$.policy.returnTokenKeys[0].publicKey: must be a base64 Ed25519 public key (32 bytes)"_s);
        broken(
            "unknown receipt factor",
            [](QJsonObject &p) {
                p.insert(u"receipts"_s, QJsonObject { { u"secondFactor"_s, u"signature"_s } });
            },
            u"$.policy.receipts.secondFactor: must be \"billingZip\" or \"cardLast4\""_s);
        broken(
            "receipts not an object", [](QJsonObject &p) { p.insert(u"receipts"_s, u"cardLast4"_s); },
            u"$.policy.receipts: must be an object"_s);
        broken(
            "typo in receipts",
            [](QJsonObject &p) {
                p.insert(u"receipts"_s, QJsonObject { { u"factor"_s, u"cardLast4"_s } });
            },
            u"$.policy.receipts.factor: unknown property"_s);
    }

    void rejectsBadBundles()
    {
        QFETCH(QByteArray, bundle);
        QFETCH(QString, error);
        const auto result = PolicyLoader::fromBundle(bundle, demoTrust());
        QVERIFY(!result.policy);
        const QString all = result.errors.join(u'\n');
        QVERIFY2(all.contains(error), qPrintable(all));
    }

    void reportsEveryError()
    {
        QJsonObject p = sourcePolicy(u"apparel"_s);
        p.insert(u"version"_s, -1);
        p.insert(u"currency"_s, u"dollars"_s);
        p.remove(u"bins"_s);
        const auto result = PolicyLoader::fromBundle(signedBytes(p), demoTrust());
        QCOMPARE(result.errors,
            QStringList({ u"$.policy.version: must be a positive integer"_s,
                u"$.policy.currency: must be an ISO 4217 code"_s, u"$.policy.bins: is required"_s }));
    }

    /// The document is not read until its signature holds: a broken document unsigned, or signed with
    /// a key the kiosk does not trust, gets the signature's error alone.
    void documentIsReadOnlyOnceItsSignatureHolds()
    {
        QJsonObject p = sourcePolicy(u"apparel"_s);
        p.insert(u"version"_s, -1);
        p.remove(u"bins"_s);
        QCOMPARE(
            PolicyLoader::fromBundle(QJsonDocument(QJsonObject { { u"policy"_s, p } }).toJson(), demoTrust())
                .errors,
            QStringList { u"$.signature: is required"_s });
        QCOMPARE(PolicyLoader::fromBundle(signedBytes(p, crypto::Ed25519::generate().privateKey), demoTrust())
                     .errors,
            QStringList { u"$.signature.value: does not verify with key \"demo-policy-2026\""_s });
    }

    // A format 2 document is signed and loaded like any bundle; a bad one leaves it in force.
    void storeTakesFormat2AndKeepsItAgainstABadOne()
    {
        const auto corpus = [](const QString &name) {
            return QJsonDocument::fromJson(
                readFile(QStringLiteral(KIOSK_SOURCE_DIR "/tests/data/policy-v2/") + name))
                .object();
        };
        QTemporaryDir dir;
        const QString path = dir.filePath(u"policy.json"_s);
        PolicyStore store(demoTrust(), path, u"northwind"_s, s_clock);
        const QJsonObject good = corpus(u"good/everything.json"_s);
        const PolicyLoader::Result accepted = store.offer(signedBytes(good));
        QVERIFY2(accepted.policy, qPrintable(accepted.errors.join(u'\n')));
        QCOMPARE(store.current()->formatVersion, 2);
        QCOMPARE(store.current()->rules.size(), size_t(13));

        QJsonObject shadowed = corpus(u"bad/shadowed-rule.json"_s);
        shadowed.insert(u"policyId"_s, good.value(u"policyId"_s));
        shadowed.insert(u"version"_s, 4);
        const PolicyLoader::Result refused = store.offer(signedBytes(shadowed));
        QVERIFY(!refused.policy);
        QVERIFY2(
            refused.errors.contains(
                u"$.policy.rules[1] (rule \"coats\"): can never decide anything: rule \"apparel\" "
                "($.policy.rules[2]) comes later, applies to every line this rule applies to and sets window"_s),
            qPrintable(refused.errors.join(u'\n')));
        QCOMPARE(store.current()->version, 3);

        PolicyStore restarted(demoTrust(), path, u"northwind"_s, s_clock);
        QVERIFY(restarted.loadActive().policy);
        QCOMPARE(restarted.current()->policyId, u"corpus-everything"_s);
        QCOMPARE(restarted.current()->version, 3);
    }

    // A bundle signed by a trusted key is still refused when it names another retailer or is outside
    // its validity period; the policy in force stays, and one that expires is refused at the next start.
    void storeRefusesAnotherRetailerAndOutsideItsValidity()
    {
        QTemporaryDir dir;
        const QString active = dir.filePath(u"policy.json"_s);
        PolicyStore store(demoTrust(), active, u"northwind"_s, s_clock);
        const QJsonObject apparel = withVersion(sourcePolicy(u"apparel"_s), 4);
        QVERIFY(store.offer(signedBytes(apparel)).policy);

        QJsonObject other = withVersion(apparel, 5);
        other.insert(u"retailerId"_s, u"contoso"_s);
        QCOMPARE(store.offer(signedBytes(other)).errors,
            QStringList { u"$.policy.retailerId: the policy is for retailer \"contoso\", this kiosk is "
                          "enrolled with \"northwind\""_s });
        QJsonObject early = withVersion(apparel, 5);
        early.insert(u"notBefore"_s, u"2026-12-01T00:00:00-05:00"_s);
        QCOMPARE(store.offer(signedBytes(early)).errors,
            QStringList { u"$.policy.notBefore: not valid yet: valid from 2026-12-01T05:00:00Z (now "
                          "2026-11-20T15:00:00Z)"_s });
        QJsonObject expired = withVersion(apparel, 5);
        expired.insert(u"notAfter"_s, u"2026-11-20T15:00:00Z"_s);
        QCOMPARE(store.offer(signedBytes(expired)).errors,
            QStringList {
                u"$.policy.notAfter: expired at 2026-11-20T15:00:00Z (now 2026-11-20T15:00:00Z)"_s });
        QCOMPARE(store.current()->version, 4); // the previous valid policy stays in force

        QJsonObject unnamed = withVersion(apparel, 5);
        unnamed.remove(u"retailerId"_s);
        const QStringList missing = store.offer(signedBytes(unnamed)).errors;
        QVERIFY2(missing.size() == 1 && missing.first().startsWith(u"$.policy.retailerId: "_s),
            qPrintable(missing.join(u'\n')));
        QCOMPARE(store.current()->version, 4);

        // Persisted while valid, refused once expired (or for a kiosk of another retailer) at restart.
        ManualClock later(QDateTime(QDate(2028, 1, 1), QTime(0, 0), Qt::UTC));
        PolicyStore restarted(demoTrust(), active, u"northwind"_s, later);
        QCOMPARE(restarted.loadActive().errors,
            QStringList {
                u"$.policy.notAfter: expired at 2028-01-01T00:00:00Z (now 2028-01-01T00:00:00Z)"_s });
        QVERIFY(!restarted.current());
        PolicyStore elsewhere(demoTrust(), active, u"contoso"_s, s_clock);
        QVERIFY(!elsewhere.loadActive().policy);
        QVERIFY(!elsewhere.current());
    }

    void storeKeepsPreviousPolicyInForce()
    {
        QTemporaryDir dir;
        const QString active = dir.filePath(u"policy.json"_s);
        PolicyStore store(demoTrust(), active, u"northwind"_s, s_clock);
        QVERIFY(!store.loadActive().policy); // nothing persisted yet
        QVERIFY(!store.current());
        const QJsonObject apparel = withVersion(sourcePolicy(u"apparel"_s), 4);
        QVERIFY(store.offer(signedBytes(apparel)).policy);
        QCOMPARE(store.current()->version, 4);

        QVERIFY(!store.offer("not json").policy);
        QVERIFY(!store.offer(QJsonDocument(QJsonObject { { u"policy"_s, withVersion(apparel, 4) } }).toJson())
                     .policy);
        QVERIFY(!store.offer(signedBytes(withVersion(apparel, 4), crypto::Ed25519::generate().privateKey))
                     .policy);
        const auto older = store.offer(signedBytes(withVersion(apparel, 2)));
        QCOMPARE(older.errors,
            QStringList { u"$.policy.version: 2 (northwind-apparel) is not newer than version 4 "
                          "(northwind-apparel) in force"_s });
        QCOMPARE(store.current()->version, 4);
        // One version sequence across policy ids: another policy older than, or as old as, the one in
        // force is a rollback too.
        QJsonObject other = withVersion(apparel, 3);
        other.insert(u"policyId"_s, u"northwind-clearance"_s);
        QVERIFY(!store.offer(signedBytes(other)).policy);
        other.insert(u"version"_s, 4);
        QCOMPARE(store.offer(signedBytes(other)).errors,
            QStringList { u"$.policy.version: 4 (northwind-clearance) is not newer than version 4 "
                          "(northwind-apparel) in force"_s });
        QVERIFY(store.offer(signedBytes(apparel)).policy); // the same bundle again: nothing changes
        QCOMPARE(store.current()->policyId, u"northwind-apparel"_s);

        QVERIFY(store.offer(signedBytes(withVersion(apparel, 5))).policy);
        QCOMPARE(store.current()->version, 5);
        PolicyStore restarted(demoTrust(), active, u"northwind"_s, s_clock);
        QVERIFY(restarted.loadActive().policy);
        QCOMPARE(restarted.current()->version, 5);
    }
};

QTEST_GUILESS_MAIN(TestPolicyLoader)
#include "tst_policyloader.moc"
