#include "DropoffStation.h"
#include "dropoff/SimChuteLock.h"
#include "indicator/SimIndicator.h"
#include "sensor/SimItemSensor.h"

#include <QSignalSpy>
#include <QTest>

using namespace kiosk;
using namespace Qt::Literals::StringLiterals;
using drivers::ChuteLock;
using drivers::Indicator;

/// The chute, the scale under the bin and the light, with faults scripted on the fakes: an item
/// counts only when the scale agrees (its weight if known, else presence), a missed item or a
/// full bin is a fault, and the light is on while the chute is open and shows the fault colour.
class DropoffStationTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<drivers::SimChuteLock> m_chute;
    std::unique_ptr<drivers::SimItemSensor> m_scale;
    std::unique_ptr<drivers::SimIndicator> m_light;
    std::unique_ptr<DropoffStation> m_station;

    void make(bool follow = true)
    {
        m_chute = std::make_unique<drivers::SimChuteLock>(drivers::SimChuteLock::Timing { 5, 200 });
        m_scale = std::make_unique<drivers::SimItemSensor>();
        m_light = std::make_unique<drivers::SimIndicator>();
        if (follow)
            m_scale->followChute(*m_chute, 300);
        m_station = std::make_unique<DropoffStation>(
            *m_chute, *m_scale, *m_light, DropoffStation::Config { 20, 30, 100, 5000 });
    }

    /// Makes the scale read `grams` more as soon as the chute has closed on the item.
    void dropWeighing(int grams)
    {
        connect(m_chute.get(), &ChuteLock::itemAccepted, m_scale.get(),
            [this, grams] { m_scale->setWeight(m_scale->grams() + grams); });
    }

