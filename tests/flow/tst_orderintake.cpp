#include "SessionFixture.h"

/// From what the shopper scans or types to an open order (OrderIntake through the session): order
/// number spellings, return codes (signed, expired, used), receipts, verifiers and their tries, the
/// backend look-up of an order the cache lacks, and the messages for every bad code.
class OrderIntakeTest : public SessionFixture
{
    Q_OBJECT

private:
    static QByteArray fileBytes(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    /// The order number, then one ZIP code on the verify screen.
    void enterZip(const QString &orderId, const QString &zip)
    {
        m_session->submitCode(orderId);
        QTRY_COMPARE(m_session->screen(), Screen::Verify);
        m_session->submitVerifier(zip);
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void init() { setUpSession(); }
    void cleanup() { tearDownSession(); }

    void acceptsOrderNumberSpellings_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("prefixed") << u"RK-100001"_s;
        QTest::newRow("lower, spaced") << u"  rk 100001 "_s;
        QTest::newRow("no hyphen") << u"RK100001"_s;
    }

    void acceptsOrderNumberSpellings()
    {
        QFETCH(QString, code);
        reachItems(code);
        QCOMPARE(m_session->orderId(), u"RK-100001"_s);
    }

    void keypadDigitsGetThePrefix()
    {
        m_session->start();
        QTRY_COMPARE(m_session->screen(), Screen::Identify);
        m_session->submitOrderDigits(u"100001"_s);
        QTRY_COMPARE(m_session->screen(), Screen::Verify);
        QCOMPARE(m_session->verification()->orderId(), u"RK-100001"_s);
        m_session->submitVerifier(u"60614"_s);
        QTRY_COMPARE(m_session->screen(), Screen::Items);
        QCOMPARE(m_session->orderId(), u"RK-100001"_s);
    }

    void returnCodePreselectsItsLinesAndWorksOnce()
    {
        const QString code = returnCode(u"RK-100001"_s, inAWeek(), northwind());
        m_session->submitCode(code);
        QTRY_COMPARE(m_session->screen(), Screen::Items);
        QCOMPARE(m_session->selectedCount(), 1);
        QCOMPARE(m_session->lines()->index(1, 0).data(ReturnLinesModel::SelectedRole).toBool(), true);
        dropOff();
        QTRY_COMPARE(m_session->screen(), Screen::Done);
        // Its token id is journaled and queued with the return, so the backend refuses the code at
        // every other kiosk (tst_referencebackend::returnCodeIsSingleUseAcrossTheFleet).
        const auto stored = m_journal->findReturn(m_session->returnId());
        QVERIFY(stored);
        QCOMPARE(stored->tokenId, u"T1"_s);
        QStringList queued;
        for (const auto &entry : m_journal->dueOutbox(m_clock->now().addDays(1), 100))
            if (entry.kind == u"return" && entry.refId == stored->id)
                queued.append(QJsonDocument::fromJson(entry.payload).object().value(u"tokenId"_s).toString());
        QCOMPARE(queued, QStringList { u"T1"_s });
        m_session->finish();
        QTRY_COMPARE(m_session->screen(), Screen::Attract);
        m_session->submitCode(code);
        QTRY_COMPARE(m_session->screen(), Screen::Identify);
        QVERIFY2(m_session->message().contains(u"already been used"_s), qPrintable(m_session->message()));
    }

    /// A return code bounds what goes back with it: its lines only, at most its units; the list says
    /// why, and more is refused.
    void returnCodeBoundsItsLinesAndUnits()
    {
        m_session->submitCode(orderWithThreeShirts(u"RK-100020"_s, 1)); // the code: one T-shirt
        QTRY_COMPARE(m_session->screen(), Screen::Items);
        const auto row = [this](int r, int role) { return m_session->lines()->index(r, 0).data(role); };
        QCOMPARE(row(0, ReturnLinesModel::MaxQuantityRole).toInt(), 1);
        QCOMPARE(row(0, ReturnLinesModel::NoteRole).toString(), u"Your return code covers 1 of these."_s);
        m_session->setQuantity(1, 2); // three were bought, but the code covers one
        QCOMPARE(row(0, ReturnLinesModel::QuantityRole).toInt(), 1);
        QCOMPARE(m_session->offer().line(1)->quantity(), 1);
        m_session->setSelected(2, true); // not on the code
        QCOMPARE(m_session->selectedCount(), 1);
        QVERIFY(!row(1, ReturnLinesModel::EligibleRole).toBool());
        QCOMPARE(row(1, ReturnLinesModel::ReasonRole).toString(),
            u"This item isn't on your return code. Type your order number to return it."_s);
    }

    void badReturnCodesExplainThemselves_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        const QDateTime now(QDate(2026, 11, 20), QTime(15, 0), Qt::UTC);
        QTest::newRow("expired") << returnCode(u"RK-100001"_s, now.addDays(-1), northwind())
                                 << u"expired on Thursday, November 19, 2026"_s;
        QTest::newRow("other retailer")
            << returnCode(u"RK-100001"_s, now.addDays(7), u"acme"_s) << u"another store"_s;
        QString tampered = returnCode(u"RK-100001"_s, now.addDays(7), northwind());
        tampered[tampered.size() - 3] = tampered.at(tampered.size() - 3) == u'A' ? u'B' : u'A';
        QTest::newRow("bad signature") << tampered << u"couldn't verify"_s;
        QTest::newRow("product barcode") << u"4006381333931"_s << u"product barcode"_s;
    }

