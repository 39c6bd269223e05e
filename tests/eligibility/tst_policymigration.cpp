#include "eligibility/EligibilityEngine.h"
#include "policy/PolicyLoader.h"
#include "policy/PolicyMigration.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace kiosk;

namespace {

const QString SourceDir = QStringLiteral(KIOSK_SOURCE_DIR);
const QString GoldenPath = SourceDir + u"/tests/eligibility/data/v1-decisions.txt"_s;

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QJsonDocument::fromJson(file.readAll()).object();
}

/// The v1 policies whose decisions were recorded before the v2 format existed.
const QStringList &v1Policies()
{
    static const QStringList paths { SourceDir + u"/kiosk-config/policies/src/apparel.json"_s,
        SourceDir + u"/kiosk-config/policies/src/department-holiday.json"_s,
        SourceDir + u"/kiosk-config/policies/src/electronics.json"_s,
        SourceDir + u"/tests/eligibility/data/engine-policy.json"_s };
    return paths;
}

/// Everything a decision tells the shopper and the till, on one line.
QString describe(const LineDecision &d)
{
    QStringList resolutions;
    for (Resolution r : d.resolutions)
        resolutions.append(resolutionName(r));
    return QStringList { LineDecision::decisionName(d.decision), d.reasonCode, d.ruleId,
        d.lastDay.toString(Qt::ISODate), QString::number(d.quantity), QString::number(d.lineValue),
        QString::number(d.restockingFee), QString::number(d.refund), QString::number(d.storeCredit),
        d.keepIt ? u"keep"_s : u"-"_s, d.bin, resolutions.join(u','),
        d.decision == LineDecision::Decision::Eligible ? d.questions.join(u',') : QString() }
        .join(u'|');
}

/// A fixed, seeded spread of orders across categories, tiers, dates, reasons, answers, prices and
/// limits; each decision described on one line.
QStringList decideGrid(const Policy &policy, const QStringList &reasons, const QStringList &questions)
{
    static const QStringList categories { u"apparel"_s, u"outerwear"_s, u"footwear"_s, u"accessories"_s,
        u"swimwear"_s, u"underwear"_s, u"beauty"_s, u"home"_s, u"toys"_s, u"books"_s, u"electronics"_s,
        u"phones"_s, u"computers"_s, u"appliances"_s, u"gift-cards"_s, u"perishables"_s, u"personal-care"_s,
        u"clearance"_s, u"custom-made"_s };
    static const QStringList tiers { QString(), u"silver"_s, u"gold"_s, u"plus"_s };
    const QDateTime epoch = QDateTime::fromString(u"2026-09-01T00:00:00Z"_s, Qt::ISODate);
    QRandomGenerator rng(16);
    QStringList out;
    for (int i = 0; i < 600; ++i) {
        Order order;
        order.id = u"RK-%1"_s.arg(i);
        order.currency = u"USD"_s;
        order.customerRef = u"c"_s;
        order.loyaltyTier = tiers[rng.bounded(int(tiers.size()))];
        order.placedAt = epoch.addSecs(rng.bounded(150 * 86400));
        if (rng.bounded(8) != 0)
            order.deliveredAt = order.placedAt.addSecs(rng.bounded(6 * 86400));
        if (rng.bounded(10) != 0)
            order.paymentMethods = { u"card"_s };
        const int lines = 1 + rng.bounded(3);
        for (int n = 1; n <= lines; ++n) {
            OrderLine line;
            line.lineNo = n;
            line.sku = u"S%1"_s.arg(n);
            line.category = categories[rng.bounded(int(categories.size()))];
            static const MinorUnits prices[] = { 300, 800, 1000, 1500, 1501, 4999, 19999, 60000 };
            line.unitPrice = prices[rng.bounded(8)];
            line.quantity = 1 + rng.bounded(3);
            line.quantityReturned = rng.bounded(4) == 0 ? rng.bounded(line.quantity + 1) : 0;
            line.finalSale = rng.bounded(25) == 0;
            line.nonReturnable = rng.bounded(25) == 0;
            order.lines.push_back(line);
        }
        EligibilityRequest request;
        request.order = &order;
        request.policy = &policy;
        request.now = order.placedAt.addSecs(rng.bounded(rng.bounded(3) == 0 ? 110 * 86400 : 45 * 86400));
        request.storeZone
            = QTimeZone(rng.bounded(2) ? QByteArray("America/New_York") : QByteArray("Europe/Paris"));
        request.offline = rng.bounded(5) == 0;
        request.cacheSyncedAt = request.now.addSecs(-rng.bounded(100 * 3600));
        request.history.returnsLast30Days = rng.bounded(5) == 0 ? rng.bounded(14) : 0;
        request.history.offlineRefundedToday = rng.bounded(3) * 50000;
        for (const OrderLine &line : order.lines) {
            if (rng.bounded(3) == 0)
                continue;
            EligibilityRequest::Selection selection { line.lineNo, rng.bounded(line.quantity + 1),
                rng.bounded(3) == 0 ? QString() : reasons[rng.bounded(int(reasons.size()))], {} };
            for (const QString &question : questions) {
                if (const int a = rng.bounded(3); a > 0)
                    selection.answers.insert(question, a == 1);
            }
            request.selections.push_back(selection);
        }
        const EligibilityResult result = EligibilityEngine::decide(request);
        for (const LineDecision &d : result.lines)
            out.append(u"%1 %2 "_s.arg(order.id).arg(d.lineNo) + describe(d));
    }
    return out;
}

