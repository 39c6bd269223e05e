#include "SessionFixture.h"

/// The drop-off (DropoffRun through the session): tags that open the chute or are refused, items the
/// scale does not see, jams and a full bin, a scanner pulled out, cancels between items, and a
/// colleague checking an item whose tag can't confirm it. Nothing handed in is ever lost.
class DropoffRunTest : public SessionFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void init() { setUpSession(); }
    void cleanup() { tearDownSession(); }

    /// The chute jams on the second item: the first is recorded at once; a colleague clears the
    /// chute and the second goes in as a return of its own, so nothing is recorded twice.
    void colleagueClearsAJamAndTheDropOffGoesOn()
    {
        reachItems(u"RK-100001"_s);
        m_session->setSelected(1, true);
        m_session->setSelected(2, true);
        m_chute->scriptFault(drivers::ChuteLock::Fault::None);
        m_chute->scriptFault(drivers::ChuteLock::Fault::Jammed);
        dropOff();
        QTRY_COMPARE(m_session->screen(), Screen::Assistance);
        QCOMPARE(m_journal->returnCount(), 1);
        const QString first = m_session->returnId();
        StaffTakeover *staff = m_session->staff();
        QCOMPARE(staff->reasonCode(), u"chute.jammed"_s);
        QCOMPARE(staff->items().size(), 1);
        QVERIFY(colleagueSignsIn());
        QTRY_COMPARE(m_session->screen(), Screen::Staff);
        QVERIFY(!staff->approve()); // a jam is cleared, not approved
        QVERIFY(staff->resume());
        QTRY_COMPARE(m_session->screen(), Screen::Dropoff);
        QTRY_VERIFY(m_session->awaitingTag());
        QCOMPARE(m_session->dropoffIndex(), 1);
        m_session->submitCode(currentTag());
        QTRY_COMPARE(m_session->screen(), Screen::Done);
        QCOMPARE(m_journal->returnCount(), 2);
        const auto second = m_journal->findReturn(m_session->returnId());
        QVERIFY(second && m_session->returnId() != first);
        QCOMPARE(second->items.size(), size_t(1));
        QCOMPARE(second->items.front().lineNo, 2);
        QCOMPARE(m_journal->findReturn(first)->items.front().lineNo, 1);
        // The done screen names both returns and what they give back together.
        QCOMPARE(m_session->returnReferences(),
            QStringList({ first.left(8).toUpper(), second->id.left(8).toUpper() }));
        QCOMPARE(m_session->refundText(),
            formatMoney(m_journal->findReturn(first)->refundTotal() + second->refundTotal(), u"USD"_s));
        m_session->finish();
        QTRY_COMPARE(m_session->screen(), Screen::Attract);
        QVERIFY(m_session->returnReferences().isEmpty()); // nothing of this shopper stays
    }

    /// The second item's tag is missing: what went in is recorded at once, a colleague checks the item
    /// and lets it in (an override with their id), and the drop-off finishes as a return of its own.
    void tagThatWontScanIsCheckedByAColleague()
    {
        reachSecondTag();
        const QString secondItem = m_session->dropoffTitle();
        m_session->cannotScanTag();
        m_session->cannotScanTag(); // a double tap asks once
        QTRY_COMPARE(m_session->screen(), Screen::Assistance);
        QCOMPARE(m_journal->returnCount(), 1); // the first item is not left unrecorded while they wait
        const QString first = m_session->returnId();
        StaffTakeover *staff = m_session->staff();
        QCOMPARE(staff->reasonCode(), u"tag.unreadable"_s);
        QCOMPARE(staff->items(), QStringList { secondItem });
        QVERIFY(m_session->message().contains(u"colleague will check the item"_s));
        QVERIFY(colleagueSignsIn());
        QTRY_COMPARE(m_session->screen(), Screen::Staff);
        QVERIFY(!staff->canResume()); // nothing to clear: the colleague vouches for the item or ends
        QVERIFY(staff->approve());
        QVERIFY(!staff->approve()); // a double tap on approve lets one item in
        QTRY_COMPARE(m_session->screen(), Screen::Done); // the chute took it without a tag
        QCOMPARE(m_journal->returnCount(), 2);
        const auto second = m_journal->findReturn(m_session->returnId());
        QVERIFY(second && second->id != first);
        QCOMPARE(second->items.size(), size_t(1));
        QCOMPARE(second->items.front().lineNo, 2);
        const QList<QJsonObject> events = queuedEvents();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.front()[u"type"_s].toString(), u"staff.override"_s);
        QCOMPARE(events.front()[u"payload"_s].toObject()[u"reasonCode"_s].toString(), u"tag.unreadable"_s);
    }

    /// The colleague finds the wrong item in the shopper's hands: they end the session, and what
    /// already went in stays recorded.
    void colleagueRefusesAnItemWithoutATag()
    {
        reachSecondTag();
        m_session->cannotScanTag();
        QTRY_COMPARE(m_session->screen(), Screen::Assistance);
        QVERIFY(colleagueSignsIn());
        QTRY_COMPARE(m_session->screen(), Screen::Staff);
        m_session->finish();
        QTRY_COMPARE(m_session->screen(), Screen::Attract);
        QCOMPARE(m_journal->returnCount(), 1);
        QVERIFY(queuedEvents().isEmpty()); // nothing was approved
    }

    /// "Tag won't scan" only means something while the chute waits for a tag.
    void cannotScanTagIsIgnoredElsewhere()
    {
        reachItems(u"RK-100001"_s);
        m_session->cannotScanTag();
        QCOMPARE(m_session->screen(), Screen::Items);
        m_session->setSelected(1, true);
        reachTagScan();
        m_session->submitCode(currentTag());
        QTRY_VERIFY(!m_session->awaitingTag()); // the chute is open for the item
        m_session->cannotScanTag();
        QTRY_COMPARE(m_session->screen(), Screen::Done);
        QCOMPARE(m_session->staff()->reasonCode(), QString());
    }

    /// The chute closed but the scale saw nothing: the shopper is asked to try again, and the
    /// second try goes through; nothing is recorded for the miss.
    void itemNotSensedIsTriedAgain()
    {
        reachChute();
        m_scale->scriptMissedItem();
        m_session->submitCode(currentTag());
        QTRY_VERIFY(m_session->awaitingTag());
        QCOMPARE(m_session->screen(), Screen::Dropoff);
        QVERIFY2(
            m_session->message().contains(u"didn't see the item go in"_s), qPrintable(m_session->message()));
        QCOMPARE(m_session->dropoffIndex(), 0);
        QCOMPARE(m_journal->returnCount(), 0);
        m_session->submitCode(currentTag());
        QTRY_COMPARE(m_session->screen(), Screen::Done);
        QCOMPARE(m_journal->returnCount(), 1);
    }

    /// Missed twice: a colleague comes (the light says so), checks the bin, and carries on.
    void itemNotSensedTwiceNeedsAColleague()
    {
        reachChute();
        m_scale->scriptMissedItem();
        m_scale->scriptMissedItem();
        m_session->submitCode(currentTag());
        QTRY_VERIFY(m_session->awaitingTag());
        m_session->submitCode(currentTag());
        QTRY_COMPARE(m_session->screen(), Screen::Assistance);
        QCOMPARE(m_light->state(), drivers::Indicator::State::Attention);
        QCOMPARE(m_session->staff()->reasonCode(), u"chute.itemnotsensed"_s);
        QVERIFY(colleagueSignsIn());
        QTRY_COMPARE(m_session->screen(), Screen::Staff);
        QVERIFY(m_session->staff()->resume());
        QTRY_VERIFY(m_session->awaitingTag());
        m_session->submitCode(currentTag());
        QTRY_COMPARE(m_session->screen(), Screen::Done);
        QCOMPARE(m_journal->returnCount(), 1);
        QCOMPARE(m_light->state(), drivers::Indicator::State::Ready);
    }

    /// The bin is full: the chute stays shut and a colleague is called; nothing is recorded.
    void binFullNeedsAColleague()
    {
        reachChute();
        m_scale->setWeight(10000);
        m_session->submitCode(currentTag());
        QTRY_COMPARE(m_session->screen(), Screen::Assistance);
        QVERIFY2(m_session->message().contains(u"bin is full"_s), qPrintable(m_session->message()));
        QCOMPARE(m_session->staff()->reasonCode(), u"chute.binfull"_s);
        QVERIFY(!m_chute->isOpen());
        QCOMPARE(m_journal->returnCount(), 0);
        QVERIFY(m_light->history().contains(drivers::Indicator::State::Fault));
    }

    /// The scanner is unplugged: typing still works on the identify screen; at the chute, where
    /// only a scanned tag opens it, what went in is kept and a colleague is called.
    void scannerYankedMidFlow()
    {
        m_session->start();
        QTRY_COMPARE(m_session->screen(), Screen::Identify);
        m_session->setScannerConnected(false);
        QVERIFY(!m_session->scannerConnected());
        QCOMPARE(m_light->state(), drivers::Indicator::State::Attention);
        m_session->submitOrderDigits(u"100001"_s);
        QTRY_COMPARE(m_session->screen(), Screen::Verify);
        m_session->submitVerifier(demoZip(u"RK-100001"_s));
        QTRY_COMPARE(m_session->screen(), Screen::Items);
        m_session->setScannerConnected(true);
        m_session->setSelected(1, true);
        m_session->setSelected(2, true);
        reachTagScan();
        m_session->submitCode(currentTag());
        QTRY_COMPARE(m_session->dropoffIndex(), 1);
        QTRY_VERIFY(m_session->awaitingTag());
        m_session->setScannerConnected(false);
        QTRY_COMPARE(m_session->screen(), Screen::Assistance);
        QVERIFY(m_session->message().contains(u"scanner"_s));
        QCOMPARE(m_session->staff()->reasonCode(), u"scanner.disconnected"_s);
        QCOMPARE(m_journal->returnCount(), 1); // the first item, already in the bin
        QCOMPARE(m_light->state(), drivers::Indicator::State::Attention);
        m_session->setScannerConnected(true); // a colleague plugs it back in and carries on
        QVERIFY(colleagueSignsIn());
        QTRY_COMPARE(m_session->screen(), Screen::Staff);
        QVERIFY(m_session->staff()->resume());
        QTRY_VERIFY(m_session->awaitingTag());
        m_session->submitCode(currentTag());
        QTRY_COMPARE(m_session->screen(), Screen::Done);
        QCOMPARE(m_journal->returnCount(), 2);
    }

    void chuteFaultKeepsWhatWasHandedIn()
    {
        reachItems(u"RK-100001"_s);
        m_session->setSelected(1, true);
        m_session->setSelected(2, true);
        m_chute->scriptFault(drivers::ChuteLock::Fault::None);
        m_chute->scriptFault(drivers::ChuteLock::Fault::Jammed);
        dropOff();
        QTRY_COMPARE(m_session->screen(), Screen::Assistance);
        QVERIFY(m_session->message().contains(u"already dropped in is recorded"_s));
        QCOMPARE(m_journal->returnCount(), 1);
        const auto stored = m_journal->findReturn(m_session->returnId());
        QVERIFY(stored);
        QCOMPARE(stored->items.size(), size_t(1));
        QCOMPARE(stored->items.front().lineNo, 1);
    }

    void jamOnFirstItemRecordsNothing()
    {
        reachItems(u"RK-100001"_s);
        m_session->setSelected(2, true);
        m_chute->scriptFault(drivers::ChuteLock::Fault::Jammed);
        dropOff();
        QTRY_COMPARE(m_session->screen(), Screen::Assistance);
        QCOMPARE(m_journal->returnCount(), 0);
    }

    void cancelWithTheChuteOpenIsIgnored()
    {
        reachChute();
        m_session->submitCode(currentTag());
        QVERIFY(!m_session->awaitingTag());
        m_session->cancel(); // the chute is opening: ignored
        QTRY_COMPARE(m_session->screen(), Screen::Done);
        QCOMPARE(m_journal->returnCount(), 1);
    }

    void cancelBetweenItemsKeepsWhatWentIn()
    {
        reachItems(u"RK-100001"_s);
        m_session->setSelected(1, true);
        m_session->setSelected(2, true);
        m_session->confirmItems();
        QTRY_COMPARE(m_session->screen(), Screen::Reasons);
        m_session->chooseReason(u"changed_mind"_s);
        QCOMPARE(m_session->stepIndex(), 1);
        m_session->chooseReason(u"wrong_size"_s);
        QTRY_COMPARE(m_session->screen(), Screen::Questions);
        QCOMPARE(m_session->stepTotal(), 2); // tags still attached? for both items
        m_session->answerQuestion(true);
        m_session->answerQuestion(true);
        QTRY_COMPARE(m_session->screen(), Screen::Resolution);
        m_session->chooseResolution(u"refund"_s);
        confirmReview();
        QTRY_VERIFY(m_session->awaitingTag());
        m_session->submitCode(currentTag());
        QTRY_COMPARE(m_session->dropoffIndex(), 1);
        QTRY_VERIFY(m_session->awaitingTag());
        m_session->cancel(); // keeps the jeans: the T-shirt is in the bin and recorded
        QTRY_COMPARE(m_session->screen(), Screen::Done);
        const auto stored = m_journal->findReturn(m_session->returnId());
        QVERIFY(stored);
        QCOMPARE(stored->items.size(), size_t(1));
        QCOMPARE(stored->items.front().reason, u"changed_mind"_s);
    }

    void cancelBeforeTheFirstItemRecordsNothing()
    {
        reachChute();
        m_session->cancel();
        QTRY_COMPARE(m_session->screen(), Screen::Attract);
        QCOMPARE(m_journal->returnCount(), 0);
    }

    void wrongTagGetsAMessageAndKeepsTheChuteShut()
    {
        reachChute();
        m_session->submitCode(u"00012345678912"_s); // the jeans' tag at the T-shirt
        QVERIFY(m_session->awaitingTag());
        QVERIFY(!m_chute->isOpen());
        QVERIFY2(m_session->message().contains(u"Slim fit jeans"_s), qPrintable(m_session->message()));
        m_session->submitCode(u"4006381333931"_s); // not in this order
        QVERIFY(m_session->message().contains(u"isn't part of this return"_s));
        m_session->submitCode(u"RK-100003"_s); // another order's number
        QVERIFY(m_session->message().contains(u"isn't an item tag"_s));
        QCOMPARE(m_session->orderId(), u"RK-100001"_s);
        m_session->submitCode(currentTag());
        QTRY_COMPARE(m_session->screen(), Screen::Done);
        QVERIFY(m_session->message().isEmpty());
    }
};

QTEST_GUILESS_MAIN(DropoffRunTest)
#include "tst_dropoffrun.moc"
