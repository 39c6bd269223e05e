#include "DeviceFactory.h"
#include "camera/CameraFrameSource.h"
#include "dropoff/GpioChuteLock.h"
#include "dropoff/SimChuteLock.h"
#include "indicator/SimIndicator.h"
#include "printer/SimReceiptPrinter.h"
#include "printer/TcpReceiptPrinter.h"
#include "sensor/SerialScale.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace kiosk::drivers;

/// The hardware profiles: `sim`, the shipped JSON profiles, and the errors a technician sees for
/// a broken one. A GPIO chute without the chip (as on any CI machine) reports Offline, not a crash.
class DeviceFactoryTest : public QObject
{
    Q_OBJECT

    const QDir m_profiles { QStringLiteral(KIOSK_SOURCE_DIR "/kiosk-config/hardware") };

    static QJsonObject json(const char *text) { return QJsonDocument::fromJson(text).object(); }

private Q_SLOTS:
    void simIsAllSimulators()
    {
        const auto result = DeviceFactory::build(u"sim"_s, m_profiles);
        QVERIFY(result.devices);
        QVERIFY(qobject_cast<SimChuteLock *>(result.devices->chutes.front().lock.get()));
        QVERIFY(qobject_cast<SimReceiptPrinter *>(result.devices->printer.get()));
        QVERIFY(qobject_cast<SimIndicator *>(result.devices->indicator.get()));
        QVERIFY(result.devices->scale);
        QCOMPARE(result.devices->chutes.size(), size_t(1));
        QCOMPARE(result.devices->bins.size(), size_t(1));
        QCOMPARE(result.devices->bins.front().id, u"MAIN"_s);
        QCOMPARE(result.devices->bins.front().chute, u"main"_s);
    }

    /// Several chutes, each a device of its own with its bins; a bin naming no chute is under the first.
    void severalChutesEachWithTheirBins()
    {
        const auto result = DeviceFactory::fromJson(u"sorting"_s, json(R"({"printer":{"type":"sim"},
            "chutes":[{"id":"resell","type":"sim"},{"id":"recycle","type":"gpio","chip":"gpiochip-missing"}],
            "bins":[{"id":"RESELL","chute":"resell","capacityItems":30},{"id":"REFURB"},
                    {"id":"RECYCLE","chute":"recycle","capacityItems":0,"capacityGrams":0}],
            "scale":{"type":"sim"},"indicator":{"type":"sim"}})"));
        QVERIFY2(result.devices, qPrintable(result.error));
        const DeviceSet &set = *result.devices;
        QCOMPARE(set.chutes.size(), size_t(2));
        QCOMPARE(set.chutes.at(0).id, u"resell"_s);
        QVERIFY(qobject_cast<SimChuteLock *>(set.chutes.at(0).lock.get()));
        QVERIFY(qobject_cast<GpioChuteLock *>(set.chutes.at(1).lock.get()));
        QCOMPARE(&set.firstChute(), set.chutes.at(0).lock.get());
        QCOMPARE(set.namedChutes().at(1).id, u"recycle"_s);
        QCOMPARE(set.namedChutes().at(1).lock, set.chutes.at(1).lock.get());
        QCOMPARE(set.bins.size(), size_t(3));
        QCOMPARE(set.bins.at(0).chute, u"resell"_s);
        QCOMPARE(set.bins.at(0).capacityItems, 30);
        QCOMPARE(set.bins.at(1).chute, u"resell"_s); // none named: the first chute
        QCOMPARE(set.bins.at(1).capacityItems, 40);
        QCOMPARE(set.bins.at(2).chute, u"recycle"_s);
        QCOMPARE(set.bins.at(2).capacityGrams, 0);
    }

