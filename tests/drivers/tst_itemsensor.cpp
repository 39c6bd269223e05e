#include "PseudoTerminal.h"
#include "sensor/ScaleLine.h"
#include "sensor/SerialScale.h"
#include "sensor/SimItemSensor.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace kiosk::drivers;

/// The scale's line protocol on untrusted bytes, and SerialScale on a pseudo-terminal: readings,
/// noise, overload, silence and the simulator.
class ItemSensorTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("grams");
        QTest::newRow("stable g") << QByteArray("ST,+0001234 g\r\n") << true << int(ScaleLine::Status::Stable)
                                  << 1234;
        QTest::newRow("unstable kg") << QByteArray("US,+001.2345kg") << true
                                     << int(ScaleLine::Status::Unstable) << 1235;
        QTest::newRow("negative") << QByteArray("ST,-0000012 g") << true << int(ScaleLine::Status::Stable)
                                  << -12;
        QTest::newRow("overload") << QByteArray("OL,+9999999 g") << true << int(ScaleLine::Status::Overload)
                                  << 9999999;
        QTest::newRow("heaviest") << QByteArray("ST,-2147483kg") << true << int(ScaleLine::Status::Stable)
                                  << -2147483000;
        // Found by fuzz_scaleline: 4,000,081 kg wrapped round to a negative number of grams.
        QTest::newRow("beyond an int") << QByteArray("ST,+4000081kg") << false << 0 << 0;
        QTest::newRow("no sign") << QByteArray("ST,0001234 g") << false << 0 << 0;
        QTest::newRow("unknown header") << QByteArray("XX,+0001234 g") << false << 0 << 0;
        QTest::newRow("pounds") << QByteArray("ST,+0001234 lb") << false << 0 << 0;
        QTest::newRow("empty") << QByteArray("\r\n") << false << 0 << 0;
        QTest::newRow("too long") << QByteArray("ST,+0001234" + QByteArray(40, ' ') + "g") << false << 0 << 0;
        QTest::newRow("binary") << QByteArray("ST,+\x00\xff"
                                              "1 g",
            9) << false << 0 << 0;
    }
    void parse()
    {
        QFETCH(QByteArray, line);
        QFETCH(bool, valid);
        const auto parsed = ScaleLine::parse(line);
        QCOMPARE(parsed.has_value(), valid);
        if (valid) {
            QFETCH(int, status);
            QFETCH(int, grams);
            QCOMPARE(int(parsed->status), status);
            QCOMPARE(parsed->grams, grams);
        }
    }

    void serialScaleOnPseudoTerminal()
    {
        PseudoTerminal pty;
        QVERIFY(pty.isValid());
        SerialScale scale(pty.slavePath(), 9600, 400);
        QSignalSpy readings(&scale, &ItemSensor::reading);
        QSignalSpy faulted(&scale, &ItemSensor::faulted);
        scale.start();
        QVERIFY(pty.write("US,+0000100 g\r\nnoise\r\nST,+0000480 g\r\n"));
        QTRY_COMPARE(readings.size(), 2);
        QCOMPARE(readings.at(1).at(0).toInt(), 480);
        QCOMPARE(readings.at(1).at(1).toBool(), true);
        QCOMPARE(scale.grams(), 480);
        QVERIFY(scale.isStable());

        QVERIFY(pty.write("OL,+9999999 g\r\n"));
        QTRY_COMPARE(faulted.size(), 1);
        QCOMPARE(faulted.at(0).at(0).value<ItemSensor::Fault>(), ItemSensor::Fault::Overload);
        QCOMPARE(scale.grams(), 480);

        QVERIFY(pty.write("ST,+0000000 g\r\n"));
        QTRY_COMPARE(readings.size(), 3);
        // Then the scale goes quiet: one Offline fault, not one per tick.
        QTRY_COMPARE_WITH_TIMEOUT(faulted.size(), 2, 2000);
        QCOMPARE(faulted.at(1).at(0).value<ItemSensor::Fault>(), ItemSensor::Fault::Offline);
        QTest::qWait(500);
        QCOMPARE(faulted.size(), 2);
        scale.stop();
    }

    void missingPortIsOffline()
    {
        SerialScale scale(u"/dev/nonexistent-scale"_s);
        QSignalSpy faulted(&scale, &ItemSensor::faulted);
        scale.start();
        QCOMPARE(faulted.size(), 1);
    }

    void simulatorReportsOnlyWhileStarted()
    {
        SimItemSensor sim;
        QSignalSpy readings(&sim, &ItemSensor::reading);
        sim.setWeight(50);
        QCOMPARE(readings.size(), 0);
        sim.start();
        sim.setWeight(70, false);
        QCOMPARE(readings.size(), 1);
        QCOMPARE(sim.grams(), 70);
        QVERIFY(!sim.isStable());
    }
};

QTEST_GUILESS_MAIN(ItemSensorTest)
#include "tst_itemsensor.moc"