private Q_SLOTS:
    void init() { make(); }

    void presenceIsEnoughWithoutAKnownWeight()
    {
        QSignalSpy sensed(m_station.get(), &DropoffStation::itemSensed);
        QSignalSpy faulted(m_station.get(), &DropoffStation::faulted);
        QCOMPARE(m_light->state(), Indicator::State::Ready);
        QSignalSpy opened(m_chute.get(), &ChuteLock::opened);
        m_station->acceptItem({}, 0);
        QVERIFY(opened.wait(1000));
        QVERIFY(m_chute->isOpen());
        QCOMPARE(m_light->state(), Indicator::State::Busy); // on while the chute is open
        QVERIFY(sensed.wait(2000));
        QCOMPARE(faulted.size(), 0);
        QCOMPARE(m_light->state(), Indicator::State::Ready);
        QCOMPARE(m_light->history(),
            (QList<Indicator::State> {
                Indicator::State::Ready, Indicator::State::Busy, Indicator::State::Ready }));
    }

    void knownWeightMustBePlausible_data()
    {
        QTest::addColumn<int>("expected");
        QTest::addColumn<int>("dropped");
        QTest::addColumn<bool>("sensed");
        QTest::newRow("exact") << 500 << 500 << true;
        QTest::newRow("within tolerance") << 500 << 640 << true;
        QTest::newRow("much heavier: another product") << 500 << 900 << false;
        QTest::newRow("much lighter") << 500 << 100 << false;
        QTest::newRow("presence only, a feather") << 0 << 5 << false;
    }

    void knownWeightMustBePlausible()
    {
        QFETCH(int, expected);
        QFETCH(int, dropped);
        QFETCH(bool, sensed);
        make(false);
        dropWeighing(dropped);
        QSignalSpy sensedSpy(m_station.get(), &DropoffStation::itemSensed);
        QSignalSpy faulted(m_station.get(), &DropoffStation::faulted);
        m_station->acceptItem({}, expected);
        QTRY_VERIFY_WITH_TIMEOUT(sensedSpy.size() + faulted.size() == 1, 2000);
        QCOMPARE(sensedSpy.size() == 1, sensed);
        if (!sensed) {
            QCOMPARE(faulted.front().front().value<ChuteLock::Fault>(), ChuteLock::Fault::ItemNotSensed);
            QCOMPARE(m_light->state(), Indicator::State::Fault);
        }
    }

    void itemTheScaleNeverSawIsNotSensed()
    {
        m_scale->scriptMissedItem();
        QSignalSpy faulted(m_station.get(), &DropoffStation::faulted);
        m_station->acceptItem({}, 0);
        QVERIFY(faulted.wait(2000));
        QCOMPARE(faulted.front().front().value<ChuteLock::Fault>(), ChuteLock::Fault::ItemNotSensed);
        QCOMPARE(m_light->state(), Indicator::State::Fault);
        QVERIFY(!m_chute->isOpen());
        QSignalSpy sensed(m_station.get(), &DropoffStation::itemSensed);
        m_station->acceptItem({}, 0); // the retry goes through
        QVERIFY(sensed.wait(2000));
    }

    void fullBinNeverOpens()
    {
        m_scale->setWeight(5000);
        QSignalSpy faulted(m_station.get(), &DropoffStation::faulted);
        QSignalSpy opened(m_chute.get(), &ChuteLock::opened);
        m_station->acceptItem({}, 0);
        QVERIFY(faulted.wait(1000));
        QCOMPARE(faulted.front().front().value<ChuteLock::Fault>(), ChuteLock::Fault::BinFull);
        QCOMPARE(opened.size(), 0);
        QCOMPARE(m_light->state(), Indicator::State::Fault);
    }

    void itemThatFillsTheBinOrOverloadsTheScale()
    {
        m_scale->setWeight(4800); // the next 300 g item reaches the capacity
        QSignalSpy faulted(m_station.get(), &DropoffStation::faulted);
        m_station->acceptItem({}, 0);
        QVERIFY(faulted.wait(2000));
        QCOMPARE(faulted.front().front().value<ChuteLock::Fault>(), ChuteLock::Fault::BinFull);

        make(false);
        QSignalSpy overload(m_station.get(), &DropoffStation::faulted);
        QSignalSpy opened(m_chute.get(), &ChuteLock::opened);
        m_station->acceptItem({}, 0);
        QVERIFY(opened.wait(1000));
        m_scale->fail(drivers::ItemSensor::Fault::Overload);
        QCOMPARE(overload.size(), 1);
        QCOMPARE(overload.front().front().value<ChuteLock::Fault>(), ChuteLock::Fault::BinFull);
        QVERIFY(!m_chute->isOpen());
    }

    void scaleOfflineFallsBackToTheChuteSensor()
    {
        make(false);
        QSignalSpy sensed(m_station.get(), &DropoffStation::itemSensed);
        connect(m_chute.get(), &ChuteLock::itemAccepted, m_scale.get(),
            [this] { m_scale->fail(drivers::ItemSensor::Fault::Offline); });
        m_station->acceptItem({}, 0);
        QVERIFY(sensed.wait(2000));
    }

    void chuteFaultsPassThroughWithTheFaultColour()
    {
        m_chute->scriptFault(ChuteLock::Fault::Jammed);
        QSignalSpy faulted(m_station.get(), &DropoffStation::faulted);
        m_station->acceptItem({}, 0);
        QVERIFY(faulted.wait(2000));
        QCOMPARE(faulted.front().front().value<ChuteLock::Fault>(), ChuteLock::Fault::Jammed);
        QCOMPARE(m_light->state(), Indicator::State::Fault);
    }

    /// Two chutes: resell over the scale (RESELL, and any bin the profile does not know), recycle on its
    /// own sensor (RECYCLE). Each item opens its bin's chute only. A jam takes only that chute's bins out
    /// of service, until the chute passes its self-test or a colleague clears it.
    void eachBinHasItsChute()
    {
        drivers::SimChuteLock resell(drivers::SimChuteLock::Timing { 5, 20 });
        drivers::SimChuteLock recycle(drivers::SimChuteLock::Timing { 5, 20 });
        m_scale->followChute(resell, 300);
        DropoffStation station({ { u"resell"_s, &resell }, { u"recycle"_s, &recycle } },
            { { u"RESELL"_s, u"resell"_s }, { u"RECYCLE"_s, u"recycle"_s } }, *m_scale, *m_light,
            DropoffStation::Config { 20, 30, 100, 5000 });
        QCOMPARE(station.chuteOf(u"RECYCLE"_s), u"recycle"_s);
        QCOMPARE(station.chuteOf(u"GEN"_s), u"resell"_s); // unknown: the first bin's chute
        QSignalSpy resellOpened(&resell, &ChuteLock::opened);
        QSignalSpy recycleOpened(&recycle, &ChuteLock::opened);
        QSignalSpy sensed(&station, &DropoffStation::itemSensed);
        QSignalSpy faulted(&station, &DropoffStation::faulted);
        QSignalSpy service(&station, &DropoffStation::serviceChanged);

        const int before = m_scale->grams();
        station.acceptItem(u"RECYCLE"_s, 0);
        QVERIFY(sensed.wait(2000)); // no scale under it: its own sensor counts the item
        QCOMPARE(recycleOpened.size(), 1);
        QCOMPARE(resellOpened.size(), 0);
        QCOMPARE(m_scale->grams(), before);
        station.acceptItem(u"GEN"_s, 0);
        QVERIFY(sensed.wait(2000)); // weighed: the scale under resell agreed
        QCOMPARE(resellOpened.size(), 1);
        QCOMPARE(recycleOpened.size(), 1);
        QCOMPARE(faulted.size(), 0);

        recycle.scriptFault(ChuteLock::Fault::Jammed);
        station.acceptItem(u"RECYCLE"_s, 0);
        QVERIFY(faulted.wait(2000));
        QCOMPARE(service.size(), 1);
        QVERIFY(!station.binInService(u"RECYCLE"_s));
        QVERIFY(station.binInService(u"RESELL"_s));
        QVERIFY(station.binInService(u"GEN"_s));
        QVERIFY(station.binInService({})); // kept, nothing to drop
        QVERIFY(!station.allChutesDown());
        QCOMPARE(station.chutesDown(),
            (QMap<QString, ChuteLock::Fault> { { u"recycle"_s, ChuteLock::Fault::Jammed } }));
        // Out of service: the chute is not even tried.
        station.acceptItem(u"RECYCLE"_s, 0);
        QVERIFY(faulted.wait(2000));
        QCOMPARE(faulted.last().front().value<ChuteLock::Fault>(), ChuteLock::Fault::Jammed);
        QCOMPARE(recycleOpened.size(), 1);
        // The other chute still works.
        station.acceptItem(u"RESELL"_s, 0);
        QVERIFY(sensed.wait(2000));
        QCOMPARE(resellOpened.size(), 2);

        QSignalSpy cycled(&recycle, &ChuteLock::cycled);
        recycle.testCycle();
        QVERIFY(cycled.wait(2000));
        QVERIFY(station.binInService(u"RECYCLE"_s));
        QCOMPARE(service.size(), 2);

        // Every chute failing its self-test: nothing takes items.
        resell.scriptCycle(ChuteLock::Cycle::DidNotClose);
        recycle.scriptCycle(ChuteLock::Cycle::Offline);
        QSignalSpy resellCycled(&resell, &ChuteLock::cycled);
        resell.testCycle();
        recycle.testCycle();
        QVERIFY(resellCycled.wait(5000));
        QTRY_VERIFY(station.allChutesDown());
        QCOMPARE(station.chutesDown().value(u"recycle"_s), ChuteLock::Fault::Offline);
        // A colleague cleared the chute of the last item (resell): back in service.
        station.acceptItem(u"RESELL"_s, 0);
        QVERIFY(faulted.wait(2000));
        station.chuteCleared();
        QVERIFY(station.binInService(u"RESELL"_s));
        QVERIFY(!station.binInService(u"RECYCLE"_s));
    }

    void attentionWhenAColleagueIsNeeded()
    {
        m_station->setAttention(true);
        QCOMPARE(m_light->state(), Indicator::State::Attention);
        m_station->setAttention(false);
        QCOMPARE(m_light->state(), Indicator::State::Ready);
    }
};

QTEST_GUILESS_MAIN(DropoffStationTest)
#include "tst_dropoffstation.moc"
