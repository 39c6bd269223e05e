#include "SessionFixture.h"

#include "KioskService.h"

#include <QJsonArray>
#include <QJsonObject>

/// The session as a whole: a refund from start to end, idle timeouts and the tap guard on the
/// injected clock, colleagues signing in and out, vouching for an order number, and waiting for them.
class ReturnSessionTest : public SessionFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void init() { setUpSession(); }
    void cleanup() { tearDownSession(); }

    void oneItemRefund()
    {
        reachItems(u"RK-100001"_s);
        QCOMPARE(m_session->orderId(), u"RK-100001"_s);
        QCOMPARE(m_session->lines()->rowCount(), 3);
        m_session->setSelected(1, true);
        QCOMPARE(m_session->selectedCount(), 1);
        QCOMPARE(m_session->refundText(), u"$24.99"_s);
        QSignalSpy recorded(m_session.get(), &ReturnSession::returnRecorded);
        dropOff();
        QTRY_COMPARE(m_session->screen(), Screen::Done);
        QCOMPARE(recorded.size(), 1);
        const auto stored = m_journal->findReturn(m_session->returnId());
        QVERIFY(stored);
        QCOMPARE(stored->orderId, u"RK-100001"_s);
        QCOMPARE(stored->items.size(), size_t(1));
        QCOMPARE(stored->items.front().lineNo, 1);
        QCOMPARE(stored->refundTotal(), 2499);
        QCOMPARE(pendingOutbox(), 1);
    }

    /// Out of service: neither "Start" nor a scanned code starts a return at attract, a colleague's badge
    /// still signs in; back in service the next shopper starts as usual.
    void outOfServiceStartsNoReturn()
    {
        KioskService service(*m_journal, *m_clock, *m_session->signIn(), u"kiosk-test"_s, {});
        m_session->setService(&service);
        service.applyCommands({ QJsonObject { { u"id"_s, u"c-1"_s }, { u"type"_s, u"out_of_service"_s } } });
        m_session->start();
        m_session->submitCode(returnCode(u"RK-100001"_s, inAWeek(), northwind()));
        QTest::qWait(50);
        QCOMPARE(m_session->screen(), Screen::Attract);
        m_session->submitCode(u"STAFF:E1042"_s);
        QTRY_COMPARE(m_session->screen(), Screen::StaffSignIn);
        m_session->cancel();
        QTRY_COMPARE(m_session->screen(), Screen::Attract);
        service.applyCommands({ QJsonObject { { u"id"_s, u"c-2"_s }, { u"type"_s, u"in_service"_s } } });
        m_session->start();
        QTRY_COMPARE(m_session->screen(), Screen::Identify);
        m_session->setService(nullptr);
    }

    void colleagueLeftAloneIsSignedOut()
    {
        makeSession(60, 1);
        m_chute->scriptFault(drivers::ChuteLock::Fault::Jammed);
        reachItems(u"RK-100001"_s);
        m_session->setSelected(2, true);
        dropOff();
        QTRY_COMPARE(m_session->screen(), Screen::Assistance);
        QVERIFY(colleagueSignsIn());
        QTRY_COMPARE(m_session->screen(), Screen::Staff);
        QCOMPARE(m_session->idleSecondsLeft(), 1); // the staff screen shows it counting down
        idleFor(2);
        QTRY_COMPARE(m_session->screen(), Screen::Assistance);
        QCOMPARE(queuedEvents(true).last()[u"payload"_s][u"why"_s].toString(), u"idle"_s);
        QVERIFY(!m_session->staff()->signedIn());
        QVERIFY(!m_session->staff()->resume());
        QCOMPARE(m_session->staff()->reasonCode(), u"chute.jammed"_s);
    }

    /// Staff -> assistance on "Sign out"; wrong PINs lock the colleague (neither the right PIN nor the
    /// badge alone signs them in then), and "Finish" goes back to attract with everything wiped.
    void colleagueSignsOutAndEndsTheSession()
    {
        m_chute->scriptFault(drivers::ChuteLock::Fault::Jammed);
        reachItems(u"RK-100001"_s);
        m_session->setSelected(2, true);
        dropOff();
        QTRY_COMPARE(m_session->screen(), Screen::Assistance);
        QVERIFY(colleagueSignsIn());
        QTRY_COMPARE(m_session->screen(), Screen::Staff);
        m_session->staff()->signOut(); // "Sign out": the shopper waits for a colleague again
        QTRY_COMPARE(m_session->screen(), Screen::Assistance);
        QVERIFY(!m_session->staff()->canResume());
        for (int i = 0; i < 5; ++i) // the default limit: five wrong PINs lock the colleague
            QVERIFY(!colleagueSignsIn(u"000000"_s));
        QVERIFY(m_session->signIn()->locked());
        QCOMPARE(m_session->signIn()->problemKind(), StaffSignIn::Problem::Locked);
        QVERIFY(!colleagueSignsIn()); // even the right PIN, while locked
        m_session->submitCode(u"STAFF:E1042"_s); // and never the badge alone
        QTest::qWait(50);
        QCOMPARE(m_session->screen(), Screen::Assistance);
        m_session->finish();
        QTRY_COMPARE(m_session->screen(), Screen::Attract);
        QVERIFY(!m_session->staff()->signedIn());
        QVERIFY(m_session->staff()->orderId().isEmpty());
        QVERIFY(m_session->orderId().isEmpty());
        QCOMPARE(m_journal->returnCount(), 0);
    }

    /// Another order's code on the item list doesn't replace or add to this return: the shopper
    /// is told to finish this one first, and what they chose stays chosen.
    void secondScanMidFlowIsIgnored()
    {
        reachItems(u"RK-100001"_s);
        m_session->setSelected(1, true);
        m_session->submitCode(u"RK-100003"_s);
        QTest::qWait(20);
        QCOMPARE(m_session->screen(), Screen::Items);
        QCOMPARE(m_session->orderId(), u"RK-100001"_s);
        QCOMPARE(m_session->selectedCount(), 1);
        QVERIFY(m_session->message().contains(u"finish or cancel this return first"_s));
        m_session->confirmItems();
        QTRY_COMPARE(m_session->screen(), Screen::Reasons);
        QVERIFY(m_session->message().isEmpty());
        m_session->submitCode(returnCode(u"RK-100001"_s, inAWeek(), northwind(), u"T9"_s)); // ignored here
        QTest::qWait(20);
        QCOMPARE(m_session->screen(), Screen::Reasons);
        QCOMPARE(m_session->stepTotal(), 1);
    }

    /// A double tap: the second tap lands on the next screen or the next item's buttons and must
    /// not answer for it. Taps within the guard after a screen or step change are ignored.
    void doubleTapsAnswerOnce()
    {
        makeSession(60, 120, 300);
        reachItems(u"RK-100001"_s);
        waitOutTapGuard();
        m_session->setSelected(1, true);
        m_session->setSelected(2, true);
        m_session->confirmItems();
        m_session->confirmItems();
        QTRY_COMPARE(m_session->screen(), Screen::Reasons);
        m_session->chooseReason(u"changed_mind"_s); // the double tap's second half, on the new screen
        QCOMPARE(m_session->stepIndex(), 0);
        waitOutTapGuard();
        m_session->chooseReason(u"changed_mind"_s);
        m_session->chooseReason(u"changed_mind"_s); // same spot, now item 2's reasons
        QCOMPARE(m_session->stepIndex(), 1);
        waitOutTapGuard();
        m_session->chooseReason(u"wrong_size"_s);
        QTRY_COMPARE(m_session->screen(), Screen::Questions);
        m_session->answerQuestion(true); // too soon after the screen change
        QCOMPARE(m_session->stepIndex(), 0);
        waitOutTapGuard();
        m_session->answerQuestion(true);
        m_session->answerQuestion(true);
        QCOMPARE(m_session->stepIndex(), 1);
        waitOutTapGuard();
        m_session->answerQuestion(true);
        QTRY_COMPARE(m_session->screen(), Screen::Resolution);
        waitOutTapGuard();
        m_session->chooseResolution(u"refund"_s);
        m_session->chooseResolution(u"storeCredit"_s);
        confirmReview(); // too soon after the screen change: still the review
        QCOMPARE(m_session->screen(), Screen::Review);
        waitOutTapGuard();
        m_session->confirmReview();
        QTRY_VERIFY(m_session->awaitingTag());
        m_session->submitCode(currentTag());
        QTRY_VERIFY(m_session->awaitingTag() || m_session->screen() == Screen::Receipt);
        QTRY_COMPARE(m_session->dropoffIndex(), 1);
        QTRY_VERIFY(m_session->awaitingTag());
        m_session->submitCode(currentTag());
        QTRY_COMPARE(m_session->screen(), Screen::Done);
        const auto stored = m_journal->findReturn(m_session->returnId());
        QVERIFY(stored);
        QCOMPARE(stored->resolution, u"refund"_s);
        QCOMPARE(stored->items.size(), size_t(2));
        QCOMPARE(stored->items.at(0).reason, u"changed_mind"_s);
        QCOMPARE(stored->items.at(1).reason, u"wrong_size"_s);
        QCOMPARE(m_journal->returnCount(), 1);
    }

    void idleTimeoutWipesSession()
    {
        makeSession(1);
        reachItems(u"RK-100001"_s);
        m_session->setSelected(1, true);
        idleFor(2);
        QTRY_COMPARE(m_session->screen(), Screen::Attract);
        QVERIFY(m_session->orderId().isEmpty());
        QCOMPARE(m_session->lines()->rowCount(), 0);
        QCOMPARE(m_session->selectedCount(), 0);
        QVERIFY(m_session->message().isEmpty());
        QCOMPARE(m_journal->returnCount(), 0);
    }

    /// The countdown with "I need more time" appears 20 s before a shopper's screen starts over: the
    /// timeout warning, once per countdown; a tap ("I need more time") starts the countdown and its
    /// warning again.
    void timeoutWarningWhenTheCountdownAppears()
    {
        makeSession(60);
        reachItems(u"RK-100001"_s);
        QSignalSpy warned(m_session.get(), &ReturnSession::timeoutWarning);
        idleFor(39);
        QVERIFY(!m_session->countdownShown());
        QCOMPARE(warned.size(), 0);
        idleFor(1);
        QVERIFY(m_session->countdownShown());
        QCOMPARE(warned.size(), 1);
        idleFor(5);
        QCOMPARE(warned.size(), 1); // once per countdown
        m_session->touch();
        QVERIFY(!m_session->countdownShown());
        idleFor(40);
        QCOMPARE(warned.size(), 2);
    }

    /// A colleague's badge on the attract screen asks for their PIN; signed in, the maintenance home
    /// counts down to their sign-out (a tap starts it again); left alone they are signed out, journaled,
    /// and the attract screen is back.
    void badgeOnAttractOpensMaintenance()
    {
        makeSession(60, 30);
        m_session->submitCode(u"STAFF:E1042"_s);
        QTRY_COMPARE(m_session->screen(), Screen::StaffSignIn);
        QCOMPARE(m_session->signIn()->badgeId(), u"E1042"_s);
        QVERIFY(!m_session->signIn()->signedIn());
        QVERIFY(enterPin(*m_session->signIn(), colleaguePin()));
        QTRY_COMPARE(m_session->screen(), Screen::Maintenance);
        QCOMPARE(m_session->idleSecondsLeft(), 30);
        QVERIFY(!m_session->countdownShown()); // the maintenance screen shows its own
        idleFor(20);
        QCOMPARE(m_session->idleSecondsLeft(), 10);
        m_session->touch();
        idleFor(20);
        QCOMPARE(m_session->screen(), Screen::Maintenance);
        idleFor(11);
        QTRY_COMPARE(m_session->screen(), Screen::Attract);
        QVERIFY(!m_session->signIn()->signedIn());
        const QList<QJsonObject> events = queuedEvents(true);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[0][u"type"_s].toString(), u"staff.signed_in"_s);
        QCOMPARE(events[1][u"type"_s].toString(), u"staff.signed_out"_s);
        QCOMPARE(events[1][u"payload"_s][u"why"_s].toString(), u"idle"_s);
    }

    /// The PIN screen goes back to attract on cancel or when left alone, forgetting the badge; a
    /// shopper's code there is ignored, and "Sign out" in maintenance goes back to attract.
    void staffSignInCancelsAndSignsOut()
    {
        makeSession(5);
        m_session->submitCode(u"STAFF:E1042"_s);
        QTRY_COMPARE(m_session->screen(), Screen::StaffSignIn);
        m_session->submitCode(u"RK-100001"_s);
        QCOMPARE(m_session->screen(), Screen::StaffSignIn);
        idleFor(6);
        QTRY_COMPARE(m_session->screen(), Screen::Attract);
        QVERIFY(m_session->signIn()->badgeId().isEmpty());
        m_session->submitCode(u"STAFF:E1042"_s);
        QTRY_COMPARE(m_session->screen(), Screen::StaffSignIn);
        m_session->cancel();
        QTRY_COMPARE(m_session->screen(), Screen::Attract);
        QVERIFY(!enterPin(*m_session->signIn(), colleaguePin())); // the badge was forgotten
        m_session->submitCode(u"STAFF:E1042"_s);
        QTRY_COMPARE(m_session->screen(), Screen::StaffSignIn);
        QVERIFY(enterPin(*m_session->signIn(), colleaguePin()));
        QTRY_COMPARE(m_session->screen(), Screen::Maintenance);
        m_session->signOut();
        QTRY_COMPARE(m_session->screen(), Screen::Attract);
        QCOMPARE(queuedEvents(true).last()[u"payload"_s][u"why"_s].toString(), u"button"_s);
    }

    /// Three wrong ZIP codes open a case a colleague can approve once they checked the shopper's ID:
    /// journaled once (a double tap is one approval) with their id, never with what was typed, and
    /// the order opens as if verified.
    void colleagueVouchesForAnOrderNumber()
    {
        static QStringList logged;
        logged.clear();
        const auto previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext &, const QString &message) { logged.append(message); });
        QLoggingCategory::setFilterRules(u"kiosk.*=true"_s);
        failVerifier(u"RK-100001"_s);
        StaffTakeover *staff = m_session->staff();
        QCOMPARE(staff->reasonCode(), u"verify.failed"_s);
        QCOMPARE(staff->orderId(), u"RK-100001"_s);
        QVERIFY(!staff->canApprove()); // not before a colleague signs in
        QVERIFY(m_session->orderId().isEmpty()); // nothing of the order shows yet
        m_session->submitCode(u"STAFF:E1042"_s); // a badge alone names the colleague, nothing more
        QTest::qWait(50);
        QCOMPARE(m_session->screen(), Screen::Assistance);
        QCOMPARE(m_session->signIn()->badgeId(), u"E1042"_s);
        QVERIFY(!staff->canApprove());
        QVERIFY(enterPin(*m_session->signIn(), colleaguePin()));
        QTRY_COMPARE(m_session->screen(), Screen::Staff);
        QVERIFY2(m_session->message().contains(u"couldn't confirm order RK-100001"_s),
            qPrintable(m_session->message()));
        QVERIFY(staff->canApprove());
        QVERIFY(!staff->canResume());
        QVERIFY(staff->approve());
        QVERIFY(!staff->approve()); // the second tap of a double tap
        QTRY_COMPARE(m_session->screen(), Screen::Items);
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules({});
        QCOMPARE(m_session->orderId(), u"RK-100001"_s);
        QCOMPARE(m_session->lines()->rowCount(), 3);
        QVERIFY(m_session->message().isEmpty());
        QVERIFY(!staff->signedIn());
        const QList<QJsonObject> events = queuedEvents();
        QCOMPARE(events.size(), 4); // the three wrong tries, then the colleague's decision
        for (qsizetype i = 0; i < 3; ++i)
            QCOMPARE(events[i][u"type"_s].toString(), u"order.verify_failed"_s);
        QCOMPARE(events.last()[u"type"_s].toString(), u"staff.override"_s);
        const QJsonObject override = events.last()[u"payload"_s].toObject();
        QCOMPARE(override[u"reasonCode"_s].toString(), u"verify.failed"_s);
        QCOMPARE(override[u"staffId"_s].toString(), u"E1042"_s);
        QCOMPARE(override[u"orderId"_s].toString(), u"RK-100001"_s);
        for (const QString &typed : { u"11111"_s, u"someone@example.com"_s, u"22222"_s }) {
            for (const QJsonObject &event : events)
                QVERIFY(!QJsonDocument(event).toJson().contains(typed.toUtf8()));
            QVERIFY2(!logged.join(u'\n').contains(typed), qPrintable(typed));
        }
        m_session->setSelected(1, true);
        dropOff();
        QTRY_COMPARE(m_session->screen(), Screen::Done);
        QCOMPARE(m_journal->returnCount(), 1);
        QCOMPARE(pendingOutbox(), WrongTryEvents + 2); // the wrong tries, the override and the return
    }

    /// The colleague may also just end the session: nothing is approved or journaled.
    void colleagueEndsAFailedVerification()
    {
        failVerifier(u"RK-100001"_s);
        QVERIFY(colleagueSignsIn());
        QTRY_COMPARE(m_session->screen(), Screen::Staff);
        m_session->finish();
        QTRY_COMPARE(m_session->screen(), Screen::Attract);
        QVERIFY(m_session->staff()->reasonCode().isEmpty());
        QVERIFY(m_session->verification()->orderId().isEmpty());
        QVERIFY(m_session->orderId().isEmpty());
        QCOMPARE(pendingOutbox(), WrongTryEvents);
    }

    /// Approved, but the order isn't in the cache: the same "can't find" as for any unknown order, on
    /// the identify screen where another number can be typed.
    void colleagueApprovesAnUnknownOrderNumber()
    {
        failVerifier(u"RK-999999"_s);
        QCOMPARE(m_session->staff()->reasonCode(), u"verify.failed"_s);
        QVERIFY(colleagueSignsIn());
        QTRY_COMPARE(m_session->screen(), Screen::Staff);
        QVERIFY(m_session->staff()->approve());
        QTRY_COMPARE(m_session->screen(), Screen::Identify);
        QVERIFY2(m_session->message().startsWith(u"We can't find order RK-999999."_s),
            qPrintable(m_session->message()));
        QVERIFY(m_session->orderId().isEmpty());
        QVERIFY(!m_session->staff()->signedIn());
        QCOMPARE(pendingOutbox(), WrongTryEvents + 1); // the colleague's decision is on record
        enter(u"RK-100001"_s); // the shopper can go on with the right number
        QTRY_COMPARE(m_session->screen(), Screen::Items);
    }

    /// Vouched for, but offline with a stale cache the order itself needs a colleague: a new case,
    /// which the colleague signs in again to see rather than approving it with the same tap.
    void vouchedOrderThatNeedsAColleagueToo()
    {
        m_session->setOnline(false);
        m_clock->set(QDateTime(QDate(2026, 12, 1), QTime(15, 0), Qt::UTC));
        failVerifier(u"RK-100001"_s);
        StaffTakeover *staff = m_session->staff();
        QVERIFY(colleagueSignsIn());
        QTRY_COMPARE(m_session->screen(), Screen::Staff);
        QVERIFY(staff->approve());
        QVERIFY(!staff->approve());
        QTRY_COMPARE(m_session->screen(), Screen::Items); // the shopper chooses first
        QVERIFY(!staff->signedIn());
        m_session->setSelected(1, true);
        m_session->confirmItems();
        QTRY_COMPARE(m_session->screen(), Screen::Approval);
        m_session->askColleague();
        QTRY_COMPARE(m_session->screen(), Screen::Assistance);
        QVERIFY(!staff->signedIn());
        QVERIFY(staff->reasonCode() != u"verify.failed"_s);
        QVERIFY(!staff->items().isEmpty());
        QCOMPARE(pendingOutbox(), WrongTryEvents + 1);
        QVERIFY(colleagueSignsIn());
        QTRY_COMPARE(m_session->screen(), Screen::Staff);
        QVERIFY(staff->approve());
        QTRY_COMPARE(m_session->screen(), Screen::Reasons);
        QCOMPARE(m_session->orderId(), u"RK-100001"_s);
        QCOMPARE(pendingOutbox(), WrongTryEvents + 2);
    }

    /// Waiting for a colleague outlasts the idle timeout and counts down on its own; a signed-in
    /// colleague has their own sign-out timer, and after them the shopper gets the whole wait again.
    void assistanceWaitsLongerThanTheIdleTimeout()
    {
        makeSession(1, 120, 0, 3);
        failVerifier(u"RK-100001"_s);
        QCOMPARE(m_session->idleSecondsLeft(), 3);
        idleFor(1);
        QCOMPARE(m_session->idleSecondsLeft(), 2); // counting down, visibly
        QVERIFY(m_session->countdownShown());
        QCOMPARE(m_session->screen(), Screen::Assistance); // the 1 s idle timeout would have wiped it
        QVERIFY(colleagueSignsIn());
        QTRY_COMPARE(m_session->screen(), Screen::Staff);
        idleFor(4); // longer than the wait: a colleague is working
        QCOMPARE(m_session->screen(), Screen::Staff);
        m_session->staff()->signOut();
        QTRY_COMPARE(m_session->screen(), Screen::Assistance);
        QCOMPARE(m_session->idleSecondsLeft(), 3); // the whole wait again
        idleFor(3);
        QTRY_COMPARE(m_session->screen(), Screen::Attract);
        QVERIFY(m_session->staff()->reasonCode().isEmpty());
        QVERIFY(m_session->message().isEmpty());
        QCOMPARE(pendingOutbox(), WrongTryEvents);
    }

    /// The shopper can still give up waiting.
    void assistanceCanBeCancelled()
    {
        failVerifier(u"RK-100001"_s);
        QCOMPARE(m_session->idleSecondsLeft(), 300);
        m_session->finish();
        QTRY_COMPARE(m_session->screen(), Screen::Attract);
        QCOMPARE(m_session->idleSecondsLeft(), 0);
    }
};

QTEST_GUILESS_MAIN(ReturnSessionTest)
#include "tst_returnsession.moc"