    void shippedProfilesLoad_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &file : m_profiles.entryList({ u"*.json"_s }))
            QTest::newRow(qPrintable(file)) << file.chopped(5);
    }
    void shippedProfilesLoad()
    {
        QFETCH(QString, name);
        const auto result = DeviceFactory::build(name, m_profiles);
        QVERIFY2(result.devices, qPrintable(result.error));
    }

    void networkProfilePicksTcpPrinter()
    {
        const auto result = DeviceFactory::build(u"network-printer"_s, m_profiles);
        QVERIFY(qobject_cast<TcpReceiptPrinter *>(result.devices->printer.get()));
        QVERIFY(qobject_cast<GpioChuteLock *>(result.devices->chutes.front().lock.get()));
        QCOMPARE(result.devices->readerAt, u"below"_s); // not said: below the screen
    }

    /// Where the code reader is, for the identify screen's drawing.
    void readerAt()
    {
        const auto counter = DeviceFactory::build(u"counter-v1"_s, m_profiles);
        QVERIFY2(counter.devices, qPrintable(counter.error));
        QCOMPARE(counter.devices->readerAt, u"right"_s);
    }

    /// A camera in the profile: the kiosk reads codes with it and shows the viewfinder; none without.
    void camera()
    {
        const auto result = DeviceFactory::fromJson(u"test"_s,
            json(
                R"({"printer":{"type":"sim"},"chute":{"type":"sim"},"scale":{"type":"sim"},"indicator":{"type":"sim"},
                     "camera":{"device":"/dev/video0"}})"));
        QVERIFY2(result.devices, qPrintable(result.error));
        QVERIFY(qobject_cast<kiosk::camera::CameraFrameSource *>(result.devices->camera.get()));
        QVERIFY(!result.devices->camera->isActive());
        const auto none = DeviceFactory::build(u"counter-v1"_s, m_profiles);
        QVERIFY(!none.devices->camera);
    }

    /// A keypad's keys for the read-aloud mode, on top of a keyboard's.
    void navigationKeys()
    {
        const auto result = DeviceFactory::fromJson(u"test"_s,
            json(
                R"({"printer":{"type":"sim"},"chute":{"type":"sim"},"scale":{"type":"sim"},"indicator":{"type":"sim"},
                     "keys":{"next":["F13","PageDown"],"previous":"F14","confirm":"F15","repeat":"F16"}})"));
        QVERIFY2(result.devices, qPrintable(result.error));
        using Action = NavigationKeys::Action;
        const NavigationKeys &keys = result.devices->keys;
        QCOMPARE(keys.actionFor(Qt::Key_F13), Action::Next);
        QCOMPARE(keys.actionFor(Qt::Key_PageDown), Action::Next);
        QCOMPARE(keys.actionFor(Qt::Key_F14), Action::Previous);
        QCOMPARE(keys.actionFor(Qt::Key_F15), Action::Confirm);
        QCOMPARE(keys.actionFor(Qt::Key_F16), Action::Repeat);
        QCOMPARE(keys.actionFor(Qt::Key_Tab), Action::Next); // a keyboard's keys work too
        QCOMPARE(keys.actionFor(Qt::Key_Backtab), Action::Previous);
        QCOMPARE(keys.actionFor(Qt::Key_Return), Action::Confirm);
        QCOMPARE(keys.actionFor(Qt::Key_Asterisk), Action::Repeat);
        QCOMPARE(keys.actionFor(Qt::Key_A), Action::None);
        QVERIFY(keys.declares(Qt::Key_F16));
        QVERIFY(!keys.declares(Qt::Key_Tab)); // a keyboard's, not the keypad's
    }

    void gpioWithoutChipFaultsOffline()
    {
        const auto result = DeviceFactory::fromJson(
            u"test"_s, json(R"({"printer":{"type":"sim"},"chute":{"type":"gpio","chip":"gpiochip-missing"},
                     "scale":{"type":"serial","port":"/dev/ttyX"},"indicator":{"type":"sim"}})"));
        QVERIFY(result.devices);
        auto *chute = qobject_cast<GpioChuteLock *>(result.devices->chutes.front().lock.get());
        QVERIFY(chute);
        QVERIFY(chute->error().contains(u"gpiochip-missing"_s));
        QVERIFY(qobject_cast<SerialScale *>(result.devices->scale.get()));
        QSignalSpy faulted(chute, &ChuteLock::faulted);
        chute->acceptItem();
        QTRY_COMPARE(faulted.size(), 1);
        QCOMPARE(faulted.at(0).at(0).value<ChuteLock::Fault>(), ChuteLock::Fault::Offline);
        QVERIFY(!chute->isOpen());
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("profile");
        QTest::addColumn<QString>("error");
        QTest::newRow("missing device")
            << QByteArray(R"({"printer":{"type":"sim"}})") << u"missing \"chute\" (or \"chutes\")"_s;
        const QByteArray devices
            = R"("printer":{"type":"sim"},"scale":{"type":"sim"},"indicator":{"type":"sim"})";
        const QByteArray two = R"("chutes":[{"id":"resell","type":"sim"},{"id":"recycle","type":"sim"}])";
        QTest::newRow("bin under an unknown chute")
            << "{" + devices + "," + two
                + R"(,"bins":[{"id":"A","chute":"resell"},{"id":"B","chute":"sort"}]})"
            << u"bins[1].chute: unknown chute \"sort\" (resell, recycle)"_s;
        QTest::newRow("bin under the single chute by another name")
            << "{" + devices + R"(,"chute":{"type":"sim"},"bins":[{"id":"A","chute":"resell"}]})"
            << u"bins[0].chute: unknown chute \"resell\" (main)"_s;
        QTest::newRow("chute and chutes") << "{" + devices + R"(,"chute":{"type":"sim"},)" + two
                + "}" << u"give either \"chute\" (one) or \"chutes\" (several), not both"_s;
        QTest::newRow("chute id twice")
            << "{" + devices + R"(,"chutes":[{"id":"a","type":"sim"},{"id":"a","type":"sim"}]})"
            << u"chutes[1].id: \"a\" is already used"_s;
        QTest::newRow("chute without id")
            << "{" + devices + R"(,"chutes":[{"type":"sim"}]})" << u"chutes[0].id: 1 to 32 letters"_s;
        QTest::newRow("no chutes") << "{" + devices + R"(,"chutes":[]})" << u"chutes: 1 to 8 chutes"_s;
        QTest::newRow("a chute's bad line")
            << "{" + devices
                + R"(,"chutes":[{"id":"a","type":"sim"},{"id":"b","type":"gpio","lockLine":2000}]})"
            << u"chutes[1]: \"lockLine\" must be a whole number from 0 to 1023"_s;
        QTest::newRow("bin id twice")
            << "{" + devices + R"(,"chute":{"type":"sim"},"bins":[{"id":"A"},{"id":"A"}]})"
            << u"bins[1].id: \"A\" is already used"_s;
        QTest::newRow("bin capacity")
            << "{" + devices + R"(,"chute":{"type":"sim"},"bins":[{"id":"A","capacityItems":-1}]})"
            << u"bins[0]: \"capacityItems\" must be a whole number from 0 to 100000"_s;
        QTest::newRow("no bins") << "{" + devices + R"(,"chute":{"type":"sim"},"bins":[]})"
                                 << u"bins: 1 to 16 bins"_s;
        QTest::newRow("unknown printer") << QByteArray(
            R"({"printer":{"type":"laser"},"chute":{"type":"sim"},"scale":{"type":"sim"},"indicator":{"type":"sim"}})")
                                         << u"printer: unknown type \"laser\""_s;
        QTest::newRow("tcp without host") << QByteArray(
            R"({"printer":{"type":"tcp"},"chute":{"type":"sim"},"scale":{"type":"sim"},"indicator":{"type":"sim"}})")
                                          << u"printer: tcp needs"_s;
        QTest::newRow("unknown chute") << QByteArray(
            R"({"printer":{"type":"sim"},"chute":{"type":"relay"},"scale":{"type":"sim"},"indicator":{"type":"sim"}})")
                                       << u"chute: unknown type"_s;
        QTest::newRow("negative line") << QByteArray(
            R"({"printer":{"type":"sim"},"chute":{"type":"gpio","lockLine":-1},"scale":{"type":"sim"},"indicator":{"type":"sim"}})")
                                       << u"chute: \"lockLine\" must be a whole number from 0 to 1023"_s;
        QTest::newRow("huge baud")
            << QByteArray(
                   R"({"printer":{"type":"sim"},"chute":{"type":"sim"},"scale":{"type":"serial","port":"/dev/null","baud":1e30},"indicator":{"type":"sim"}})")
            << u"scale: \"baud\" must be a whole number from 1 to 4000000 (1e+30 is out of range)"_s;
        QTest::newRow("tcp port") << QByteArray(
            R"({"printer":{"type":"tcp","host":"p","port":70000},"chute":{"type":"sim"},"scale":{"type":"sim"},"indicator":{"type":"sim"}})")
                                  << u"printer: tcp needs"_s;
        QTest::newRow("reader above") << QByteArray(
            R"({"printer":{"type":"sim"},"chute":{"type":"sim"},"scale":{"type":"sim"},"indicator":{"type":"sim"},"readerAt":"above"})")
                                      << u"readerAt: must be \"below\", \"left\" or \"right\""_s;
        QTest::newRow("camera device") << QByteArray(
            R"({"printer":{"type":"sim"},"chute":{"type":"sim"},"scale":{"type":"sim"},"indicator":{"type":"sim"},"camera":{"device":0}})")
                                       << u"camera: must be an object with an optional \"device\""_s;
        const QByteArray withChute = devices + R"(,"chute":{"type":"sim"})";
        QTest::newRow("keys not an object")
            << QByteArray("{" + withChute + R"(,"keys":["F13"]})") << u"keys: must be an object"_s;
        QTest::newRow("keys unknown action")
            << QByteArray("{" + withChute + R"(,"keys":{"select":"F13"}})")
            << u"keys: unknown action \"select\" (next, previous, confirm, repeat)"_s;
        QTest::newRow("keys unknown key")
            << QByteArray("{" + withChute + R"(,"keys":{"next":["F13","F99"]}})")
            << u"keys.next[1]: unknown key \"F99\""_s;
        QTest::newRow("keys not a name") << QByteArray("{" + withChute + R"(,"keys":{"confirm":13}})")
                                         << u"keys.confirm: must be a key name"_s;
        QTest::newRow("keys empty") << QByteArray("{" + withChute + R"(,"keys":{"repeat":[]}})")
                                    << u"keys.repeat: names no key"_s;
        QTest::newRow("keys twice") << QByteArray(
            "{" + withChute + R"(,"keys":{"next":"F13","confirm":"F13"}})")
                                    << u"keys.confirm: \"F13\" is given to two actions"_s;
    }
    void errors()
    {
        QFETCH(QByteArray, profile);
        QFETCH(QString, error);
        const auto result = DeviceFactory::fromJson(u"bad"_s, QJsonDocument::fromJson(profile).object());
        QVERIFY(!result.devices);
        QVERIFY2(result.error.contains(error), qPrintable(result.error));
    }

    void unknownProfileFile()
    {
        const auto result = DeviceFactory::build(u"no-such-profile"_s, m_profiles);
        QVERIFY(!result.devices);
        QVERIFY(result.error.contains(u"no-such-profile.json"_s));
    }
};

QTEST_GUILESS_MAIN(DeviceFactoryTest)
#include "tst_devicefactory.moc"
