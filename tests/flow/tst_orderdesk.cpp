#include "DayAudit.h"
#include "OrderDesk.h"
#include "SessionFixture.h"
#include "cache/ContactKey.h"

#include <QJsonArray>

/// A colleague's order look-up on the session fixture (the demo orders and the signed apparel policy,
/// whose override reasons are goodwill, store_error and manager_approved): by number, receipt barcode,
/// e-mail and phone, each bad input with its own message and nothing recorded; the order picture; an
/// override journaled before it counts; and the assisted return that follows, with no ZIP code asked.
class OrderDeskTest : public SessionFixture
{
    Q_OBJECT

    std::unique_ptr<OrderDesk> m_desk;

    void signIn()
    {
        m_session->submitCode(u"STAFF:E1042"_s);
        QTRY_COMPARE(m_session->screen(), Screen::StaffSignIn);
        QVERIFY(enterPin(*m_session->signIn(), colleaguePin()));
        QTRY_COMPARE(m_session->screen(), Screen::Maintenance);
    }

    int events(const QString &type)
    {
        int count = 0;
        for (const Journal::Event &e : m_journal->eventsSince(m_clock->now().addDays(-1), 500))
            count += e.type == type ? 1 : 0;
        return count;
    }

    QVariantMap line(int lineNo) const
    {
        for (const QVariant &l : m_desk->lines())
            if (l.toMap().value(u"lineNo"_s).toInt() == lineNo)
                return l.toMap();
        return {};
    }

private Q_SLOTS:
    void init()
    {
        setUpSession();
        m_desk
            = std::make_unique<OrderDesk>(*m_cache, *m_journal, *m_policies, *m_clock, *m_session->signIn(),
                OrderDesk::Config { u"kiosk-test"_s, northwind(), u"RK-"_s, QTimeZone("America/Chicago") });
        connect(
            m_desk.get(), &OrderDesk::startRequested, m_session.get(), &ReturnSession::startAssistedReturn);
    }
    void cleanup()
    {
        m_desk.reset();
        tearDownSession();
    }

    void contactKeysNormalise()
    {
        QCOMPARE(ContactKey::email(u"  Jordan.Lee@Example.COM "_s).digest,
            ContactKey::email(u"jordan.lee@example.com"_s).digest);
        QCOMPARE(
            ContactKey::phone(u"+1 (415) 555-0123"_s).digest, ContactKey::phone(u"0014155550123"_s).digest);
        QCOMPARE(ContactKey::normalisedPhone(u"+1 415 555 0123"_s), u"14155550123"_s);
        QVERIFY(ContactKey::email(u"jordan.lee@example"_s).digest.isEmpty());
        QVERIFY(ContactKey::email(u"@example.com"_s).digest.isEmpty());
        QVERIFY(ContactKey::phone(u"12345"_s).digest.isEmpty());
        QVERIFY(ContactKey::phone(u"call me"_s).digest.isEmpty());
    }

    void nobodySignedInFindsNothing()
    {
        QVERIFY(!m_desk->find(u"order"_s, u"RK-100001"_s));
        QVERIFY(m_desk->problem());
        QCOMPARE(m_desk->message(), u"Sign in first to look up an order."_s);
        QVERIFY(!m_desk->found());
    }

    void findsByNumberReceiptEmailAndPhone()
    {
        signIn();
        QVERIFY(m_desk->find(u"order"_s, u"100001"_s));
        QCOMPARE(m_desk->orderId(), u"RK-100001"_s);
        QVERIFY(m_desk->find(u"order"_s, u"00420030042172611087"_s)); // its paper receipt
        QCOMPARE(m_desk->orderId(), u"RK-100001"_s);
        QVERIFY(m_desk->find(u"email"_s, u" Jordan.Lee@example.com"_s));
        QCOMPARE(m_desk->orderId(), u"RK-100001"_s);
        QVERIFY(m_desk->find(u"phone"_s, u"+1 415-555-0123"_s));
        QCOMPARE(m_desk->orderId(), u"RK-100001"_s);
        // One e-mail on two orders: the colleague picks.
        QVERIFY(m_desk->find(u"email"_s, u"sam.rivera@example.com"_s));
        QVERIFY(!m_desk->found());
        QCOMPARE(m_desk->matches().size(), 2);
        QCOMPARE(m_desk->message(), u"2 order(s) fit: choose one."_s);
        QCOMPARE(m_desk->matches().front().toMap().value(u"orderId"_s).toString(), u"RK-100003"_s); // latest
        QVERIFY(m_desk->show(u"RK-100003"_s));
        QCOMPARE(m_desk->orderId(), u"RK-100003"_s);
    }

