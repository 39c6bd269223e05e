#include "SessionFixture.h"

#include <QRandomGenerator>

/// The shopper's choices and the offer they give (ReturnChoice through the session): the return
/// window at local midnight, offline limits, condition answers, resolutions, exchanges, quantities,
/// keep-it items and limits evaluated over the selection only.
class ReturnChoiceTest : public SessionFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void init() { setUpSession(); }
    void cleanup() { tearDownSession(); }

    /// The shopper chooses how many units of a line; each goes through the chute and the record has
    /// the units, with the offer's figures for exactly those units.
    void quantitiesAreChosenPerLine()
    {
        m_session->submitCode(orderWithThreeShirts(u"RK-100020"_s));
        QTRY_COMPARE(m_session->screen(), Screen::Items);
        QCOMPARE(m_session->refundText(), u"$74.97"_s); // the code's three units
        m_session->setQuantity(1, 1);
        QCOMPARE(m_session->refundText(), u"$24.99"_s);
        m_session->setQuantity(1, 3);
        QCOMPARE(m_session->refundText(), u"$74.97"_s);
        m_session->setQuantity(1, 4); // only three were bought: refused
        m_session->setQuantity(1, 0);
        QCOMPARE(m_session->offer().line(1)->quantity(), 3);
        m_session->setQuantity(1, 2);
        QCOMPARE(m_session->offer().total(), 2 * 2499);
        dropOff(u"storeCredit"_s);
        QTRY_COMPARE(m_session->screen(), Screen::Done);
        const auto record = m_journal->findReturn(m_session->returnId());
        QVERIFY(record);
        QCOMPARE(record->items.size(), size_t(1));
        QCOMPARE(record->items[0].quantity, 2);
        QCOMPARE(record->items[0].bonus, 499); // 10 % of $49.98, once
        QCOMPARE(record->refundTotal(), 2 * 2499 + 499);
        QCOMPARE(m_session->refundText(), u"$54.97"_s);
        // The third shirt is still returnable; the two are not.
        m_session->finish();
        QTRY_COMPARE(m_session->screen(), Screen::Attract);
        m_session->submitCode(returnCode(u"RK-100020"_s, inAWeek(), northwind(), u"Q2"_s, { { 1, 3 } }));
        QTRY_COMPARE(m_session->screen(), Screen::Items);
        QCOMPARE(m_session->offer().line(1)->quantity(), 1);
    }

    /// Choices the screens never offer, made all the same: each is refused, the session stays where it
    /// was and nothing is recorded; the shopper then finishes as usual.
    void choicesTheOfferDoesNotAllowAreRefused()
    {
        reachItems(u"RK-100001"_s);
        m_session->setSelected(9, true); // not in the order
        m_session->setSelected(3, true); // final sale
        QCOMPARE(m_session->selectedCount(), 0);
        m_session->setSelected(1, true);
        m_session->setQuantity(1, 2); // one bought
        QCOMPARE(m_session->offer().line(1)->quantity(), 1);
        m_session->confirmItems();
        QTRY_COMPARE(m_session->screen(), Screen::Reasons);
        m_session->answerQuestion(true); // no question asked yet
        m_session->chooseResolution(u"refund"_s); // not yet
        m_session->chooseReason(u"bored"_s); // not the policy's
        QCOMPARE(m_session->screen(), Screen::Reasons);
        m_session->chooseReason(u"defective"_s);
        QTRY_COMPARE(m_session->screen(), Screen::Questions);
        m_session->answerQuestion(true);
        QTRY_COMPARE(m_session->screen(), Screen::Resolution);
        m_session->chooseResolution(u"storeCredit"_s); // defective: refund or exchange only
        m_session->chooseResolution(u"cash"_s);
        QTest::qWait(20);
        QCOMPARE(m_session->screen(), Screen::Resolution);
        QVERIFY(!m_session->offer().resolution());
        QCOMPARE(m_journal->returnCount(), 0);
        m_session->chooseResolution(u"refund"_s);
        confirmReview();
        QTRY_VERIFY(m_session->awaitingTag());
        m_session->submitCode(currentTag());
        QTRY_COMPARE(m_session->screen(), Screen::Done);
        QCOMPARE(m_journal->returnCount(), 1);
    }

    /// Property: over random selections (lines, units, reasons, resolutions, a keep-it item among
    /// them), what the journal records is exactly the offer's total and never more than was paid for
    /// the units chosen.
    void recordedTotalIsTheOffersTotal()
    {
        QRandomGenerator rng(20261204);
        const QStringList reasons { u"changed_mind"_s, u"wrong_size"_s, u"defective"_s,
            u"not_as_described"_s };
        for (int round = 0; round < 24; ++round) {
            auto order = m_cache->findOrder(u"RK-100001"_s);
            order->id = u"RK-3%1"_s.arg(round, 5, 10, QChar(u'0'));
            order->receipt = {};
            order->customerRef = u"C-P%1"_s.arg(round); // a customer of their own: no 30-day limit
            order->lines[2].finalSale = false; // the socks: footwear-free apparel, three units
            order->lines[2].category = u"beauty"_s; // under $10 a unit: kept, not dropped
            order->lines[2].unitPrice = 300 + rng.bounded(600);
            for (OrderLine &line : order->lines)
                line.quantity = 1 + rng.bounded(3);
            QVERIFY(m_cache->upsertOrder(*order));
            QList<codes::TokenLine> chosen;
            for (const OrderLine &line : order->lines)
                if (rng.bounded(3) != 0)
                    chosen.append({ line.lineNo, 1 + int(rng.bounded(line.quantity)) });
            if (chosen.isEmpty())
                chosen.append({ 1, 1 });
            m_session->submitCode(returnCode(order->id, inAWeek(), northwind(), u"P%1"_s.arg(round), chosen));
            QTRY_COMPARE(m_session->screen(), Screen::Items);
            m_session->confirmItems();
            QTRY_VERIFY(m_session->screen() != Screen::Items);
            while (m_session->screen() == Screen::Reasons) {
                m_session->chooseReason(reasons[rng.bounded(reasons.size())]);
                QTest::qWait(2);
            }
            while (m_session->screen() == Screen::Questions) {
                m_session->answerQuestion(true);
                QTest::qWait(2);
            }
            QTRY_COMPARE(m_session->screen(), Screen::Resolution);
            QStringList offered;
            for (const QVariant &r : m_session->resolutions())
                if (r.toMap().value(u"code"_s) != u"exchange"_s)
                    offered.append(r.toMap().value(u"code"_s).toString());
            QVERIFY(!offered.isEmpty());
            m_session->chooseResolution(offered[rng.bounded(offered.size())]);
            QTRY_VERIFY(m_session->screen() == Screen::KeepIt || m_session->screen() == Screen::Review);
            const ReturnOffer offer = m_session->offer();
            if (m_session->screen() == Screen::KeepIt)
                m_session->confirmKeptItems();
            confirmReview();
            QElapsedTimer timer;
            timer.start();
            while (m_session->screen() != Screen::Done && timer.elapsed() < 10000) {
                if (m_session->awaitingTag())
                    m_session->submitCode(currentTag());
                QTest::qWait(2);
            }
            QCOMPARE(m_session->screen(), Screen::Done);
            const auto record = m_journal->findReturn(m_session->returnId());
            QVERIFY(record);
            MinorUnits paid = 0;
            for (const ReturnItem &item : record->items)
                paid += order->line(item.lineNo)->unitPrice * item.quantity;
            QCOMPARE(record->refundTotal(), offer.total());
            QVERIFY(record->refundTotal() - record->bonusTotal() <= paid);
            QCOMPARE(m_session->refundText(), formatMoney(offer.total(), u"USD"_s));
            m_session->finish();
            QTRY_COMPARE(m_session->screen(), Screen::Attract);
            m_scale->setWeight(0); // a colleague empties the bin
        }
    }

    void windowEndsAtLocalMidnight_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<bool>("eligible");
        // Delivered 2026-11-12 12:45 in Chicago to a gold member: 30 days + 30 for the tier, so day 60
        // is Jan 11 and the item is returnable until that day ends in the store's zone.
        const QTimeZone chicago("America/Chicago");
        QTest::newRow("day 60, 23:59 local")
            << QDateTime(QDate(2027, 1, 11), QTime(23, 59, 59), chicago) << true;
        QTest::newRow("day 61, 00:00 local") << QDateTime(QDate(2027, 1, 12), QTime(0, 0), chicago) << false;
        QTest::newRow("day 61 in UTC, still day 60 local")
            << QDateTime(QDate(2027, 1, 12), QTime(5, 59), Qt::UTC) << true;
    }

    void windowEndsAtLocalMidnight()
    {
        QFETCH(QDateTime, now);
        QFETCH(bool, eligible);
        m_clock->set(now);
        enter(u"RK-100001"_s);
        QTRY_VERIFY(m_session->screen() == (eligible ? Screen::Items : Screen::Identify));
    }

    /// Offline with a stale cache, the items still show as returnable: a colleague is asked for only
    /// once the shopper has chosen, and the shopper may take the items out instead.
    void offlineWithStaleCacheNeedsAColleague()
    {
        m_session->setOnline(false);
        m_clock->set(QDateTime(QDate(2026, 12, 1), QTime(15, 0), Qt::UTC)); // cache 11 days old
        enter(u"RK-100001"_s);
        QTRY_COMPARE(m_session->screen(), Screen::Items);
        m_session->setSelected(1, true);
        m_session->confirmItems();
        QTRY_COMPARE(m_session->screen(), Screen::Approval);
        QVERIFY2(m_session->message().contains(u"offline"_s), qPrintable(m_session->message()));
        QCOMPARE(m_session->offer().firstNeedingStaff()->decision.reasonCode, u"offline.cache_stale"_s);
        m_session->back(); // "Change my items"
        QTRY_COMPARE(m_session->screen(), Screen::Items);
        QCOMPARE(m_session->selectedCount(), 1);
        m_session->cancel();
        QTRY_COMPARE(m_session->screen(), Screen::Attract);
        QVERIFY(m_session->message().isEmpty());
        QCOMPARE(pendingOutbox(), 0);
    }

    /// Offline with a stale cache, a signed return code still vouches for its own lines: they are decided
    /// as usual, with no colleague, where the same order typed in needs one (the test above).
    void offlineWithStaleCacheAReturnCodesLinesAreDecided()
    {
        m_session->setOnline(false);
        m_clock->set(QDateTime(QDate(2026, 12, 1), QTime(15, 0), Qt::UTC)); // cache 11 days old
        m_session->submitCode(returnCode(u"RK-100001"_s, inAWeek(), northwind(), u"S1"_s, { { 1, 1 } }));
        QTRY_COMPARE(m_session->screen(), Screen::Items);
        QCOMPARE(m_session->selectedCount(), 1);
        const ReturnOffer::Line *line = m_session->offer().line(1);
        QVERIFY(line);
        QCOMPARE(LineDecision::decisionName(line->decision.decision), u"eligible"_s);
        QVERIFY(!m_session->offer().needsStaff());
        m_session->confirmItems();
        QTRY_COMPARE(m_session->screen(), Screen::Reasons); // on with the return, no colleague
    }

    /// Offline with a stale cache, only a colleague may decide: the shopper chooses and asks, the
    /// colleague signs in and approves, the override is journaled and the shopper carries on.
    void colleagueApprovesAnOrderOnlyStaffMayDecide()
    {
        m_session->setOnline(false);
        m_clock->set(QDateTime(QDate(2026, 12, 1), QTime(15, 0), Qt::UTC));
        enter(u"RK-100001"_s);
        QTRY_COMPARE(m_session->screen(), Screen::Items);
        selectEveryEligibleLine();
        m_session->confirmItems();
        QTRY_COMPARE(m_session->screen(), Screen::Approval);
        m_session->askColleague();
        QTRY_COMPARE(m_session->screen(), Screen::Assistance);
        StaffTakeover *staff = m_session->staff();
        QCOMPARE(staff->orderId(), u"RK-100001"_s);
        QVERIFY(staff->reasonCode().startsWith(u"offline."_s) || staff->reasonCode().startsWith(u"limit."_s));
        QVERIFY(!staff->items().isEmpty());
        m_session->submitCode(u"RK-100003"_s); // a shopper's code means nothing here
        QCOMPARE(m_session->screen(), Screen::Assistance);
        QCOMPARE(m_session->orderId(), u"RK-100001"_s);
        QVERIFY(colleagueSignsIn());
        QTRY_COMPARE(m_session->screen(), Screen::Staff);
        QVERIFY(staff->approve());
        QTRY_COMPARE(m_session->screen(), Screen::Reasons); // on with the shopper's choices
        QVERIFY(!staff->signedIn()); // the colleague's powers end with their screen
        QCOMPARE(m_session->selectedCount(), staff->items().size());
        QCOMPARE(pendingOutbox(), 1);
        dropOff();
        QTRY_COMPARE(m_session->screen(), Screen::Done);
        QCOMPARE(m_journal->returnCount(), 1);
    }

    /// "Tags attached?" no: a colleague checks the item, approves it, and the return goes on.
    void colleagueApprovesAFailedCondition()
    {
        reachTagsQuestion();
        m_session->answerQuestion(false);
        QTRY_COMPARE(m_session->screen(), Screen::Assistance);
        StaffTakeover *staff = m_session->staff();
        QCOMPARE(staff->reasonCode(), u"condition.failed"_s);
        QCOMPARE(staff->items(), QStringList { u"Organic cotton T-shirt"_s });
        QVERIFY(!colleagueSignsIn(u"111111"_s)); // a wrong PIN
        QCOMPARE(m_session->screen(), Screen::Assistance);
        QVERIFY(enterPin(*m_session->signIn(), colleaguePin()));
        QTRY_COMPARE(m_session->screen(), Screen::Staff);
        QVERIFY(!staff->canResume());
        QVERIFY(staff->approve());
        QTRY_COMPARE(m_session->screen(), Screen::Resolution);
        m_session->chooseResolution(u"refund"_s);
        confirmReview();
        QTRY_VERIFY(m_session->awaitingTag());
        m_session->submitCode(currentTag());
        QTRY_COMPARE(m_session->screen(), Screen::Done);
        QCOMPARE(m_journal->returnCount(), 1);
        QCOMPARE(pendingOutbox(), 2); // the override and the return
    }

    void offlineWithFreshCacheStillReturns()
    {
        m_session->setOnline(false);
        reachItems(u"RK-100001"_s);
    }

    void resolutionsFollowReasonsAndShowTheBonus()
    {
        reachItems(u"RK-100001"_s);
        m_session->setSelected(1, true);
        m_session->confirmItems();
        QTRY_COMPARE(m_session->screen(), Screen::Reasons);
        QVERIFY(m_session->reasons().size() >= 4);
        m_session->chooseReason(u"no_such_reason"_s); // not the policy's: ignored
        QCOMPARE(m_session->stepIndex(), 0);
        QCOMPARE(m_session->screen(), Screen::Reasons);
        m_session->chooseReason(u"defective"_s);
        QTRY_COMPARE(m_session->screen(), Screen::Questions);
        m_session->answerQuestion(true);
        QTRY_COMPARE(m_session->screen(), Screen::Resolution);
        QStringList codes;
        for (const QVariant &r : m_session->resolutions())
            codes.append(r.toMap().value(u"code"_s).toString());
        QCOMPARE(codes, (QStringList { u"refund"_s, u"exchange"_s })); // defective: no store credit
        m_session->chooseResolution(u"storeCredit"_s); // not offered: ignored
        QTest::qWait(20);
        QCOMPARE(m_session->screen(), Screen::Resolution);
        m_session->back();
        QTRY_COMPARE(m_session->screen(), Screen::Reasons);
        m_session->chooseReason(u"changed_mind"_s);
        QTRY_COMPARE(m_session->screen(), Screen::Questions);
        m_session->answerQuestion(true);
        QTRY_COMPARE(m_session->screen(), Screen::Resolution);
        const QVariantMap credit = m_session->resolutions().at(1).toMap();
        QCOMPARE(credit.value(u"code"_s).toString(), u"storeCredit"_s);
        QVERIFY2(credit.value(u"amount"_s).toString().contains(u"bonus"_s),
            qPrintable(credit.value(u"amount"_s).toString()));
    }

    void tagsMissingNeedsAColleague()
    {
        reachTagsQuestion();
        QVERIFY(m_session->question().contains(u"tags"_s));
        m_session->answerQuestion(false); // the policy says: a colleague decides
        QTRY_COMPARE(m_session->screen(), Screen::Assistance);
        QVERIFY(m_session->message().contains(u"Organic cotton T-shirt"_s));
        QCOMPARE(m_journal->returnCount(), 0);
    }

    /// Stock can't be confirmed (offline): nothing can be picked, store credit is offered instead.
    void exchangeWithoutStockOffersStoreCredit()
    {
        reachItems(u"00420030042172611087"_s);
        m_session->setSelected(1, true);
        reachResolution(u"changed_mind"_s);
        m_session->chooseResolution(u"exchange"_s);
        QTRY_COMPARE(m_session->screen(), Screen::Variant);
        QTRY_VERIFY(m_session->exchange()->stockUnknown());
        QCOMPARE(m_stock->requestCount(), 1);
        m_session->chooseVariant(u"NW-TEE-BLU-L"_s);
        QTest::qWait(20);
        QCOMPARE(m_session->screen(), Screen::Variant);
        m_session->chooseResolution(u"exchange"_s); // not again from here
        QCOMPARE(m_session->screen(), Screen::Variant);
        m_session->chooseResolution(u"storeCredit"_s);
        confirmReview();
        QTRY_VERIFY(m_session->awaitingTag());
        m_session->submitCode(currentTag());
        QTRY_COMPARE(m_session->screen(), Screen::Done);
        const auto record = m_journal->findReturn(m_session->returnId());
        QCOMPARE(record->resolution, u"store_credit"_s);
        QVERIFY(record->items.at(0).exchangeSku.isEmpty());
        QVERIFY(m_session->exchange()->chosenText().isEmpty());
    }

    /// Only items that come in another size or colour can be exchanged.
    void exchangeNeedsVariants()
    {
        auto order = *m_cache->findOrder(u"RK-100001"_s);
        order.lines.at(0).variants.clear();
        QVERIFY(m_cache->upsertOrder(order));
        reachItems(u"00420030042172611087"_s);
        m_session->setSelected(1, true);
        reachResolution(u"wrong_size"_s);
        for (const QVariant &r : m_session->resolutions())
            QVERIFY(r.toMap().value(u"code"_s).toString() != u"exchange"_s);
        m_session->chooseResolution(u"exchange"_s);
        QTest::qWait(20);
        QCOMPARE(m_session->screen(), Screen::Resolution);
    }

    void variantCancelAndTimeout()
    {
        reachItems(u"00420030042172611087"_s);
        m_session->setSelected(1, true);
        reachResolution(u"wrong_size"_s);
        m_session->chooseResolution(u"exchange"_s);
        QTRY_COMPARE(m_session->screen(), Screen::Variant);
        m_session->cancel();
        QTRY_COMPARE(m_session->screen(), Screen::Attract);
        QCOMPARE(m_session->exchange()->count(), 0);
        makeSession(1);
        reachItems(u"00420030042172611087"_s);
        m_session->setSelected(1, true);
        reachResolution(u"wrong_size"_s);
        m_session->chooseResolution(u"exchange"_s);
        QTRY_COMPARE(m_session->screen(), Screen::Variant);
        idleFor(2);
        QTRY_COMPARE(m_session->screen(), Screen::Attract);
        QCOMPARE(m_session->exchange()->count(), 0);
        QCOMPARE(m_journal->returnCount(), 0);
    }
};

QTEST_GUILESS_MAIN(ReturnChoiceTest)
#include "tst_returnchoice.moc"
