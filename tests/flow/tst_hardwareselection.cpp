#include "HardwareSelection.h"
#include "detect/HardwareChoice.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace kiosk;
using drivers::DetectedDevice;

/// The first boot's hardware step without the screen: detection off the GUI thread proposes and selects
/// the best profile; a picked profile whose required device is missing is refused naming the device and
/// nothing is saved; a fitting one is saved as hardware.json; "Look again" keeps the technician's pick.
class HardwareSelectionTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data;
    QList<DetectedDevice> m_attached; ///< what the scripted detection finds

    HardwareSelection::Setup setup(bool offerSimulated = false)
    {
        return { [this] { return m_attached; },
            drivers::ProfileCatalog::load({ QStringLiteral(KIOSK_SOURCE_DIR "/kiosk-config/hardware") }),
            m_data.path(), offerSimulated };
    }

    static bool detected(HardwareSelection &hardware)
    {
        hardware.detect();
        return QTest::qWaitFor([&hardware] { return !hardware.busy(); }, 5000);
    }

    static HardwareOption option(const HardwareSelection &hardware, const QString &name)
    {
        const QList<HardwareOption> options = hardware.profiles();
        const auto it = std::find_if(
            options.cbegin(), options.cend(), [&name](const HardwareOption &o) { return o.name == name; });
        return it == options.cend() ? HardwareOption {} : *it;
    }

private Q_SLOTS:
    void init()
    {
        QFile::remove(drivers::HardwareChoice::file(m_data.path()));
        m_attached = { { u"usb-printer"_s, u"/dev/usb/lp0"_s, u"POS58"_s, u"0416:5011"_s },
            { u"serial"_s, u"/dev/ttyUSB0"_s, u"FT232R USB UART"_s, u"0403:6001"_s },
            { u"gpio"_s, u"/dev/gpiochip0"_s, u"pinctrl"_s, {} } };
    }

    void proposesAndSavesTheFittingProfile()
    {
        HardwareSelection hardware(setup());
        QVERIFY(!hardware.confirm()); // nothing found yet: nothing chosen
        QVERIFY(detected(hardware));
        QCOMPARE(hardware.proposed(), u"counter-v1"_s);
        QCOMPARE(hardware.selected(), u"counter-v1"_s);
        QCOMPARE(hardware.found().size(), 3);
        QCOMPARE(hardware.found().at(1), u"✓ serial: FT232R USB UART [0403:6001] · /dev/ttyUSB0"_s);
        QVERIFY(option(hardware, u"counter-v1"_s).fits);
        QVERIFY(option(hardware, u"counter-v1"_s).proposed);
        QVERIFY(option(hardware, u"network-printer"_s).missing.contains(u"receipt printer"_s));
        QVERIFY(hardware.confirm());
        const auto saved = drivers::HardwareChoice::load(m_data.path());
        QVERIFY(saved.choice);
        QCOMPARE(saved.choice->profile, u"counter-v1"_s);
        QCOMPARE(saved.choice->found.size(), 3);
    }

    void aProfileMissingADeviceIsRefusedNamingIt()
    {
        HardwareSelection hardware(setup());
        QVERIFY(detected(hardware));
        hardware.select(u"network-printer"_s);
        QCOMPARE(hardware.selected(), u"network-printer"_s);
        QVERIFY(!hardware.confirm());
        QVERIFY2(hardware.message().contains(u"needs receipt printer (network-printer"_s),
            qPrintable(hardware.message()));
        QVERIFY(!QFile::exists(drivers::HardwareChoice::file(m_data.path())));
        hardware.select(u"no-such-profile"_s); // not listed: ignored
        QCOMPARE(hardware.selected(), u"network-printer"_s);
        // The pick survives "Look again"; once the printer answers, it is taken.
        m_attached.append({ u"network-printer"_s, u"192.168.10.40:9100"_s, u"192.168.10.40"_s, {} });
        QVERIFY(detected(hardware));
        QCOMPARE(hardware.selected(), u"network-printer"_s);
        QVERIFY(hardware.message().isEmpty());
        QVERIFY(hardware.confirm());
        QCOMPARE(drivers::HardwareChoice::load(m_data.path()).choice->profile, u"network-printer"_s);
    }

    void nothingFitsSaysSo()
    {
        m_attached.clear();
        HardwareSelection hardware(setup());
        QVERIFY(detected(hardware));
        QVERIFY(hardware.proposed().isEmpty());
        QVERIFY(hardware.selected().isEmpty());
        QVERIFY(hardware.message().contains(u"No hardware profile fits"_s));
        QVERIFY(!hardware.confirm());
        QVERIFY(hardware.message().contains(u"Pick a hardware profile first"_s));
        // A developer's kiosk on simulated hardware may choose `sim`: proposed when nothing else fits.
        HardwareSelection simulated(setup(true));
        QVERIFY(detected(simulated));
        QCOMPARE(simulated.proposed(), u"sim"_s);
        QVERIFY(simulated.confirm());
        QCOMPARE(drivers::HardwareChoice::load(m_data.path()).choice->profile, u"sim"_s);
    }
};

QTEST_GUILESS_MAIN(HardwareSelectionTest)
#include "tst_hardwareselection.moc"