    void badInputSaysWhatIsWrong_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown order")
            << u"order"_s << u"RK-999999"_s << u"No order RK-999999 in this kiosk's orders."_s;
        QTest::newRow("unknown receipt") << u"order"_s << u"00420030042182611084"_s
                                         << u"No order in this kiosk's orders has this receipt."_s;
        QTest::newRow("not an order")
            << u"order"_s << u"hello"_s << u"That is neither an order number nor a receipt barcode."_s;
        QTest::newRow("empty") << u"order"_s << u"  "_s
                               << u"Type or scan the order number or the receipt barcode."_s;
        QTest::newRow("malformed e-mail") << u"email"_s << u"jordan.lee@example"_s
                                          << u"That is not a complete e-mail address (name@example.com)."_s;
        QTest::newRow("unknown e-mail") << u"email"_s << u"nobody@example.com"_s
                                        << u"No order in this kiosk's orders has this e-mail address."_s;
        QTest::newRow("malformed phone")
            << u"phone"_s << u"555-01"_s
            << u"That is not a phone number: 7 to 15 digits, with spaces, dashes or a leading +."_s;
        QTest::newRow("letters for a phone")
            << u"phone"_s << u"jordan"_s
            << u"That is not a phone number: 7 to 15 digits, with spaces, dashes or a leading +."_s;
        QTest::newRow("unknown phone") << u"phone"_s << u"+44 20 7946 0000"_s
                                       << u"No order in this kiosk's orders has this phone number."_s;
    }
    void badInputSaysWhatIsWrong()
    {
        QFETCH(QString, kind);
        QFETCH(QString, text);
        QFETCH(QString, message);
        signIn();
        QVERIFY(!m_desk->find(kind, text));
        QVERIFY(m_desk->problem());
        QCOMPARE(m_desk->message(), message);
        QVERIFY(!m_desk->found());
        QCOMPARE(events(u"staff.override"_s), 0);
    }

    /// What the backend's agent would see: dates, payment, the masked contact, each line with its
    /// decision and rules, and the returns made here of this order and by this customer.
    void orderPicture()
    {
        signIn();
        QVERIFY(m_desk->find(u"order"_s, u"RK-100001"_s));
        QStringList facts;
        for (const QVariant &fact : m_desk->facts())
            facts.append(fact.toMap().value(u"label"_s).toString() + u": "_s
                + fact.toMap().value(u"value"_s).toString());
        const QLocale locale;
        QCOMPARE(facts.at(0), u"Placed: "_s + locale.toString(QDate(2026, 11, 8), QLocale::LongFormat));
        QCOMPARE(facts.at(1), u"Delivered: "_s + locale.toString(QDate(2026, 11, 12), QLocale::LongFormat));
        QCOMPARE(facts.at(2), u"Paid by: Card"_s);
        QCOMPARE(facts.at(3), u"Customer: j•••@example.com · ••• ••• 0123"_s);
        for (const QString &fact : facts)
            QVERIFY2(!fact.contains(u"jordan"_s) && !fact.contains(u"4155550123"_s), qPrintable(fact));
        QCOMPARE(line(1).value(u"decision"_s).toString(), u"Returnable"_s);
        QVERIFY(line(1).value(u"rules"_s).toString().startsWith(u"Rules: "_s));
        QCOMPARE(
            line(3).value(u"decision"_s).toString(), u"Refused"_s); // the socks: underwear is not returnable
        QVERIFY(line(3).value(u"refused"_s).toBool());
        QVERIFY(line(3).value(u"overridable"_s).toBool());
        QVERIFY(!line(3).value(u"reason"_s).toString().isEmpty());
        QCOMPARE(line(3).value(u"rules"_s).toString(), u"Rules: nonReturnableCategories"_s);
        QVERIFY(m_desk->orderReturns().isEmpty());
        QCOMPARE(m_desk->overrideReasons().size(), 3);
        QVERIFY(m_desk->canStart());
    }

    /// An override needs a reason from the policy's list; each bad one says why and records nothing;
    /// a good one is journaled (colleague, rule, reason, note) and shown in the day's audit.
    void overrideIsJournaledWithItsReason()
    {
        signIn();
        QVERIFY(m_desk->find(u"order"_s, u"RK-100001"_s));
        const auto refused
            = [this](int lineNo, const QString &reason, const QString &note, const QString &message) {
                  QVERIFY(!m_desk->overrideLine(lineNo, reason, note));
                  QCOMPARE(m_desk->message(), message);
                  QCOMPARE(events(u"staff.override"_s), 0);
                  QVERIFY(m_desk->overrides().isEmpty());
              };
        refused(3, {}, u"regular customer"_s, u"Choose a reason for the override."_s);
        refused(3, u"because"_s, {}, u"That reason is not on the store's override list."_s);
        refused(1, u"goodwill"_s, {}, u"This item can go back without an override."_s);
        refused(9, u"goodwill"_s, {}, u"Order RK-100001 has no line 9."_s);
        refused(3, u"goodwill"_s, QString(201, u'x'), u"Keep the note to 200 characters."_s);

        QVERIFY(m_desk->overrideLine(3, u"goodwill"_s, u"  Wrong size sent twice "_s));
        QVERIFY(!m_desk->problem());
        QCOMPARE(line(3).value(u"decision"_s).toString(), u"Overridden: Goodwill: a loyal customer"_s);
        QVERIFY(!line(3).value(u"overridable"_s).toBool());
        QCOMPARE(m_desk->overrides(), QSet<int> { 3 });
        QVERIFY(!m_desk->overrideLine(3, u"goodwill"_s, {})); // once
        QCOMPARE(m_desk->message(), u"This item is already overridden."_s);

        const auto all = m_journal->eventsSince(m_clock->now().addDays(-1), 500);
        const auto override = std::find_if(
            all.begin(), all.end(), [](const Journal::Event &e) { return e.type == u"staff.override"_s; });
        QVERIFY(override != all.end());
        const QJsonObject p = override->payload;
        QCOMPARE(p.value(u"staffId"_s).toString(), u"E1042"_s);
        QCOMPARE(p.value(u"orderId"_s).toString(), u"RK-100001"_s);
        QCOMPARE(p.value(u"lineNo"_s).toInt(), 3);
        QCOMPARE(p.value(u"reason"_s).toString(), u"goodwill"_s);
        QCOMPARE(p.value(u"note"_s).toString(), u"Wrong size sent twice"_s);
        QVERIFY(!p.value(u"ruleId"_s).toString().isEmpty());
        QVERIFY(!p.value(u"refusal"_s).toString().isEmpty());
        QCOMPARE(p.value(u"kioskId"_s).toString(), u"kiosk-test"_s);
        // Synced like every event: it waits in the outbox.
        bool queued = false;
        for (const Journal::OutboxEntry &entry : m_journal->dueOutbox(m_clock->now().addYears(1), 500))
            queued = queued || (entry.kind == u"event"_s && entry.refId == override->id);
        QVERIFY(queued);
        QCOMPARE(DayAudit::describe(override->type, p),
            u"E1042 overrode \"%1\" (rule %2) for line 3 of order RK-100001: goodwill. Note: Wrong size sent twice"_s
                .arg(p.value(u"refusal"_s).toString(), p.value(u"ruleId"_s).toString()));

        // Signing out forgets the order shown; nothing can be overridden without a colleague.
        m_session->signOut();
        QVERIFY(!m_desk->found());
        QVERIFY(!m_desk->overrideLine(3, u"goodwill"_s, {}));
        QCOMPARE(m_desk->message(), u"Sign in first to override an item."_s);
    }

    /// The colleague starts the return for the shopper: the items screen, no ZIP code, and the
    /// overridden socks may be chosen and go back; the record is the return of both lines.
    void assistedReturnSkipsTheZipAndTakesTheOverride()
    {
        signIn();
        QVERIFY(m_desk->find(u"order"_s, u"RK-100001"_s));
        QVERIFY(m_desk->overrideLine(3, u"store_error"_s, {}));
        QVERIFY(m_desk->startReturn());
        QTRY_COMPARE(m_session->screen(), Screen::Items);
        QCOMPARE(m_session->orderId(), u"RK-100001"_s);
        m_session->setSelected(3, true);
        QCOMPARE(m_session->selectedCount(), 1);
        QVERIFY(m_session->offer().line(3)->goesBack());
        QVERIFY(m_session->offer().line(3)->staffApproved);
        QVERIFY(m_session->offer().total() > 0);
    }

    /// Without the colleague's override the refused line stays refused in the assisted return too.
    void assistedReturnWithoutOverrideKeepsTheRefusal()
    {
        signIn();
        QVERIFY(m_desk->find(u"order"_s, u"RK-100001"_s));
        QVERIFY(m_desk->startReturn());
        QTRY_COMPARE(m_session->screen(), Screen::Items);
        m_session->setSelected(3, true);
        QCOMPARE(m_session->selectedCount(), 0);
    }
};

QTEST_GUILESS_MAIN(OrderDeskTest)
#include "tst_orderdesk.moc"
