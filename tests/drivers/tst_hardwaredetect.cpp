#include "FakeDeviceTree.h"
#include "HardwareProfile.h"
#include "config/StoreConfig.h"
#include "detect/HardwareChoice.h"
#include "detect/LinuxHardwareDetector.h"
#include "detect/ProfileCatalog.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace kiosk::drivers;

/// Hardware detection over a fake /sys and /dev (USB serial with its ids, an evdev scanner beside a
/// keyboard, a USB printer, a GPIO chip), network printers on loopback (one listening, one closed),
/// the profiles' match rules (and the bad ones refused), the ranking that proposes a profile and says
/// what each other one misses, and the saved choice.
class HardwareDetectTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<kiosk::test::FakeDeviceTree> m_tree;
    QTcpServer m_printer; ///< a network printer that answers
    quint16 m_closedPort = 0; ///< nothing listens here

    LinuxHardwareDetector::Sources sources() const
    {
        LinuxHardwareDetector::Sources s { m_tree->sys(), m_tree->dev(),
            { u"127.0.0.1:%1"_s.arg(m_printer.serverPort()), u"127.0.0.1:%1"_s.arg(m_closedPort) },
            std::chrono::milliseconds(800), [] {
                return QList<DetectedDevice> { { u"camera"_s, u"/dev/video0"_s, u"USB2.0 HD UVC WebCam"_s,
                    {} } };
            } };
        return s;
    }

    static const DetectedDevice *find(const QList<DetectedDevice> &found, const QString &node)
    {
        for (const DetectedDevice &device : found) {
            if (device.node == node)
                return &device;
        }
        return nullptr;
    }

    static HardwareProfile::Result parse(const QByteArray &match)
    {
        return HardwareProfile::parse(QJsonDocument::fromJson(
            R"({"printer":{"type":"sim"},"chute":{"type":"sim"},"scale":{"type":"sim"},"indicator":{"type":"sim"},)"
            R"("match":)"
            + match + '}')
                                          .object());
    }

    /// A profile file in @p dir.
    static void writeProfile(const QString &dir, const QString &name, const QByteArray &match)
    {
        QDir().mkpath(dir);
        QFile file(dir + u'/' + name + u".json"_s);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            R"({"printer":{"type":"sim"},"chute":{"type":"sim"},"scale":{"type":"sim"},"indicator":{"type":"sim"})"
            + (match.isEmpty() ? QByteArray() : R"(,"match":)" + match) + '}');
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_tree = std::make_unique<kiosk::test::FakeDeviceTree>(m_dir.filePath(u"root"_s));
        m_tree->addUsbSerial(u"ttyUSB0"_s, u"0403"_s, u"6001"_s, u"FT232R USB UART"_s);
        m_tree->addVirtualTty(u"tty1"_s);
        m_tree->addInput(u"event3"_s, u"0c2e"_s, u"0b61"_s, u"Honeywell Imaging & Mobility 1900"_s,
            u"usb-Honeywell_Imaging___Mobility_1900-event-kbd"_s);
        m_tree->addInput(u"event4"_s, u"046d"_s, u"c31c"_s, u"Logitech USB Keyboard"_s,
            u"usb-Logitech_USB_Keyboard-event-kbd"_s);
        m_tree->addUsbPrinter(u"lp0"_s, u"0416"_s, u"5011"_s, u"POS58 Printer"_s);
        m_tree->addGpioChip(u"gpiochip0"_s, u"pinctrl-bcm2711"_s);
        QVERIFY(m_printer.listen(QHostAddress::LocalHost));
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        m_closedPort = closed.serverPort();
    }

    void findsEachKindWithItsIds()
    {
        const QList<DetectedDevice> found = LinuxHardwareDetector(sources()).detect();
        const DetectedDevice *serial = find(found, m_tree->dev() + u"/ttyUSB0"_s);
        QVERIFY(serial);
        QCOMPARE(serial->kind, u"serial"_s);
        QCOMPARE(serial->usb, u"0403:6001"_s);
        QCOMPARE(serial->name, u"FT232R USB UART"_s);
        QVERIFY(!find(found, m_tree->dev() + u"/tty1"_s)); // no device behind it

        const DetectedDevice *scanner
            = find(found, m_tree->dev() + u"/input/by-id/usb-Honeywell_Imaging___Mobility_1900-event-kbd"_s);
        QVERIFY(scanner); // by its stable name
        QCOMPARE(scanner->kind, u"scanner"_s);
        QCOMPARE(scanner->usb, u"0c2e:0b61"_s);
        QCOMPARE(std::count_if(found.cbegin(), found.cend(),
                     [](const DetectedDevice &d) { return d.kind == u"scanner"; }),
            1); // the keyboard is not one

        const DetectedDevice *printer = find(found, m_tree->dev() + u"/usb/lp0"_s);
        QVERIFY(printer);
        QCOMPARE(printer->kind, u"usb-printer"_s);
        QCOMPARE(printer->usb, u"0416:5011"_s);
        QCOMPARE(printer->name, u"POS58 Printer"_s);

        const DetectedDevice *chip = find(found, m_tree->dev() + u"/gpiochip0"_s);
        QVERIFY(chip);
        QCOMPARE(chip->kind, u"gpio"_s);
        QCOMPARE(chip->name, u"pinctrl-bcm2711"_s);
        QVERIFY(find(found, u"/dev/video0"_s));

        const DetectedDevice *listening = find(found, u"127.0.0.1:%1"_s.arg(m_printer.serverPort()));
        const DetectedDevice *closed = find(found, u"127.0.0.1:%1"_s.arg(m_closedPort));
        QVERIFY(listening && closed);
        QCOMPARE(listening->kind, u"network-printer"_s);
        QVERIFY(listening->reachable);
        QVERIFY(!closed->reachable);
        QVERIFY(closed->describe().endsWith(u"(not answering)"_s));
        QCOMPARE(found.size(), 7);
    }

    /// A scanner seen only as a /dev/input/by-id name (no sysfs, as in a container) still counts.
    void scannerFromItsStableNameAlone()
    {
        QTemporaryDir dir;
        kiosk::test::FakeDeviceTree tree(dir.path());
        QDir().mkpath(tree.dev() + u"/input/by-id"_s);
        QVERIFY(QFile::link(u"../event9"_s,
            tree.dev() + u"/input/by-id/usb-Datalogic_ADC_Handheld_Barcode_Scanner-event-kbd"_s));
        const QList<DetectedDevice> found = LinuxHardwareDetector(
            { tree.sys(), tree.dev(), {}, {}, [] {
                 return QList<DetectedDevice>();
             } }).detect();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].kind, u"scanner"_s);
        QCOMPARE(found[0].name, u"Datalogic ADC Handheld Barcode Scanner"_s);
    }

    /// Addresses that never answer cost the timeout once, however many there are.
    void networkProbesAreBoundedAndParallel()
    {
        QTemporaryDir dir;
        kiosk::test::FakeDeviceTree tree(dir.path());
        QElapsedTimer clock;
        clock.start();
        const QList<DetectedDevice> found = LinuxHardwareDetector(
            { tree.sys(), tree.dev(), { u"10.255.255.1"_s, u"10.255.255.2:9100"_s, u"host:99999"_s },
                std::chrono::milliseconds(300), [] {
                    return QList<DetectedDevice>();
                } }).detect();
        QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(found.size(), 3);
        // Whether the unroutable addresses answer depends on the network the test runs in (a proxy may
        // accept any connection); a port out of range never does.
        QVERIFY(!found[2].reachable);
        QCOMPARE(found[2].node, u"host:99999"_s);
        QCOMPARE(found[0].node, u"10.255.255.1:9100"_s);
    }

    void matchRulesParse()
    {
        const auto read = parse(R"({"label": "Counter", "devices": [
            {"kind": "usb-printer", "label": "receipt printer", "usb": "0416:5011"},
            {"kind": "serial", "label": "scale", "usb": ["0403", "10C4:EA60"], "name": "ttyUSB*"},
            {"kind": "scanner", "optional": true}]})");
        QVERIFY2(read.profile, qPrintable(read.error));
        QCOMPARE(read.profile->label, u"Counter"_s);
        QCOMPARE(read.profile->match.size(), size_t(3));
        QCOMPARE(read.profile->match[1].usb, QStringList({ u"0403"_s, u"10c4:ea60"_s }));
        QCOMPARE(read.profile->match[2].label, u"scanner"_s); // the kind when no label is given
        QVERIFY(read.profile->match[2].optional);
    }

    void badMatchRulesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("match");
        QTest::addColumn<QString>("error");
        QTest::newRow("not an object") << QByteArray(R"([1])") << u"match: must be an object"_s;
        QTest::newRow("unknown field") << QByteArray(R"({"devices": [{"kind": "gpio"}], "when": 1})")
                                       << u"match: unknown field \"when\""_s;
        QTest::newRow("no devices") << QByteArray(R"({"devices": []})")
                                    << u"match.devices: 1 to 16 devices"_s;
        QTest::newRow("unknown kind")
            << QByteArray(R"({"devices": [{"kind": "printer"}]})")
            << u"match.devices[0].kind: unknown kind \"printer\" (serial, scanner"_s;
        QTest::newRow("bad usb id")
            << QByteArray(R"({"devices": [{"kind": "gpio"}, {"kind": "serial", "usb": "04b8:xyz"}]})")
            << u"match.devices[1].usb: \"04b8:xyz\" is not vvvv or vvvv:pppp in hex"_s;
        QTest::newRow("usb id not a string")
            << QByteArray(R"({"devices": [{"kind": "serial", "usb": [1027]}]})")
            << u"match.devices[0].usb: a non-string is not vvvv"_s;
        QTest::newRow("usb on gpio") << QByteArray(R"({"devices": [{"kind": "gpio", "usb": "0403"}]})")
                                     << u"match.devices[0].usb: a gpio has no USB ids"_s;
        QTest::newRow("unknown rule field")
            << QByteArray(R"({"devices": [{"kind": "gpio", "vendor": "0403"}]})")
            << u"match.devices[0]: unknown field \"vendor\""_s;
        QTest::newRow("empty name") << QByteArray(R"({"devices": [{"kind": "gpio", "name": ""}]})")
                                    << u"match.devices[0].name: must be a string of 1 to 128 characters"_s;
        QTest::newRow("optional not bool")
            << QByteArray(R"({"devices": [{"kind": "gpio", "optional": "yes"}]})")
            << u"match.devices[0].optional: must be true or false"_s;
        QTest::newRow("all optional") << QByteArray(R"({"devices": [{"kind": "gpio", "optional": true}]})")
                                      << u"match.devices: at least one device must be required"_s;
        QTest::newRow("rule not an object")
            << QByteArray(R"({"devices": ["gpio"]})") << u"match.devices[0]: must be an object"_s;
    }
    void badMatchRulesAreRefused()
    {
        QFETCH(QByteArray, match);
        QFETCH(QString, error);
        const auto read = parse(match);
        QVERIFY(!read.profile);
        QVERIFY2(read.error.startsWith(error), qPrintable(read.error));
    }

    /// The shipped counter-v1 fits the fake kiosk and is proposed; network-printer (its printer's
    /// host does not answer) names its missing printer; a broken profile and one without rules are
    /// listed, never proposed; an override directory's profile wins over the shared one of its name.
    void ranksAndProposes()
    {
        const QString overrides = m_dir.filePath(u"overrides"_s);
        writeProfile(overrides, u"loopback-printer"_s,
            u"{\"devices\": [{\"kind\": \"network-printer\", \"label\": \"receipt printer\", \"name\": "
            u"\"127.0.0.1:%1\"}, "
            "{\"kind\": \"gpio\", \"name\": \"gpiochip0\"}]}"_s.arg(m_printer.serverPort())
                .toUtf8());
        writeProfile(overrides, u"closed-printer"_s,
            u"{\"devices\": [{\"kind\": \"network-printer\", \"label\": \"receipt printer\", \"name\": \"127.0.0.1:%1\"}]}"_s
                .arg(m_closedPort)
                .toUtf8());
        writeProfile(overrides, u"no-rules"_s, {});
        writeProfile(overrides, u"broken"_s, R"({"devices": [{"kind": "printer"}]})");
        const ProfileCatalog catalog
            = ProfileCatalog::load({ overrides, QStringLiteral(KIOSK_SOURCE_DIR "/kiosk-config/hardware") });
        QCOMPARE(catalog.entries().size(), 6);
        QVERIFY(catalog.networkPrinters().contains(u"192.168.10.40:9100"_s));

        const QList<ProfileFit> ranked = catalog.rank(LinuxHardwareDetector(sources()).detect());
        const std::optional<ProfileFit> proposal = ProfileCatalog::proposal(ranked);
        QVERIFY(proposal);
        QCOMPARE(proposal->profile, u"counter-v1"_s);
        QCOMPARE(proposal->matched.size(), 4); // the optional scanner too
        QCOMPARE(ranked[1].profile, u"loopback-printer"_s);
        QVERIFY(ranked[1].fits());
        const auto fitOf = [&ranked](const QString &name) {
            return *std::find_if(
                ranked.cbegin(), ranked.cend(), [&name](const ProfileFit &f) { return f.profile == name; });
        };
        QCOMPARE(fitOf(u"network-printer"_s).missing,
            QStringList { u"receipt printer (network-printer \"192.168.10.40\")"_s });
        QVERIFY(!fitOf(u"closed-printer"_s).fits()); // the printer is there but does not answer
        QVERIFY(fitOf(u"closed-printer"_s).problem().contains(u"missing receipt printer"_s));
        QVERIFY(!fitOf(u"no-rules"_s).fits());
        QVERIFY(!fitOf(u"broken"_s).fits());
        QVERIFY(fitOf(u"broken"_s).problem().contains(u"unknown kind \"printer\""_s));
    }

    /// A rule that names USB ids gets its device before a generic rule of the same kind can take it.
    void specificRulesMatchFirst()
    {
        const auto read = parse(R"({"devices": [{"kind": "serial", "label": "any port"},
            {"kind": "serial", "label": "scale", "usb": "0403:6001"}]})");
        QVERIFY(read.profile);
        const DetectedDevice ftdi { u"serial"_s, u"/dev/ttyUSB0"_s, {}, u"0403:6001"_s };
        const DetectedDevice other { u"serial"_s, u"/dev/ttyACM0"_s, {}, u"2341:0043"_s };
        QVERIFY(ProfileFit::evaluate(u"p"_s, *read.profile, { ftdi, other }).fits());
        const ProfileFit one = ProfileFit::evaluate(u"p"_s, *read.profile, { ftdi });
        QCOMPARE(one.missing, QStringList { u"any port (serial)"_s });
        QVERIFY(!ProfileFit::evaluate(u"p"_s, *read.profile, { other }).fits());
    }

    /// The store configuration (from enrolment) may name the network printers detection probes.
    void storeConfigNamesNetworkPrinters()
    {
        QFile demo(QStringLiteral(KIOSK_SOURCE_DIR "/kiosk-config/demo/store.json"));
        QVERIFY(demo.open(QIODevice::ReadOnly));
        QJsonObject store = QJsonDocument::fromJson(demo.readAll()).object();
        QVERIFY(kiosk::StoreConfig::fromJson(store).store->networkPrinters.isEmpty()); // optional
        store.insert(u"networkPrinters"_s, QJsonArray { u"printer-1.store.example"_s, u"10.0.0.7:9101"_s });
        const kiosk::StoreConfig::Parsed parsed = kiosk::StoreConfig::fromJson(store);
        QVERIFY2(parsed.store, qPrintable(parsed.error));
        QCOMPARE(
            parsed.store->networkPrinters, QStringList({ u"printer-1.store.example"_s, u"10.0.0.7:9101"_s }));
        QCOMPARE(kiosk::StoreConfig::fromJson(parsed.store->toJson()).store->networkPrinters,
            parsed.store->networkPrinters);
        for (const QString &bad : { u"10.0.0.7:70000"_s, u"-x"_s, u"host:0"_s, u"a b"_s }) {
            store.insert(u"networkPrinters"_s, QJsonArray { bad });
            QCOMPARE(kiosk::StoreConfig::fromJson(store).error,
                u"store.networkPrinters: \"%1\" is not host or host:port"_s.arg(bad));
        }
    }

    void choiceIsSavedAndRead()
    {
        QTemporaryDir data;
        QString error;
        QVERIFY(!HardwareChoice::load(data.path()).choice);
        const HardwareChoice choice { u"counter-v1"_s, u"counter-v1"_s,
            { { u"serial"_s, u"/dev/ttyUSB0"_s, u"FT232R"_s, u"0403:6001"_s } } };
        QVERIFY2(choice.save(data.path(), &error), qPrintable(error));
        const QFileDevice::Permissions mode = QFileInfo(HardwareChoice::file(data.path())).permissions();
        QVERIFY(mode.testFlag(QFileDevice::WriteOwner));
        QVERIFY(!(mode & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteOther)));
        const HardwareChoice::Loaded loaded = HardwareChoice::load(data.path());
        QVERIFY(loaded.choice);
        QCOMPARE(loaded.choice->profile, u"counter-v1"_s);
        QCOMPARE(loaded.choice->found.size(), 1);
        QCOMPARE(loaded.choice->found[0].usb, u"0403:6001"_s);

        // A damaged file, or one naming a path instead of a profile, is an error, never a guess.
        QFile file(HardwareChoice::file(data.path()));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"profile": "../../tmp/evil"})");
        file.close();
        const HardwareChoice::Loaded bad = HardwareChoice::load(data.path());
        QVERIFY(!bad.choice);
        QVERIFY2(bad.error.contains(u"must name a hardware profile"_s), qPrintable(bad.error));
    }
};

QTEST_GUILESS_MAIN(HardwareDetectTest)
#include "tst_hardwaredetect.moc"
