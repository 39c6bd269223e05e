#include "DeviceFactory.h"
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
        QVERIFY(qobject_cast<SimChuteLock *>(result.devices->chute.get()));
        QVERIFY(qobject_cast<SimReceiptPrinter *>(result.devices->printer.get()));
        QVERIFY(qobject_cast<SimIndicator *>(result.devices->indicator.get()));
        QVERIFY(result.devices->scale);
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
        QVERIFY(qobject_cast<GpioChuteLock *>(result.devices->chute.get()));
        QCOMPARE(result.devices->readerAt, u"below"_s); // not said: below the screen
    }

    /// Where the code reader is, for the identify screen's drawing.
    void readerAt()
    {
        const auto counter = DeviceFactory::build(u"counter-v1"_s, m_profiles);
        QVERIFY2(counter.devices, qPrintable(counter.error));
        QCOMPARE(counter.devices->readerAt, u"right"_s);
    }

    void gpioWithoutChipFaultsOffline()
    {
        const auto result = DeviceFactory::fromJson(
            u"test"_s, json(R"({"printer":{"type":"sim"},"chute":{"type":"gpio","chip":"gpiochip-missing"},
                     "scale":{"type":"serial","port":"/dev/ttyX"},"indicator":{"type":"sim"}})"));
        QVERIFY(result.devices);
        auto *chute = qobject_cast<GpioChuteLock *>(result.devices->chute.get());
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
            << QByteArray(R"({"printer":{"type":"sim"}})") << u"missing \"chute\""_s;
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