QStringList listOf(const QJsonObject &policy, const QString &key, const QString &field)
{
    QStringList out;
    for (const QJsonValue &v : policy.value(key).toArray())
        out.append(v.toObject().value(field).toString());
    return out;
}

QStringList decideAll(const std::function<PolicyLoader::Result(const QJsonObject &)> &load)
{
    QStringList out;
    for (const QString &path : v1Policies()) {
        const QJsonObject json = readJson(path);
        const PolicyLoader::Result loaded = load(json);
        if (!loaded.policy)
            qFatal("%s: %s", qPrintable(path), qPrintable(loaded.errors.join(u'\n')));
        out.append(u"# "_s + json.value(u"policyId"_s).toString());
        QStringList reasons = listOf(json, u"reasons"_s, u"code"_s);
        if (reasons.size() > 1)
            reasons.append(u"no_such_reason"_s);
        out += decideGrid(*loaded.policy, reasons, listOf(json, u"conditionQuestions"_s, u"id"_s));
    }
    return out;
}

QStringList golden()
{
    QFile file(GoldenPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
}

} // namespace

/// The decisions of the shipped v1 policies (and the engine table's policy), recorded in
/// data/v1-decisions.txt before the v2 format existed, must not change.
class TestPolicyMigration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordWhenAsked()
    {
        if (qEnvironmentVariableIsEmpty("KIOSK_RECORD_V1_DECISIONS"))
            QSKIP("set KIOSK_RECORD_V1_DECISIONS=1 to re-record the v1 decisions");
        QFile file(GoldenPath);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(decideAll([](const QJsonObject &json) { return PolicyLoader::fromJson(json); })
                       .join(u'\n')
                       .toUtf8()
            + '\n');
    }

    void v1DecidesAsRecorded()
    {
        const QStringList expected = golden();
        QVERIFY(expected.size() > 2000);
        const QStringList actual
            = decideAll([](const QJsonObject &json) { return PolicyLoader::fromJson(json); });
        QCOMPARE(actual.size(), expected.size());
        for (qsizetype i = 0; i < actual.size(); ++i)
            QCOMPARE(actual[i], expected[i]);
    }

    // What `kioskctl policy migrate` prints loads as a format 2 document a retailer wrote (every check,
    // none of the leniency format 1 keeps) and decides exactly as recorded.
    void migratedDocumentsDecideAsRecorded()
    {
        const QStringList expected = golden();
        const QStringList actual = decideAll([](const QJsonObject &json) {
            PolicyLoader::Result result = PolicyLoader::fromJson(PolicyMigration::toV2(json));
            if (result.policy && result.policy->formatVersion != 2)
                result = { nullptr, { u"not loaded as format 2"_s } };
            return result;
        });
        QCOMPARE(actual.size(), expected.size());
        for (qsizetype i = 0; i < actual.size(); ++i)
            QCOMPARE(actual[i], expected[i]);
    }

    // Format 1's 0 meant "no limit" in customerLimits and "nothing without a colleague" in offlineLimits:
    // format 2 says which, with the unit, and the migrated policy decides as before.
    void migrationMakesLimitsExplicit()
    {
        QJsonObject v1 = readJson(v1Policies().at(0));
        v1.insert(u"customerLimits"_s,
            QJsonObject { { u"id"_s, u"limits.customer"_s }, { u"maxReturnsPer30Days"_s, 0 },
                { u"maxValueWithoutStaff"_s, 0 } });
        v1.insert(u"offlineLimits"_s,
            QJsonObject { { u"id"_s, u"limits.offline"_s }, { u"maxCacheAgeHours"_s, 12 },
                { u"maxRefundPerReturn"_s, 0 }, { u"maxRefundPerDay"_s, 30000 } });
        const QJsonObject v2 = PolicyMigration::toV2(v1);
        QCOMPARE(v2.value(u"customerLimits"_s).toObject(),
            (QJsonObject { { u"id"_s, u"limits.customer"_s }, { u"maxReturnsPer30Days"_s, u"none"_s },
                { u"maxValueWithoutStaff"_s, u"none"_s } }));
        QCOMPARE(v2.value(u"offlineLimits"_s).toObject(),
            (QJsonObject { { u"id"_s, u"limits.offline"_s },
                { u"maxCacheAge"_s, QJsonObject { { u"hours"_s, 12 } } },
                { u"maxRefundPerReturn"_s, QJsonObject { { u"minorUnits"_s, 0 } } },
                { u"maxRefundPerDay"_s, QJsonObject { { u"minorUnits"_s, 30000 } } } }));
        for (const PolicyLoader::Result &loaded :
            { PolicyLoader::fromJson(v1), PolicyLoader::fromJson(v2) }) {
            QVERIFY2(loaded.policy, qPrintable(loaded.errors.join(u'\n')));
            const Policy &p = *loaded.policy;
            QVERIFY(!p.customerLimits.maxReturnsPer30Days && !p.customerLimits.maxValueWithoutStaff);
            QCOMPARE(p.offlineLimits.maxCacheAgeHours.value_or(-1), 12);
            QCOMPARE(p.offlineLimits.maxRefundPerReturn.value_or(-1), 0);
            QCOMPARE(p.offlineLimits.maxRefundPerDay.value_or(-1), 30000);
        }
    }

    void migrationKeepsTheRuleIds()
    {
        const QJsonObject v2 = PolicyMigration::toV2(readJson(v1Policies().at(1)));
        QStringList ids;
        for (const QJsonValue &rule : v2.value(u"rules"_s).toArray())
            ids.append(rule.toObject().value(u"id"_s).toString());
        // "*" before the exact categories, so that the later (more specific) rule wins.
        QVERIFY(ids.indexOf(u"window.standard"_s) < ids.indexOf(u"window.home"_s));
        QVERIFY(ids.indexOf(u"bin.general"_s) < ids.indexOf(u"bin.tech"_s));
        for (const QString &id : { u"tier.gold"_s, u"fee.opened_electronics"_s, u"keepit.low_value"_s,
                 u"question.unopened"_s, u"finalSaleCategories"_s, u"nonReturnableCategories"_s })
            QVERIFY2(ids.contains(id), qPrintable(id));
        QCOMPARE(v2.value(u"schemaVersion"_s).toInt(), 2);
    }
};

QTEST_GUILESS_MAIN(TestPolicyMigration)
#include "tst_policymigration.moc"
