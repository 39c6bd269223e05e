#include "SessionFixture.h"

/// "Need help?" on the shopper's screens, and the shopper's time: a colleague is called (the light, a
/// journaled event) without changing anything the shopper chose, and once the colleague is done, the
/// shopper called it off or nobody came, the journey is back on the screen it left. "I need more time"
/// starts a screen's countdown again; the done screen keeps the e-receipt's QR at least a minute; the
/// open chute counts down and takes "Item won't fit?".
class HelpCallTest : public SessionFixture
{
    Q_OBJECT

    /// The `shopper.help_requested` events in the outbox.
    QList<QJsonObject> helpRequests()
    {
        QList<QJsonObject> requests;
        for (const QJsonObject &event : queuedEvents())
            if (event.value(u"type"_s).toString() == u"shopper.help_requested")
                requests.append(event);
        return requests;
    }

    bool attention() const { return m_light->state() == drivers::Indicator::State::Attention; }

    /// A chute that stays open two seconds before the item is sensed: time to look at it open.
    void useSlowChute()
    {
        m_session.reset();
        m_station.reset();
        m_chute = std::make_unique<drivers::SimChuteLock>(drivers::SimChuteLock::Timing { 5, 2000, 30'000 });
        m_scale = std::make_unique<drivers::SimItemSensor>();
        m_scale->followChute(*m_chute);
        m_station = std::make_unique<DropoffStation>(
            *m_chute, *m_scale, *m_light, DropoffStation::Config { 20, 30, 200, 10000 });
        makeSession();
    }

private Q_SLOTS:
    void init() { setUpSession(); }
    void cleanup() { tearDownSession(); }

    void helpKeepsTheSelectionAndRecordsNothingElse()
    {
        reachItems(u"RK-100001"_s);
        m_session->setSelected(1, true);
        m_session->setSelected(2, true);
        const int outboxBefore = pendingOutbox();
        QVERIFY(m_session->helpOffered());
        QVERIFY(!attention());

        m_session->askForHelp();
        QTRY_COMPARE(m_session->screen(), Screen::Assistance);
        QVERIFY(m_session->helpCall());
        QVERIFY(!m_session->helpOffered());
        QVERIFY(attention()); // seen from across the store
        QVERIFY(!m_session->countdownShown()); // the time waited shows, not a countdown
        const QList<QJsonObject> requests = helpRequests();
        QCOMPARE(requests.size(), 1);
        const QJsonObject payload = requests.front().value(u"payload"_s).toObject();
        QCOMPARE(payload.value(u"orderId"_s).toString(), u"RK-100001"_s);
        QCOMPARE(payload.value(u"screen"_s).toString(), u"items"_s);
        QCOMPARE(payload.value(u"kioskId"_s).toString(), u"kiosk-test"_s);
        QCOMPARE(pendingOutbox(), outboxBefore + 1); // the call only

        idleFor(42);
        QCOMPARE(m_session->waitedSeconds(), 42);
        m_session->cancelHelp();
        QTRY_COMPARE(m_session->screen(), Screen::Items);
        QVERIFY(!m_session->helpCall());
        QVERIFY(!attention());
        QCOMPARE(m_session->selectedCount(), 2);
        QCOMPARE(m_session->orderId(), u"RK-100001"_s);
        QCOMPARE(pendingOutbox(), outboxBefore + 1);
        QCOMPARE(m_session->staff()->reasonCode(), QString()); // the call is over
    }

    void colleagueDoneReturnsToTheScreenLeft()
    {
        reachTagsQuestion();
        const QString asked = m_session->question();
        const QString item = m_session->stepTitle();
        m_session->askForHelp();
        QTRY_COMPARE(m_session->screen(), Screen::Assistance);
        QVERIFY(colleagueSignsIn());
        QTRY_COMPARE(m_session->screen(), Screen::Staff);
        QCOMPARE(m_session->staff()->reasonCode(), u"shopper.help"_s);
        QVERIFY2(m_session->staff()->cause().contains(u"asked for help"_s),
            qPrintable(m_session->staff()->cause()));
        QVERIFY(!m_session->staff()->canApprove()); // a call for help overrides nothing
        QVERIFY(!m_session->staff()->canResume());
        QCOMPARE(m_session->staff()->items(), QStringList { item });

        m_session->signOut();
        QTRY_COMPARE(m_session->screen(), Screen::Questions);
        QCOMPARE(m_session->question(), asked);
        QCOMPARE(m_session->stepTitle(), item);
        QVERIFY(!attention());
        m_session->answerQuestion(true); // and on they go
        QTRY_COMPARE(m_session->screen(), Screen::Resolution);
    }

    void nobodyComesAndTheShopperIsBackWhereTheyWere()
    {
        reachItems(u"RK-100001"_s);
        m_session->setSelected(1, true);
        m_session->askForHelp();
        QTRY_COMPARE(m_session->screen(), Screen::Assistance);
        idleFor(299);
        QCOMPARE(m_session->screen(), Screen::Assistance);
        idleFor(2);
        QTRY_COMPARE(m_session->screen(), Screen::Items);
        QCOMPARE(m_session->selectedCount(), 1);
        QCOMPARE(m_session->idleSecondsLeft(), 60); // the screen's own countdown, from the start
    }

    void helpBetweenItemsAtTheChuteKeepsWhatWentIn()
    {
        reachSecondTag();
        QVERIFY(m_session->helpOffered());
        m_session->askForHelp();
        QTRY_COMPARE(m_session->screen(), Screen::Assistance);
        QVERIFY(colleagueSignsIn());
        QTRY_COMPARE(m_session->screen(), Screen::Staff);
        const QVariantList states = m_session->staff()->itemStates();
        QCOMPARE(states.size(), 2);
        QVERIFY(states.at(0).toMap().value(u"inBin"_s).toBool());
        QVERIFY(!states.at(1).toMap().value(u"inBin"_s).toBool());
        m_session->signOut();
        QTRY_COMPARE(m_session->screen(), Screen::Dropoff);
        QVERIFY(m_session->awaitingTag());
        QCOMPARE(m_session->dropoffIndex(), 1);
        m_session->submitCode(currentTag());
        QTRY_COMPARE(m_session->screen(), Screen::Done);
        QCOMPARE(m_session->returnReferences().size(), 1); // one return, both items
    }

    void helpIsNotOfferedOutsideTheShoppersScreens()
    {
        QVERIFY(!m_session->helpOffered()); // attract
        m_session->askForHelp();
        QCOMPARE(m_session->screen(), Screen::Attract);
        QVERIFY(helpRequests().isEmpty());
        failVerifier(u"RK-100001"_s); // a fault's assistance screen is no call for help
        QVERIFY(!m_session->helpCall());
        m_session->cancelHelp();
        QCOMPARE(m_session->screen(), Screen::Assistance);
    }

    void moreTimeStartsTheCountdownAgain()
    {
        reachItems(u"RK-100001"_s);
        idleFor(45);
        QVERIFY(m_session->countdownShown());
        QCOMPARE(m_session->idleSecondsLeft(), 15);
        m_session->touch(); // "I need more time"
        QCOMPARE(m_session->idleSecondsLeft(), 60);
        QVERIFY(!m_session->countdownShown());
        QCOMPARE(m_session->screen(), Screen::Items);
    }

    void doneScreenKeepsTheEReceiptQrAMinute()
    {
        reachItems(u"RK-100001"_s);
        m_session->setSelected(1, true);
        m_printer->scriptFault(drivers::ReceiptPrinter::Fault::PaperOut);
        dropOff();
        QTRY_COMPARE(m_session->screen(), Screen::Done);
        QVERIFY(!m_session->receiptUrl().isEmpty());
        QCOMPARE(m_session->idleSecondsLeft(), 60); // not the done screen's usual 1 s (the fixture's)
        idleFor(50);
        m_session->touch(); // "I need more time"
        QCOMPARE(m_session->idleSecondsLeft(), 60);
        idleFor(59);
        QCOMPARE(m_session->screen(), Screen::Done);
        idleFor(2);
        QTRY_COMPARE(m_session->screen(), Screen::Attract);
    }

    void doneScreenWithAPrintedReceiptKeepsItsOwnTime()
    {
        reachItems(u"RK-100001"_s);
        m_session->setSelected(1, true);
        dropOff();
        QTRY_COMPARE(m_session->screen(), Screen::Done);
        QVERIFY(m_session->receiptPrinted());
        QCOMPARE(m_session->idleSecondsLeft(), 1);
    }

    void openChuteCountsDownAndTakesItemWontFit()
    {
        useSlowChute();
        reachSecondTag();
        m_session->submitCode(currentTag());
        QTRY_VERIFY(m_session->chuteOpen());
        QVERIFY(!m_session->helpOffered()); // "Item won't fit?" stands in for it
        QCOMPARE(m_session->chuteSecondsLeft(), 30);
        m_clock->advance(12'000);
        m_session->tick();
        QCOMPARE(m_session->chuteSecondsLeft(), 18);
        QCOMPARE(m_session->screen(), Screen::Dropoff); // the shopper's time stands still meanwhile

        m_session->itemWontFit();
        QTRY_COMPARE(m_session->screen(), Screen::Assistance);
        QVERIFY(!m_chute->isOpen());
        QVERIFY(m_light->state() != drivers::Indicator::State::Busy); // calling, not "drop here"
        QCOMPARE(m_session->staff()->reasonCode(), u"chute.itemwontfit"_s);
        QCOMPARE(m_session->returnReferences().size(), 1); // the first item is recorded
        QVERIFY(!m_session->message().isEmpty());

        QVERIFY(colleagueSignsIn());
        QTRY_COMPARE(m_session->screen(), Screen::Staff);
        QVERIFY(m_session->staff()->resume()); // folded, it fits now: its tag again
        QTRY_COMPARE(m_session->screen(), Screen::Dropoff);
        QTRY_VERIFY(m_session->awaitingTag());
        QCOMPARE(m_session->dropoffIndex(), 1);
    }

    void itemWontFitOnlyWithTheChuteOpen()
    {
        reachSecondTag();
        m_session->itemWontFit(); // awaiting a tag: nothing to fit yet
        QCOMPARE(m_session->screen(), Screen::Dropoff);
        QVERIFY(m_session->awaitingTag());
        QCOMPARE(m_session->chuteSecondsLeft(), 0);
    }
};

QTEST_GUILESS_MAIN(HelpCallTest)
#include "tst_helpcall.moc"
