#include "config/JsonInteger.h"
#include "config/KioskConfig.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace kiosk;

/// Pins kiosk.json parsing: the shipped demo config loads; every bad setting names itself.
class KioskConfigTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void loadsDemoConfig()
    {
        const auto loaded
            = KioskConfig::load(QStringLiteral(KIOSK_SOURCE_DIR "/kiosk-config/demo/kiosk.json"));
        QVERIFY2(loaded.config, qPrintable(loaded.error));
        QCOMPARE(loaded.config->storeZone.id(), QByteArray("America/Chicago"));
        QCOMPARE(loaded.config->locale.name(), u"en_US"_s);
        const StaffSettings &staff = loaded.config->staff;
        QCOMPARE(staff.members.size(), size_t(2));
        QVERIFY(staff.member(u"e1042"_s));
        QCOMPARE(staff.member(u"E1042"_s)->pinHash.size(), 32);
        QCOMPARE(staff.member(u"E2001"_s)->pinHash.size(), 32); // every colleague has a PIN
        QCOMPARE(staff.pinDigits, 6);
        QCOMPARE(staff.pinIterations, 600000);
        QCOMPARE(staff.maxPinAttempts, 5);
        QCOMPARE(loaded.config->assistanceTimeoutSeconds, 300);
        QCOMPARE(loaded.config->storeName, u"Northwind Chicago Loop, store 112"_s);
        QCOMPARE(loaded.config->serviceDesk.keys(), QStringList({ u"en"_s, u"es"_s, u"fr"_s }));
        QCOMPARE(loaded.config->sound.volumePercent, 60);
        QCOMPARE(loaded.config->sound.speechEngine, u"speechd"_s);
        QCOMPARE(loaded.config->sound.speechRate, -0.2);
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("not json") << QByteArray("{") << u"invalid JSON"_s;
        QTest::newRow("array") << QByteArray("[]") << u"$: must be an object"_s;
        QTest::newRow("unknown key") << QByteArray(R"({"kioskID":"x"})") << u"$.kioskID: unknown setting"_s;
        QTest::newRow("zone") << QByteArray(R"({"storeTimeZone":"Mars/Base"})") << u"$.storeTimeZone"_s;
        QTest::newRow("http") << QByteArray("{\"backendUrl\":\"http:\\/\\/x\"}") << u"$.backendUrl"_s;
        QTest::newRow("days") << QByteArray(R"({"returnWindowDays":30})")
                              << u"$.returnWindowDays: unknown setting"_s;
        QTest::newRow("idle") << QByteArray(R"({"idleTimeoutSeconds":"60"})") << u"$.idleTimeoutSeconds"_s;
        QTest::newRow("sound not an object")
            << QByteArray(R"({"sound":70})") << u"$.sound: must be an object"_s;
        QTest::newRow("sound too loud") << QByteArray(R"({"sound":{"volume":101}})")
                                        << u"$.sound.volume: must be a whole number from 0 to 100"_s;
        QTest::newRow("sound unknown")
            << QByteArray(R"({"sound":{"volume":50,"beep":true}})") << u"$.sound.beep: unknown setting"_s;
        QTest::newRow("speech engine unknown") << QByteArray(R"({"sound":{"speechEngine":"festival"}})")
                                               << u"$.sound.speechEngine: must be one of speechd, flite"_s;
        QTest::newRow("speech engine not text") << QByteArray(R"({"sound":{"speechEngine":1}})")
                                                << u"$.sound.speechEngine: must be one of speechd, flite"_s;
        QTest::newRow("speech too fast")
            << QByteArray(R"({"sound":{"speechRate":1.5}})")
            << u"$.sound.speechRate: must be a number from -1 (slowest) to 1 (fastest)"_s;
        QTest::newRow("speech rate text")
            << QByteArray(R"({"sound":{"speechRate":"slow"}})")
            << u"$.sound.speechRate: must be a number from -1 (slowest) to 1 (fastest)"_s;
        QTest::newRow("assistance too short")
            << QByteArray(R"({"assistanceTimeoutSeconds":5})")
            << u"$.assistanceTimeoutSeconds: must be a whole number from 30 to 3600"_s;
        QTest::newRow("assistance fraction")
            << QByteArray(R"({"assistanceTimeoutSeconds":90.5})") << u"$.assistanceTimeoutSeconds"_s;
        QTest::newRow("colour") << QByteArray(R"({"accentColor":"blue"})") << u"$.accentColor"_s;
        QTest::newRow("colour, not hex") << QByteArray("{\"accentColor\":\"#0b5caz\"}") << u"$.accentColor"_s;
        QTest::newRow("colour too pale for white text")
            << QByteArray("{\"accentColor\":\"#ffcc00\"}")
            << u"$.accentColor: white text on #ffcc00 has a contrast of only 1.5:1; the kiosk's text needs "
               u"at "
               "least 4.5:1"_s;
        QTest::newRow("locale") << QByteArray(R"({"locale":"xx_YY"})") << u"$.locale"_s;
        QTest::newRow("empty id") << QByteArray(R"({"kioskId":""})") << u"$.kioskId"_s;
        QTest::newRow("service desk text") << QByteArray(R"({"serviceDesk":"desk"})") << u"$.serviceDesk"_s;
        QTest::newRow("service desk language")
            << QByteArray(R"({"serviceDesk":{"English":"desk"}})") << u"$.serviceDesk.English"_s;
        QTest::newRow("staff type") << QByteArray(R"({"staff":[]})") << u"$.staff: must be an object"_s;
        QTest::newRow("staff key") << QByteArray(R"({"staff":{"pin":"1234"}})") << u"$.staff.pin: unknown"_s;
        QTest::newRow("clear pin") << QByteArray(R"({"staff":{"members":[{"id":"E1042","pin":"1234"}]}})")
                                   << u"$.staff.members[0].pin: unknown setting"_s;
        QTest::newRow("badge id") << QByteArray(R"({"staff":{"members":[{"id":"E-1"}]}})")
                                  << u"$.staff.members[0].id"_s;
        QTest::newRow("twice") << QByteArray(
            R"({"staff":{"members":[)"
            R"({"id":"E1042","pinSalt":"0011223344556677","pinHash":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"},)"
            R"({"id":"e1042","pinSalt":"0011223344556677","pinHash":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}]}})")
                               << u"$.staff.members[1].id: \"E1042\" is listed twice"_s;
        QTest::newRow("salt alone") << QByteArray(
            R"({"staff":{"members":[{"id":"E1042","pinSalt":"00112233445566778899"}]}})")
                                    << u"$.staff.members[0]: needs pinSalt and pinHash"_s;
        QTest::newRow("badge only") << QByteArray(R"({"staff":{"members":[{"id":"E2001"}]}})")
                                    << u"$.staff.members[0]: needs pinSalt and pinHash: a badge only names a "
                                       "colleague, their PIN signs them in"_s;
        QTest::newRow("short pins") << QByteArray(R"({"staff":{"pinDigits":4}})")
                                    << u"$.staff.pinDigits: staff PINs need at least 6 digits"_s;
        QTest::newRow("long pins") << QByteArray(R"({"staff":{"pinDigits":13}})")
                                   << u"$.staff.pinDigits: must be a whole number from 6 to 12"_s;
        QTest::newRow("short hash") << QByteArray(
            R"({"staff":{"members":[{"id":"E1042","pinSalt":"0011223344556677","pinHash":"00ff"}]}})")
                                    << u"$.staff.members[0].pinHash"_s;
        QTest::newRow("attempts") << QByteArray(R"({"staff":{"maxPinAttempts":0}})")
                                  << u"$.staff.maxPinAttempts: must be a whole number from 1 to 20"_s;
        QTest::newRow("iterations") << QByteArray(R"({"staff":{"pinIterations":10}})")
                                    << u"$.staff.pinIterations"_s;
        QTest::newRow("huge")
            << QByteArray(R"({"idleTimeoutSeconds":1e30})")
            << u"$.idleTimeoutSeconds: must be a whole number from 10 to 3600 (1e+30 is out of range)"_s;
        QTest::newRow("huge negative")
            << QByteArray(R"({"staff":{"pinIterations":-1e30}})")
            << u"$.staff.pinIterations: must be a whole number from 1000 to 10000000 "
               u"(-1e+30 is out of range)"_s;
        QTest::newRow("past int")
            << QByteArray(R"({"staff":{"lockoutSeconds":4294967296}})")
            << u"$.staff.lockoutSeconds: must be a whole number from 1 to 86400 (4.29497e+09 is out of range)"_s;
        QTest::newRow("fraction")
            << QByteArray(R"({"idleTimeoutSeconds":25.5})")
            << u"$.idleTimeoutSeconds: must be a whole number from 10 to 3600 (25.5 has a fraction)"_s;
        QTest::newRow("sync not an object")
            << QByteArray(R"({"sync":"x"})") << u"$.sync: must be an object"_s;
        QTest::newRow("sync and deviceToken")
            << QByteArray(R"({"sync":{},"deviceToken":"t"})") << u"$.sync: use either"_s;
    }

    void rejects()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        QTemporaryDir dir;
        QFile file(dir.filePath(u"kiosk.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(json);
        file.close();
        const auto loaded = KioskConfig::load(file.fileName());
        QVERIFY(!loaded.config);
        QVERIFY2(loaded.error.startsWith(u"kiosk.json: "_s) && loaded.error.contains(error),
            qPrintable(loaded.error));
    }

    void keepsTheSyncObject()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(u"kiosk.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        // "\/\/" rather than "//": Qt 6.4's moc skips a class after a raw string holding "//".
        file.write("{\"sync\":{\"baseUrl\":\"https:\\/\\/backend.example\",\"deviceTokenFile\":\"token\"}}");
        file.close();
        const auto loaded = KioskConfig::load(file.fileName());
        QVERIFY2(loaded.config, qPrintable(loaded.error));
        QCOMPARE(loaded.config->sync[u"deviceTokenFile"_s].toString(), u"token"_s);
        QCOMPARE(loaded.config->configDir, dir.path());
        QVERIFY(loaded.config->backendUrl.isEmpty());
    }

    /// Waiting for a colleague has its own timeout: five minutes unless kiosk.json says otherwise.
    void assistanceTimeout()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(u"kiosk.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"idleTimeoutSeconds":45})");
        file.close();
        auto loaded = KioskConfig::load(file.fileName());
        QVERIFY2(loaded.config, qPrintable(loaded.error));
        QCOMPARE(loaded.config->idleTimeoutSeconds, 45);
        QCOMPARE(loaded.config->assistanceTimeoutSeconds, 300);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(R"({"assistanceTimeoutSeconds":600})");
        file.close();
        loaded = KioskConfig::load(file.fileName());
        QVERIFY2(loaded.config, qPrintable(loaded.error));
        QCOMPARE(loaded.config->assistanceTimeoutSeconds, 600);
        QCOMPARE(loaded.config->idleTimeoutSeconds, 60);
    }

    /// The range is checked on the double: a cast of 1e30 or NaN to int would be undefined behaviour.
    void wholeNumbers_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<int>("expected"); // -1: refused
        QTest::addColumn<QString>("error");
        QTest::newRow("in range") << QJsonValue(7) << 7 << QString();
        QTest::newRow("1e30") << QJsonValue(1e30) << -1 << u"(1e+30 is out of range)"_s;
        QTest::newRow("-1e30") << QJsonValue(-1e30) << -1 << u"(-1e+30 is out of range)"_s;
        QTest::newRow("NaN") << QJsonValue(qQNaN()) << -1 << u"not infinity or NaN"_s;
        QTest::newRow("inf") << QJsonValue(qInf()) << -1 << u"not infinity or NaN"_s;
        QTest::newRow("-inf") << QJsonValue(-qInf()) << -1 << u"not infinity or NaN"_s;
        QTest::newRow("2.5") << QJsonValue(2.5) << -1 << u"(2.5 has a fraction)"_s;
        QTest::newRow("string") << QJsonValue(u"5"_s) << -1 << u"not a string"_s;
        QTest::newRow("null") << QJsonValue(QJsonValue::Null) << -1 << u"not a non-number"_s;
    }

    void wholeNumbers()
    {
        QFETCH(QJsonValue, value);
        QFETCH(int, expected);
        QFETCH(QString, error);
        const JsonInteger::Result number = JsonInteger::read(value, 0, 100);
        if (expected < 0) {
            QVERIFY(!number.value);
            QCOMPARE(number.error,
                u"must be a whole number from 0 to 100"_s + (error.startsWith(u'(') ? u" "_s : u", "_s)
                    + error);
        } else {
            QCOMPARE(number.value, std::optional<int>(expected));
            QVERIFY(number.error.isEmpty());
        }
    }

    void missingFile()
    {
        const auto loaded = KioskConfig::load(u"/nonexistent/kiosk.json"_s);
        QVERIFY(!loaded.config);
        QVERIFY(loaded.error.contains(u"cannot read"_s));
    }
};

QTEST_GUILESS_MAIN(KioskConfigTest)
#include "tst_kioskconfig.moc"
