#include "eligibility/EligibilityEngine.h"
#include "policy/PolicyLoader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace kiosk;

namespace {

const QString SourceDir = QStringLiteral(KIOSK_SOURCE_DIR);

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QJsonDocument::fromJson(file.readAll()).object();
}

QDateTime at(const QJsonObject &c, const QString &key, const char *fallback)
{
    return QDateTime::fromString(c.value(key).toString(QString::fromLatin1(fallback)), Qt::ISODate);
}

/// One table case: an order of one line (defaults: placed 1 Oct 2026 11:00 New York time, delivered on the
/// 3rd, paid by card, returned on the 15th) and what the example policy must decide for it.
LineDecision decide(const Policy &policy, const QTimeZone &zone, const QJsonObject &c)
{
    Order order;
    order.id = u"RK-1"_s;
    order.currency = policy.currency;
    order.customerRef = u"c"_s;
    order.loyaltyTier = c.value(u"tier"_s).toString();
    order.placedAt = at(c, u"placedAt"_s, "2026-10-01T15:00:00Z");
    if (!c.value(u"deliveryUnknown"_s).toBool())
        order.deliveredAt = at(c, u"deliveredAt"_s, "2026-10-03T15:00:00Z");
    order.paymentMethods = { u"card"_s };
    if (c.value(u"store"_s).toBool())
        order.receipt = { 12, 3, 4567, order.placedAt.date() };
    const QJsonObject l = c.value(u"line"_s).toObject();
    OrderLine line;
    line.lineNo = 1;
    line.sku = u"SKU-1"_s;
    line.category = l.value(u"category"_s).toString();
    line.unitPrice = l.value(u"unitPrice"_s).toInteger();
    line.quantity = l.value(u"quantity"_s).toInt(1);
    for (const QString &attribute : { u"brand"_s, u"tags"_s })
        if (l.contains(attribute))
            line.attributes.insert(attribute, l.value(attribute).toString());
    order.lines.push_back(line);

    EligibilityRequest request;
    request.order = &order;
    request.policy = &policy;
    request.now = at(c, u"now"_s, "2026-10-15T15:00:00Z");
    request.storeZone = zone;
    EligibilityRequest::Selection selection { 1, 0, c.value(u"reason"_s).toString(), {} };
    const QJsonObject answers = c.value(u"answers"_s).toObject();
    for (auto it = answers.begin(); it != answers.end(); ++it)
        selection.answers.insert(it.key(), it.value().toBool());
    request.selections.push_back(selection);
    return EligibilityEngine::decide(request).lines.at(0);
}

} // namespace

/// The example policies of kiosk-config/policies/v2, each against its own table of cases
/// (tests/eligibility/data/v2-cases/): at least 15 per policy, and together naming every rule it has.
class TestPolicyExamples : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void examples_data()
    {
        QTest::addColumn<QString>("cases");
        const QStringList files
            = QDir(SourceDir + u"/tests/eligibility/data/v2-cases"_s).entryList({ u"*.json"_s });
        QVERIFY(!files.isEmpty());
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << SourceDir + u"/tests/eligibility/data/v2-cases/"_s + file;
    }

    void examples()
    {
        QFETCH(QString, cases);
        const QJsonObject table = readJson(cases);
        const PolicyLoader::Result loaded
            = PolicyLoader::fromJson(readJson(SourceDir + u'/' + table.value(u"policy"_s).toString()));
        QVERIFY2(loaded.policy, qPrintable(loaded.errors.join(u'\n')));
        const Policy &policy = *loaded.policy;
        const QTimeZone zone(table.value(u"zone"_s).toString().toLatin1());
        const QJsonArray all = table.value(u"cases"_s).toArray();
        QVERIFY(all.size() >= 15);
        QSet<QString> named;
        for (const QJsonValue &value : all) {
            const QJsonObject c = value.toObject();
            const QString name = c.value(u"name"_s).toString();
            const LineDecision d = decide(policy, zone, c);
            for (const QString &id : d.ruleIds)
                named.insert(id);
            const QJsonObject actual = d.toJson();
            const QJsonObject expected = c.value(u"expect"_s).toObject();
            for (auto it = expected.begin(); it != expected.end(); ++it) {
                const QString field = it.key() == u"fee"_s ? u"restockingFee"_s : it.key();
                QVERIFY2(actual.value(field) == it.value(),
                    qPrintable(u"%1: %2 is %3, expected %4"_s.arg(name, it.key(),
                        QString::fromUtf8(
                            QJsonDocument(QJsonArray { actual.value(field) }).toJson(QJsonDocument::Compact)),
                        QString::fromUtf8(
                            QJsonDocument(QJsonArray { it.value() }).toJson(QJsonDocument::Compact)))));
            }
        }
        for (const Policy::Rule &rule : policy.rules)
            QVERIFY2(
                named.contains(rule.id), qPrintable(u"no case shows rule \"%1\" deciding"_s.arg(rule.id)));
    }
};

QTEST_GUILESS_MAIN(TestPolicyExamples)
#include "tst_policyexamples.moc"