    void badReturnCodesExplainThemselves()
    {
        QFETCH(QString, code);
        QFETCH(QString, message);
        m_session->submitCode(code);
        QTRY_COMPARE(m_session->screen(), Screen::Identify);
        QVERIFY2(m_session->message().contains(message), qPrintable(m_session->message()));
    }

    void scanOnAttractGoesStraightToItems()
    {
        enter(u"RK-100001"_s);
        QTRY_COMPARE(m_session->screen(), Screen::Items);
    }

    void badCodesExplainThemselves_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("garbage") << u"%%COUPON%%"_s << u"couldn't read"_s;
        QTest::newRow("binary") << QString::fromLatin1("\x01\x02\xff", 3) << u"couldn't read"_s;
        QTest::newRow("oversized") << QString(5000, u'9') << u"too long"_s;
        QTest::newRow("unknown receipt")
            << u"00420030042182611084"_s << u"can't find the order for this receipt"_s;
        QTest::newRow("receipt check digit") << u"00420030042172611088"_s << u"couldn't read"_s;
        QTest::newRow("expired") << u"RK-100002"_s << u"return window ended on Friday, September 4, 2026"_s;
    }

    void badCodesExplainThemselves()
    {
        QFETCH(QString, code);
        QFETCH(QString, message);
        enter(code);
        QTRY_COMPARE(m_session->screen(), Screen::Identify);
        QVERIFY2(m_session->message().contains(message), qPrintable(m_session->message()));
        QVERIFY(m_session->orderId().isEmpty());
    }

    /// A typed order number shows nothing of the order until its ZIP code matches; a wrong one says so
    /// without giving the right one away, and counts.
    void typedNumberNeedsItsVerifier()
    {
        m_session->start();
        QTRY_COMPARE(m_session->screen(), Screen::Identify);
        m_session->submitOrderDigits(u"100001"_s);
        QTRY_COMPARE(m_session->screen(), Screen::Verify);
        QVERIFY(m_session->orderId().isEmpty());
        QCOMPARE(m_session->lines()->rowCount(), 0);
        QCOMPARE(m_session->verification()->triesLeft(), 3);
        m_session->submitVerifier(u"60615"_s);
        QCOMPARE(m_session->screen(), Screen::Verify);
        QVERIFY2(m_session->message().contains(u"doesn't match order RK-100001"_s),
            qPrintable(m_session->message()));
        QVERIFY2(m_session->message().contains(u"Tries left: 2."_s), qPrintable(m_session->message()));
        QVERIFY(!m_session->message().contains(u"60614"_s));
        QVERIFY(m_session->orderId().isEmpty());
        m_session->submitVerifier(u" 60614 "_s);
        QTRY_COMPARE(m_session->screen(), Screen::Items);
        QCOMPARE(m_session->orderId(), u"RK-100001"_s);
        QVERIFY(m_session->message().isEmpty());
    }

    /// Three wrong tries: a colleague, and a new start forgets the order number.
    void thirdWrongVerifierNeedsAColleague()
    {
        m_session->submitCode(u"RK-100001"_s);
        QTRY_COMPARE(m_session->screen(), Screen::Verify);
        m_session->submitVerifier(u"11111"_s);
        m_session->submitVerifier(u"someone@example.com"_s);
        QCOMPARE(m_session->screen(), Screen::Verify);
        QVERIFY2(m_session->message().contains(u"Tries left: 1."_s), qPrintable(m_session->message()));
        m_session->submitVerifier(u"22222"_s);
        QTRY_COMPARE(m_session->screen(), Screen::Assistance);
        QVERIFY2(m_session->message().contains(u"colleague"_s), qPrintable(m_session->message()));
        m_session->submitVerifier(u"60614"_s); // too late, and not on the verify screen
        QCOMPARE(m_session->screen(), Screen::Assistance);
        m_session->finish();
        QTRY_COMPARE(m_session->screen(), Screen::Attract);
        QVERIFY(m_session->verification()->orderId().isEmpty());
        QCOMPARE(m_session->verification()->triesLeft(), 3);
    }

    /// Wrong tries count for the order in journal.db, not for the visit: "Back", "Finish" on the
    /// assistance screen and a restart of the kiosk give no fresh tries. Each is an
    /// `order.verify_failed` event in the outbox, never with what was typed.
    void wrongTriesCountPerOrderAcrossVisits()
    {
        enterZip(u"RK-100001"_s, u"11111"_s);
        QCOMPARE(m_session->verification()->triesLeft(), 2);
        m_session->back();
        QTRY_COMPARE(m_session->screen(), Screen::Identify);
        enterZip(u"RK-100001"_s, u"22222"_s);
        QVERIFY2(m_session->message().contains(u"Tries left: 1."_s), qPrintable(m_session->message()));
        m_session->cancel();
        QTRY_COMPARE(m_session->screen(), Screen::Attract);
        makeSession(); // a restart: the same journal
        enterZip(u"RK-100001"_s, u"33333"_s);
        QTRY_COMPARE(m_session->screen(), Screen::Assistance);
        m_session->finish();
        QTRY_COMPARE(m_session->screen(), Screen::Attract);
        // The back-off runs: not even the right ZIP code is compared until it ends.
        m_session->submitCode(u"RK-100001"_s);
        QTRY_COMPARE(m_session->screen(), Screen::Assistance);
        QVERIFY2(m_session->message().contains(u"try again after"_s), qPrintable(m_session->message()));
        m_session->finish();
        QTRY_COMPARE(m_session->screen(), Screen::Attract);
        m_clock->advance(OrderGuessLimit::BaseWaitSeconds * 1000);
        enterZip(u"RK-100001"_s, u"60614"_s);
        QTRY_COMPARE(m_session->screen(), Screen::Items);
        QCOMPARE(m_journal->orderAttempts(u"RK-100001"_s)->failures, 0); // the right one clears the count

        const QList<QJsonObject> events = queuedEvents();
        QCOMPARE(events.size(), 3);
        for (qsizetype i = 0; i < events.size(); ++i) {
            QCOMPARE(events[i][u"type"_s].toString(), u"order.verify_failed"_s);
            const QJsonObject payload = events[i][u"payload"_s].toObject();
            QCOMPARE(payload[u"orderId"_s].toString(), u"RK-100001"_s);
            QCOMPARE(payload[u"failures"_s].toInt(), i + 1);
            QCOMPARE(payload.contains(u"waitUntil"_s), i == 2);
            for (const char *typed : { "11111", "22222", "33333" })
                QVERIFY(!QJsonDocument(events[i]).toJson().contains(typed));
        }
    }

    /// 20 wrong ZIP codes across visits, each after its back-off: the order locks after
    /// OrderGuessLimit::MaxFailures and then opens for nobody but a colleague, the right ZIP code
    /// included; the tries past the lock are not even compared.
    void twentyWrongZipsAcrossVisitsLockTheOrder()
    {
        for (int visit = 0; visit < 20; ++visit) {
            m_clock->advance(24LL * 3600 * 1000); // every back-off has ended
            m_session->submitCode(u"RK-100002"_s);
            QTRY_VERIFY(m_session->screen() == Screen::Verify || m_session->screen() == Screen::Assistance);
            if (m_session->screen() == Screen::Verify)
                m_session->submitVerifier(u"%1"_s.arg(10000 + visit));
            m_session->cancel();
            QTRY_COMPARE(m_session->screen(), Screen::Attract);
        }
        QCOMPARE(m_journal->orderAttempts(u"RK-100002"_s)->failures, OrderGuessLimit::MaxFailures);
        QCOMPARE(queuedEvents().size(), OrderGuessLimit::MaxFailures);
        QVERIFY(queuedEvents().last()[u"payload"_s][u"locked"_s].toBool());
        m_clock->advance(365LL * 24 * 3600 * 1000);
        m_session->submitCode(u"RK-100002"_s); // the right ZIP code can't even be typed
        QTRY_COMPARE(m_session->screen(), Screen::Assistance);
        QCOMPARE(m_session->staff()->reasonCode(), u"verify.failed"_s);
        QVERIFY2(
            m_session->message().contains(u"A colleague can look it up"_s), qPrintable(m_session->message()));
        QVERIFY(!m_session->message().contains(u"try again"_s));
        // The colleague checks the shopper's ID and opens it: the count starts again.
        QVERIFY(colleagueSignsIn());
        QTRY_COMPARE(m_session->screen(), Screen::Staff);
        QVERIFY(m_session->staff()->approve());
        QTRY_VERIFY(m_session->screen() != Screen::Staff);
        QCOMPARE(m_journal->orderAttempts(u"RK-100002"_s)->failures, 0);
    }

    /// A journal that cannot count a wrong try lets nobody guess on: a colleague is called.
    void wrongTryThatCannotBeCountedNeedsAColleague()
    {
        enterZip(u"RK-100001"_s, u"11111"_s);
        QVERIFY(m_journal->database().exec("PRAGMA query_only = ON"));
        m_session->submitVerifier(u"22222"_s);
        QTRY_COMPARE(m_session->screen(), Screen::Assistance);
        QVERIFY(m_journal->database().exec("PRAGMA query_only = OFF"));
        QCOMPARE(m_journal->orderAttempts(u"RK-100001"_s)->failures, 1);
    }

    /// An unknown order number reads exactly like a wrong ZIP code: the kiosk never tells which
    /// numbers exist.
    void unknownOrderLooksLikeAWrongVerifier()
    {
        m_session->submitCode(u"RK-999999"_s);
        QTRY_COMPARE(m_session->screen(), Screen::Verify);
        m_session->submitVerifier(u"60614"_s);
        QCOMPARE(m_session->screen(), Screen::Verify);
        QVERIFY2(m_session->message().startsWith(u"That doesn't match order RK-999999"_s),
            qPrintable(m_session->message()));
    }

    /// Verified, but past its window: the reason shows where codes are entered.
    void verifiedButNotReturnableGoesBackToIdentify()
    {
        m_session->submitCode(u"RK-100002"_s);
        QTRY_COMPARE(m_session->screen(), Screen::Verify);
        m_session->submitVerifier(u"30301"_s);
        QTRY_COMPARE(m_session->screen(), Screen::Identify);
        QVERIFY2(m_session->message().contains(u"return window ended"_s), qPrintable(m_session->message()));
    }

    void verifyBackCancelAndTimeout()
    {
        makeSession(1);
        m_session->start();
        QTRY_COMPARE(m_session->screen(), Screen::Identify);
        m_session->submitOrderDigits(u"100001"_s);
        QTRY_COMPARE(m_session->screen(), Screen::Verify);
        m_session->submitVerifier(u"99999"_s);
        m_session->back();
        QTRY_COMPARE(m_session->screen(), Screen::Identify);
        QVERIFY(m_session->message().isEmpty());
        m_session->submitOrderDigits(u"100001"_s); // the same order: Back gives no fresh tries
        QTRY_COMPARE(m_session->screen(), Screen::Verify);
        QCOMPARE(m_session->verification()->triesLeft(), 2);
        m_session->cancel();
        QTRY_COMPARE(m_session->screen(), Screen::Attract);
        QVERIFY(m_session->verification()->orderId().isEmpty());
        m_session->submitCode(u"RK-100001"_s);
        QTRY_COMPARE(m_session->screen(), Screen::Verify);
        idleFor(2);
        QTRY_COMPARE(m_session->screen(), Screen::Attract); // walked away
        QVERIFY(m_session->verification()->orderId().isEmpty());
        QVERIFY(m_session->message().isEmpty());
    }

    /// Whatever the shopper types as a verifier never reaches the log.
    void verifierIsNeverLogged()
    {
        static QStringList logged;
        logged.clear();
        const auto previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext &, const QString &message) { logged.append(message); });
        QLoggingCategory::setFilterRules(u"kiosk.*=true"_s);
        m_session->submitCode(u"RK-100001"_s);
        QTRY_COMPARE(m_session->screen(), Screen::Verify);
        m_session->submitVerifier(u"73301"_s);
        m_session->submitVerifier(u"60614"_s);
        QTRY_COMPARE(m_session->screen(), Screen::Items);
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules({});
        QVERIFY(logged.join(u'\n').contains(u"verified"_s));
        QVERIFY(!logged.join(u'\n').contains(u"73301"_s));
        QVERIFY(!logged.join(u'\n').contains(u"60614"_s));
    }

    /// A paper receipt's barcode is store, register, a running number and the day, which anyone can
    /// print: it names its order, and the order's billing ZIP code opens it (the demo policy says no
    /// other factor). Its misses count for the order exactly like a typed number's, in both directions.
    void receiptBarcodeNeedsTheBillingZip()
    {
        const QString receipt = u"00420030042172611087"_s; // store 42, register 3, #4217, 2026-11-08
        m_session->submitCode(receipt);
        QTRY_COMPARE(m_session->screen(), Screen::Verify);
        QCOMPARE(m_session->verification()->orderId(), u"RK-100001"_s);
        QVERIFY(!m_session->verification()->cardLast4());
        m_session->submitVerifier(u"11111"_s);
        QCOMPARE(m_session->screen(), Screen::Verify);
        QVERIFY2(m_session->message().startsWith(
                     u"That doesn't match order RK-100001. Please check the ZIP code"_s),
            qPrintable(m_session->message()));
        m_session->back();
        QTRY_COMPARE(m_session->screen(), Screen::Identify);
        enterZip(u"RK-100001"_s, u"22222"_s); // the same order typed: the same count
        QCOMPARE(m_journal->orderAttempts(u"RK-100001"_s)->failures, 2);
        m_session->back();
        QTRY_COMPARE(m_session->screen(), Screen::Identify);
        m_session->submitCode(receipt);
        QTRY_COMPARE(m_session->screen(), Screen::Verify);
        QCOMPARE(m_session->verification()->triesLeft(), 1);
        m_session->submitVerifier(u"60614"_s);
        QTRY_COMPARE(m_session->screen(), Screen::Items);
        QCOMPARE(m_session->orderId(), u"RK-100001"_s);
        QCOMPARE(m_journal->orderAttempts(u"RK-100001"_s)->failures, 0);
        QCOMPARE(queuedEvents().size(), 2); // two `order.verify_failed`, as for typed numbers
    }

    /// Ten wrong ZIP codes for a receipt, each after its back-off: its order locks for the receipt and
    /// for its number alike; only a colleague opens it.
    void receiptMissesLockTheOrderLikeVerifiers()
    {
        for (int visit = 0; visit < 12; ++visit) {
            m_clock->advance(24LL * 3600 * 1000);
            m_session->submitCode(u"00420030042172611087"_s);
            QTRY_VERIFY(m_session->screen() == Screen::Verify || m_session->screen() == Screen::Assistance);
            if (m_session->screen() == Screen::Verify)
                m_session->submitVerifier(u"%1"_s.arg(10000 + visit));
            m_session->cancel();
            QTRY_COMPARE(m_session->screen(), Screen::Attract);
        }
        QCOMPARE(m_journal->orderAttempts(u"RK-100001"_s)->failures, OrderGuessLimit::MaxFailures);
        m_session->submitCode(u"RK-100001"_s);
        QTRY_COMPARE(m_session->screen(), Screen::Assistance);
        QCOMPARE(m_session->staff()->reasonCode(), u"verify.failed"_s);
    }

    /// A retailer whose policy asks receipts for the card's last 4 digits: the screen asks for them,
    /// the ZIP code is no longer enough, and the card's digits open the order.
    void receiptBarcodeNeedsTheCardDigitsWhenThePolicySaysSo()
    {
        QJsonObject source = QJsonDocument::fromJson(
            fileBytes(QStringLiteral(KIOSK_SOURCE_DIR "/kiosk-config/policies/src/apparel.json")))
                                 .object();
        source.insert(u"version"_s, source.value(u"version"_s).toInt() + 1);
        source.insert(u"receipts"_s, QJsonObject { { u"secondFactor"_s, u"cardLast4"_s } });
        const QByteArray key = QByteArray::fromBase64(
            fileBytes(QStringLiteral(KIOSK_SOURCE_DIR "/kiosk-config/demo/keys/demo-policy-2026.key"))
                .trimmed());
        const auto offered = m_policies->offer(
            QJsonDocument(PolicyLoader::signBundle(source, u"demo-policy-2026"_s, key)).toJson());
        QVERIFY2(offered.policy, qPrintable(offered.errors.join(u'\n')));
        m_session->submitCode(u"00420030042172611087"_s);
        QTRY_COMPARE(m_session->screen(), Screen::Verify);
        QVERIFY(m_session->verification()->cardLast4());
        m_session->submitVerifier(u"60614"_s); // the ZIP code is not the card
        QVERIFY2(m_session->message().contains(u"the last 4 digits of the card you paid with"_s),
            qPrintable(m_session->message()));
        m_session->submitVerifier(u"4241"_s);
        QCOMPARE(m_journal->orderAttempts(u"RK-100001"_s)->failures, 2);
        m_session->submitVerifier(u"4242"_s);
        QTRY_COMPARE(m_session->screen(), Screen::Items);
        QCOMPARE(m_session->orderId(), u"RK-100001"_s);
        // A typed order number still asks for the ZIP code.
        m_session->cancel();
        QTRY_COMPARE(m_session->screen(), Screen::Attract);
        m_session->submitCode(u"RK-100001"_s);
        QTRY_COMPARE(m_session->screen(), Screen::Verify);
        QVERIFY(!m_session->verification()->cardLast4());
    }

    /// An order past every return window keeps no verifiers in cache.db (VerifierRetention): whatever
    /// is typed, it says that its window has ended, and costs no try.
    void orderPastEveryWindowSaysSoWithoutItsVerifier()
    {
        QVERIFY(m_cache->setVerifierRetention(
            VerifierRetention::fromPolicy(*m_policies->current()), m_clock->now()));
        QVERIFY(m_cache->findOrder(u"RK-100002"_s)->verifierHash.isEmpty());
        enterZip(u"RK-100002"_s, u"12345"_s);
        QTRY_COMPARE(m_session->screen(), Screen::Identify);
        QVERIFY2(m_session->message().contains(u"return window ended"_s), qPrintable(m_session->message()));
        QCOMPARE(m_journal->orderAttempts(u"RK-100002"_s)->failures, 0);
        // One that can still be returned keeps its verifier and is checked as ever.
        enterZip(u"RK-100001"_s, u"12345"_s);
        QCOMPARE(m_journal->orderAttempts(u"RK-100001"_s)->failures, 1);
    }

    /// A return code whose order the cache lacks: the backend is asked while the screen says so and
    /// ignores taps; once the order is in the cache it opens as always, its code's line chosen.
    void cacheMissIsLookedUpOnline()
    {
        makeSessionWithBackend();
        scanCodeOfUncachedOrder(u"RK-100009"_s);
        m_session->submitOrderDigits(u"100001"_s); // taps while waiting are ignored
        m_session->submitCode(u"RK-100001"_s);
        m_session->back();
        QTest::qWait(20);
        QCOMPARE(m_session->screen(), Screen::Identify);
        QVERIFY(m_session->verification()->orderId().isEmpty());
        QCOMPARE(m_backend->requests.size(), 1);
        backendWritesOrder(u"RK-100009"_s);
        m_backend->answer(0, CacheMissLookup::Answer::Found);
        QTRY_COMPARE(m_session->screen(), Screen::Items);
        QCOMPARE(m_session->orderId(), u"RK-100009"_s);
        QCOMPARE(m_session->selectedCount(), 1);
        QVERIFY(!m_session->lookingUp());
        QVERIFY(m_session->message().isEmpty());
    }

    void orderUnknownToTheBackendIsNotFound()
    {
        makeSessionWithBackend();
        scanCodeOfUncachedOrder(u"RK-100009"_s);
        m_backend->answer(0, CacheMissLookup::Answer::NotFound);
        QTRY_VERIFY(!m_session->lookingUp());
        QCOMPARE(m_session->screen(), Screen::Identify);
        QVERIFY2(m_session->message().startsWith(u"We can't find order RK-100009."_s),
            qPrintable(m_session->message()));
        QVERIFY(m_session->orderId().isEmpty());
    }

    /// A backend that fails or stays silent is never reported as "not found", and the shopper is not
    /// left waiting; its answer after the time is up changes nothing.
    void unreachableOrSilentBackendIsNotNotFound()
    {
        makeSessionWithBackend();
        scanCodeOfUncachedOrder(u"RK-100009"_s);
        m_backend->answer(0, CacheMissLookup::Answer::Unreachable);
        QTRY_VERIFY(!m_session->lookingUp());
        QVERIFY2(m_session->message().contains(u"can't reach our order system to look up order RK-100009"_s),
            qPrintable(m_session->message()));
        QVERIFY(!m_session->message().contains(u"can't find"_s));

        makeSessionWithBackend(50); // the backend never answers in time
        scanCodeOfUncachedOrder(u"RK-100010"_s);
        QTRY_VERIFY(!m_session->lookingUp());
        QCOMPARE(m_session->screen(), Screen::Identify);
        QVERIFY2(m_session->message().contains(u"can't reach"_s), qPrintable(m_session->message()));
        backendWritesOrder(u"RK-100010"_s);
        m_backend->answer(0, CacheMissLookup::Answer::Found); // too late
        QTest::qWait(20);
        QCOMPARE(m_session->screen(), Screen::Identify);
        QVERIFY(m_session->orderId().isEmpty());
        QVERIFY2(m_session->message().contains(u"can't reach"_s), qPrintable(m_session->message()));
    }

    /// Cancel works while the backend looks; its late answer reaches neither the wiped session nor
    /// the next shopper's look-up.
    void cancelDuringLookupIgnoresTheLateAnswer()
    {
        makeSessionWithBackend();
        scanCodeOfUncachedOrder(u"RK-100009"_s);
        m_session->cancel();
        QTRY_COMPARE(m_session->screen(), Screen::Attract);
        QVERIFY(!m_session->lookingUp());
        QVERIFY(m_session->message().isEmpty());
        scanCodeOfUncachedOrder(u"RK-100010"_s); // the next shopper
        backendWritesOrder(u"RK-100009"_s);
        m_backend->answer(0, CacheMissLookup::Answer::Found); // the first shopper's order
        QTest::qWait(20);
        QCOMPARE(m_session->screen(), Screen::Identify);
        QVERIFY(m_session->lookingUp());
        QVERIFY(m_session->orderId().isEmpty());
        m_backend->answer(1, CacheMissLookup::Answer::NotFound);
        QTRY_VERIFY(!m_session->lookingUp());
        QVERIFY2(m_session->message().startsWith(u"We can't find order RK-100010."_s),
            qPrintable(m_session->message()));
    }

    void idleTimeoutDuringLookupWipesTheSession()
    {
        makeSessionWithBackend(60'000, 1);
        scanCodeOfUncachedOrder(u"RK-100009"_s);
        idleFor(2);
        QTRY_COMPARE(m_session->screen(), Screen::Attract); // walked away
        QVERIFY(!m_session->lookingUp());
        backendWritesOrder(u"RK-100009"_s);
        m_backend->answer(0, CacheMissLookup::Answer::Found);
        QTest::qWait(20);
        QCOMPARE(m_session->screen(), Screen::Attract);
        QVERIFY(m_session->orderId().isEmpty());
        QVERIFY(m_session->message().isEmpty());
    }

    void offlineMissIsNotFoundWithoutAsking()
    {
        makeSessionWithBackend();
        m_session->setOnline(false);
        m_session->submitCode(returnCode(u"RK-100009"_s, inAWeek(), northwind()));
        QTRY_COMPARE(m_session->screen(), Screen::Identify);
        QVERIFY(!m_session->lookingUp());
        QVERIFY2(m_session->message().startsWith(u"We can't find order RK-100009."_s),
            qPrintable(m_session->message()));
        QVERIFY(m_backend->requests.isEmpty());
    }

    /// A typed number the cache lacks is fetched when the ZIP code is submitted, then checked against
    /// the fetched order.
    void typedMissIsFetchedBeforeTheCheck()
    {
        makeSessionWithBackend();
        m_session->submitCode(u"RK-100009"_s);
        QTRY_COMPARE(m_session->screen(), Screen::Verify);
        QVERIFY(m_backend->requests.isEmpty()); // nothing asked before the shopper proves anything
        m_session->submitVerifier(u"60614"_s);
        QVERIFY(m_session->lookingUp());
        QVERIFY2(m_session->message().startsWith(u"Looking up order RK-100009"_s),
            qPrintable(m_session->message()));
        m_session->submitVerifier(u"60614"_s); // a second OK while waiting is ignored
        m_session->back();
        QCOMPARE(m_backend->requests.size(), 1);
        backendWritesOrder(u"RK-100009"_s);
        m_backend->answer(0, CacheMissLookup::Answer::Found);
        QTRY_COMPARE(m_session->screen(), Screen::Items);
        QCOMPARE(m_session->orderId(), u"RK-100009"_s);
    }

    /// Fetched or not, a typed number the backend doesn't know reads exactly like a wrong ZIP code and
    /// counts a try; a wrong ZIP code for a fetched order is a wrong try as well.
    void typedNumberUnknownAtTheBackendLooksLikeAWrongVerifier()
    {
        makeSessionWithBackend();
        m_session->submitCode(u"RK-999999"_s);
        QTRY_COMPARE(m_session->screen(), Screen::Verify);
        m_session->submitVerifier(u"60614"_s);
        m_backend->answer(0, CacheMissLookup::Answer::NotFound);
        QTRY_VERIFY(!m_session->lookingUp());
        QCOMPARE(m_session->screen(), Screen::Verify);
        QCOMPARE(m_session->message(),
            u"That doesn't match order RK-999999. Please check the ZIP code of the billing address and try "
            "again. Tries left: 2."_s);
        QCOMPARE(m_session->verification()->triesLeft(), 2);

        m_session->submitVerifier(u"11111"_s); // asked again: the order may be new at the backend
        QCOMPARE(m_backend->requests.size(), 2);
        backendWritesOrder(u"RK-999999"_s);
        m_backend->answer(1, CacheMissLookup::Answer::Found);
        QTRY_VERIFY(!m_session->lookingUp());
        QVERIFY2(m_session->message().startsWith(u"That doesn't match order RK-999999"_s),
            qPrintable(m_session->message()));
        QCOMPARE(m_session->verification()->triesLeft(), 1);
    }

    /// The backend can't be reached: that costs the shopper no try, and says so.
    void typedMissWithTheBackendUnreachableCostsNoTry()
    {
        makeSessionWithBackend(50);
        m_session->submitCode(u"RK-100009"_s);
        QTRY_COMPARE(m_session->screen(), Screen::Verify);
        m_session->submitVerifier(u"60614"_s);
        QTRY_VERIFY(!m_session->lookingUp()); // nobody answers: the wait ends on its own
        QCOMPARE(m_session->screen(), Screen::Verify);
        QVERIFY2(m_session->message().contains(u"can't reach"_s), qPrintable(m_session->message()));
        QCOMPARE(m_session->verification()->triesLeft(), 3);
    }

    void backReturnsToIdentify()
    {
        reachItems(u"RK-100001"_s);
        m_session->back();
        QTRY_COMPARE(m_session->screen(), Screen::Identify);
        m_session->cancel();
        QTRY_COMPARE(m_session->screen(), Screen::Attract);
        QVERIFY(m_session->orderId().isEmpty());
    }
};

QTEST_GUILESS_MAIN(OrderIntakeTest)
#include "tst_orderintake.moc"
