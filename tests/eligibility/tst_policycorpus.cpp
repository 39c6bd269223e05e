#include "policy/PolicyLoader.h"
#include "policy/PolicySchema.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace kiosk;

namespace {

const QString CorpusDir = QStringLiteral(KIOSK_SOURCE_DIR "/tests/data/policy-v2");

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

/// Runs every document of tests/data/policy-v2 through the JSON Schema (valijson) and through the loader:
/// good documents pass both; each bad one is refused by the one expected.json names, with the error it
/// names, and never accepted by the loader. Every error names a JSON path, and the rule it sits in.
class TestPolicyCorpus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goodDocuments_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList files = QDir(CorpusDir + u"/good"_s).entryList({ u"*.json"_s });
        QVERIFY(files.size() >= 2);
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << CorpusDir + u"/good/"_s + file;
        for (const QString &file :
            QDir(QStringLiteral(KIOSK_SOURCE_DIR "/kiosk-config/policies/v2")).entryList({ u"*.json"_s }))
            QTest::newRow(qPrintable(file))
                << QStringLiteral(KIOSK_SOURCE_DIR "/kiosk-config/policies/v2/") + file;
    }

    void goodDocuments()
    {
        QFETCH(QString, path);
        const QJsonObject document = readJson(path);
        const QStringList schemaErrors = PolicySchema::validate(document);
        QVERIFY2(schemaErrors.isEmpty(), qPrintable(schemaErrors.join(u'\n')));
        const PolicyLoader::Result loaded = PolicyLoader::fromJson(document);
        QVERIFY2(loaded.policy, qPrintable(loaded.errors.join(u'\n')));
        QCOMPARE(loaded.policy->formatVersion, 2);
    }

    void badDocuments_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("schemaRefuses");
        QTest::addColumn<QString>("error");
        const QJsonObject expected = readJson(CorpusDir + u"/expected.json"_s);
        const QStringList files = QDir(CorpusDir + u"/bad"_s).entryList({ u"*.json"_s });
        QCOMPARE(files.size(), expected.size()); // every bad document says how it must be refused
        for (const QString &file : files) {
            const QJsonObject e = expected.value(file).toObject();
            QVERIFY2(!e.isEmpty(), qPrintable(file + u" has no entry in expected.json"_s));
            QTest::newRow(qPrintable(file))
                << CorpusDir + u"/bad/"_s + file << (e.value(u"refusedBy"_s).toString() == u"schema"_s)
                << e.value(u"error"_s).toString();
        }
    }

    void badDocuments()
    {
        QFETCH(QString, path);
        QFETCH(bool, schemaRefuses);
        QFETCH(QString, error);
        const QJsonObject document = readJson(path);
        const QStringList schemaErrors = PolicySchema::validate(document);
        QCOMPARE(!schemaErrors.isEmpty(), schemaRefuses);
        const PolicyLoader::Result loaded = PolicyLoader::fromJson(document);
        QVERIFY(!loaded.policy);
        QVERIFY2(loaded.errors.contains(error), qPrintable(loaded.errors.join(u'\n')));
        for (const QString &e : loaded.errors) {
            QVERIFY2(e.startsWith(u"$"_s), qPrintable(e));
            if (e.startsWith(u"$.rules["_s))
                QVERIFY2(e.contains(u" (rule \""_s), qPrintable(e));
        }
    }
};

QTEST_GUILESS_MAIN(TestPolicyCorpus)
#include "tst_policycorpus.moc"
