// SchemaChecker against the real protocol document: what it passes and, above all, what it catches.

#include "SchemaChecker.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using kiosk::contract::SchemaChecker;

class TestSchemaChecker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QFile file(QStringLiteral(KIOSK_PROTOCOL_JSON));
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_spec = QJsonDocument::fromJson(file.readAll()).object();
        QVERIFY(m_spec.contains("paths"_L1));
    }

    void orderConforms()
    {
        const SchemaChecker checker(m_spec);
        const auto schema = checker.responseSchema(u"/v1/orders/{orderId}"_s, u"GET"_s, 200);
        QVERIFY(schema && schema->isObject());
        QCOMPARE(checker.check(order(), *schema), QStringList());
    }

    void problemsAreCaught_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing required")
            << u"id"_s << QJsonValue(QJsonValue::Undefined) << u"lacks the required \"id\""_s;
        QTest::newRow("wrong type") << u"lines"_s << QJsonValue(u"none"_s)
                                    << u"$.lines: is string, not array"_s;
        QTest::newRow("pattern") << u"currency"_s << QJsonValue(u"usd"_s)
                                 << u"$.currency: \"usd\" does not match"_s;
        QTest::newRow("integer") << u"lines.0.unitPrice"_s << QJsonValue(19.99)
                                 << u"is number, not integer"_s;
        QTest::newRow("minimum") << u"lines.0.quantity"_s << QJsonValue(0) << u"below the minimum 1"_s;
        QTest::newRow("date-time") << u"placedAt"_s << QJsonValue(u"2026-11-08 16:20"_s)
                                   << u"is not a date-time"_s;
        QTest::newRow("date-time without offset")
            << u"placedAt"_s << QJsonValue(u"2026-11-08T16:20:00"_s) << u"is not a date-time"_s;
        QTest::newRow("maxLength") << u"returnIds.0"_s << QJsonValue(QString(65, u'a'))
                                   << u"is longer than 64"_s;
        QTest::newRow("additionalProperties typed") << u"lines.0.attributes.size"_s << QJsonValue(3)
                                                    << u"$.lines[0].attributes.size: is number, not string"_s;
    }

    void problemsAreCaught()
    {
        QFETCH(QString, pointer);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        const SchemaChecker checker(m_spec);
        const QStringList problems = checker.check(set(order(), pointer.split(u'.'), value),
            *checker.responseSchema(u"/v1/orders/{orderId}"_s, u"GET"_s, 200));
        QVERIFY2(
            problems.size() == 1 && problems.first().contains(expected), qPrintable(problems.join(u" | "_s)));
    }

    void enumAndClosedObjects()
    {
        const SchemaChecker checker(m_spec);
        const auto results = *checker.responseSchema(u"/v1/returns:batch"_s, u"POST"_s, 200);
        const QJsonObject ok { { "results"_L1,
            QJsonArray { QJsonObject { { "id"_L1, u"x"_s }, { "status"_L1, u"accepted"_s } } } } };
        QCOMPARE(checker.check(ok, results), QStringList());
        const QJsonObject bad { { "results"_L1,
            QJsonArray { QJsonObject { { "id"_L1, u"x"_s }, { "status"_L1, u"ok"_s } } } } };
        QCOMPARE(checker.check(bad, results).size(), 1);
        const auto faults = *checker.responseSchema(u"/v1/admin/faults"_s, u"GET"_s, 200);
        QCOMPARE(checker.check(QJsonObject { { "delayMs"_L1, 0 } }, faults), QStringList());
        QVERIFY(checker.check(QJsonObject { { "explode"_L1, true } }, faults)
                    .first()
                    .contains(u"does not allow"_s));
    }

    void undocumentedStatusesAndBodies()
    {
        const SchemaChecker checker(m_spec);
        QVERIFY(!checker.responseSchema(u"/v1/health"_s, u"GET"_s, 418));
        const auto notModified = checker.responseSchema(u"/v1/policy"_s, u"GET"_s, 304);
        QVERIFY(notModified && notModified->isUndefined()); // documented, without a body
        const auto error = checker.responseSchema(u"/v1/heartbeat"_s, u"POST"_s, 403);
        QVERIFY(error && error->isObject());
        QVERIFY(checker.operations().contains(u"POST /v1/returns:batch"_s));
        QVERIFY(checker.isReferenceOnly(u"/v1/admin/stats"_s, u"GET"_s));
        QVERIFY(!checker.isReferenceOnly(u"/v1/heartbeat"_s, u"POST"_s));
    }

    void unsupportedKeywordsAreNotIgnored()
    {
        const SchemaChecker checker(m_spec);
        const QJsonObject schema { { "type"_L1, u"string"_s }, { "multipleOf"_L1, 2 } };
        QVERIFY(
            checker.check(u"x"_s, schema).first().contains(u"does not support the keyword \"multipleOf\""_s));
    }

private:
    static QJsonObject order()
    {
        return QJsonObject { { "id"_L1, u"RK-1"_s }, { "currency"_L1, u"USD"_s },
            { "placedAt"_L1, u"2026-11-08T16:20:00Z"_s }, { "returnIds"_L1, QJsonArray { u"a"_s } },
            { "lines"_L1,
                QJsonArray { QJsonObject { { "lineNo"_L1, 1 }, { "sku"_L1, u"S"_s }, { "unitPrice"_L1, 1999 },
                    { "quantity"_L1, 2 }, { "attributes"_L1, QJsonObject { { "size"_L1, u"M"_s } } } } } } };
    }

    /// @p root with the value at @p path (object keys and array indexes) replaced, or removed when undefined.
    static QJsonValue set(const QJsonValue &root, QStringList path, const QJsonValue &value)
    {
        if (path.isEmpty())
            return value;
        const QString key = path.takeFirst();
        if (root.isArray()) {
            QJsonArray array = root.toArray();
            array.replace(key.toInt(), set(array.at(key.toInt()), path, value));
            return array;
        }
        QJsonObject object = root.toObject();
        const QJsonValue inner = set(object.value(key), path, value);
        if (inner.isUndefined())
            object.remove(key);
        else
            object.insert(key, inner);
        return object;
    }

    QJsonObject m_spec;
};

QTEST_GUILESS_MAIN(TestSchemaChecker)
#include "tst_schemachecker.moc"
